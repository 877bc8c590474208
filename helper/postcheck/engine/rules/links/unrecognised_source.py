"""A link to a site that is not on the policy's list of credible sources.

What it flags: a link whose domain is in none of the policy's credible classes (UN system, .int, government,
academic, established news, IOM's own accounts), classified by its registered domain and public suffix.
Why: Twitter › Links: "Link to authoritative, reputable and credible websites (i.e. official UN websites, academic
institutions, official company websites…)". Only information: no list can name every credible site (an official
company website is fine), so the writer is asked to check, not told it is wrong. Wikipedia and shorteners have
their own rules and are not repeated here.
Example: "Great read on migration trends https://someblog.example.com/post"
Instead: link to the authoritative source (UN agency, government, university), or keep the link if it is credible.
"""

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.links._sites import Domains, site_of
from postcheck.policy import Policy

SEVERITY = "info"
GUIDELINE = "Twitter › Links"
GUIDELINE_BY_PLATFORM = {"facebook": "Facebook › Links"}


def build(policy: Policy):
    links = policy.links
    credible = Domains([d for c in links.classes.values() for d in c.domains])
    suffixes = frozenset(s.lower() for c in links.classes.values() for s in c.suffixes)
    elsewhere = Domains([*links.discouraged_sources, *links.shorteners])
    labels = ", ".join(c.label for c in links.classes.values())

    def check(draft: Draft):
        for url in draft.parsed.urls:
            site = site_of(url.text)
            if site is None or elsewhere.match(site):
                continue
            if site.suffix in suffixes or credible.match(site):
                continue
            name = site.registered or site.host
            yield Hit(
                url.start, url.end,
                f"{name} is not on the policy's list of credible sources.",
                f"Check that it is authoritative, or link to a credible source ({labels}).",
            )

    return check
