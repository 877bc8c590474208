"""A link to Wikipedia used as a source.

What it flags: a link to Wikipedia in any language and on mobile (en.wikipedia.org, fr.m.wikipedia.org…) or to a
Wikipedia mirror listed in the policy (wikiwand.com).
Why: Twitter › Links: "Link to authoritative, reputable and credible websites … in general, Wikipedia should not be
used as the primary source." A warning, not an error: "in general" leaves room for an article about Wikipedia itself.
Example: "What is a refugee? https://en.wikipedia.org/wiki/Refugee"
Instead: link to the primary source the article cites, e.g. the UNHCR or IOM page (https://www.iom.int/…).
"""

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.links._sites import Domains, site_of
from postcheck.policy import Policy

SEVERITY = "warning"
GUIDELINE = "Twitter › Links"
GUIDELINE_BY_PLATFORM = {"facebook": "Facebook › Links"}


def build(policy: Policy):
    sources = Domains(policy.links.discouraged_sources)

    def check(draft: Draft):
        for url in draft.parsed.urls:
            site = site_of(url.text)
            if site and (entry := sources.match(site)):
                yield Hit(
                    url.start, url.end,
                    f"This link goes to {entry}: Wikipedia should not be the primary source.",
                    "Link to the authoritative source it cites (a UN, government or academic page).",
                )

    return check
