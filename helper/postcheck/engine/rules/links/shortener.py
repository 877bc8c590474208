"""A link shortener that hides where the link goes.

What it flags: a link through a URL shortener listed in the policy (bit.ly, tinyurl.com, ow.ly…).
Why: Twitter › Links: "External links should be properly sourced" and go to "authoritative, reputable and credible
websites" — readers cannot judge a source they cannot see, and shortened links are a common phishing vector
(Security and Privacy). A warning: the link works, but the reader should see where it leads. X shortens every link
itself (t.co) while keeping the destination visible, so the full address costs nothing.
Example: "Read our new report: https://bit.ly/3xYz12"
Instead: paste the full address (https://www.iom.int/…); X counts every link as 23 characters whatever its length.
"""

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.links._sites import Domains, site_of
from postcheck.policy import Policy

SEVERITY = "warning"
GUIDELINE = "Twitter › Links"
GUIDELINE_BY_PLATFORM = {"facebook": "Facebook › Links"}


# Why the full address costs nothing, where a platform says so: X counts every link as 23 characters (twitter-text).
_FREE_LENGTH = {"twitter": " X counts every link as 23 characters anyway."}


def build(policy: Policy):
    shorteners = Domains(policy.links.shorteners)

    def check(draft: Draft):
        for url in draft.parsed.urls:
            site = site_of(url.text)
            if site and (entry := shorteners.match(site)):
                yield Hit(
                    url.start, url.end,
                    f"{entry} is a link shortener: readers cannot see where this link goes.",
                    "Use the full address of the page." + _FREE_LENGTH.get(draft.platform, ""),
                )

    return check
