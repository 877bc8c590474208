"""The post is longer than the platform accepts.

What it flags: a draft over the platform's hard limit (X/Twitter: 280 weighted characters, as twitter-text v3 counts
them; Instagram: 2,200; Facebook: 63,206; YouTube: 5,000). The overflow is underlined.
Why: Best Practices › Twitter ("Consider your platform"); the platform refuses to publish it.
Example: a 300-character tweet.
Instead: cut the underlined part, or move the detail to a linked page.
"""

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.length._measure import budget_end, length_of
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Basic Editorial Guidelines › Consider your platform"


def build(policy: Policy):
    limits = policy.limits

    def check(draft: Draft):
        limit = limits.of(draft.platform)
        length = length_of(draft)
        if length > limit:
            yield Hit(
                budget_end(draft, limit), len(draft.text),
                f"{length} characters: {draft.platform.capitalize()} accepts at most {limit}.",
                f"Cut {length - limit} characters; the underlined part does not fit.",
            )

    return check
