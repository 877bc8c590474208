"""More accounts addressed (@) than necessary.

What it flags: each @-mention after the third in a post.
Why: Twitter › Links: "Links should only be addressed (@) to accounts necessary - For the most part, no more than three".
Example: "Thanks @UN @UNHCR @WFP @UNICEF for the support"
Instead: address only the accounts that must see it; thank the others in a reply or a separate post.
"""

from postcheck.engine.draft import Draft, Hit
from postcheck.policy import Policy

SEVERITY = "warning"
GUIDELINE = "Twitter › Links"


def build(policy: Policy):
    cap = policy.mentions.max_per_post

    def check(draft: Draft):
        mentions = draft.parsed.mentions
        if len(mentions) <= cap:
            return
        for mention in mentions[cap:]:
            yield Hit(
                mention.start, mention.end,
                f"{len(mentions)} accounts addressed: address at most {cap}.",
                f"Drop @{mention.text} unless this post must reach them.",
            )

    return check
