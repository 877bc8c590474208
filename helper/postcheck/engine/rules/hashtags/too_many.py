"""More hashtags than the guidelines allow in one post.

What it flags: each hashtag after the third in a tweet or an Instagram post.
Why: Twitter › Hashtags and Instagram › Hashtags: "no more than three hashtags per tweet"; Best Practices › Twitter:
"try to limit yourself to two or three per tweet."
Example: "Join us #WorldRefugeeDay #Migration #Refugees #Hope"
Instead: keep the official hashtag and at most two others.
"""

from postcheck.engine.draft import Draft, Hit
from postcheck.policy import Policy

SEVERITY = "warning"
GUIDELINE = "Twitter › Hashtags"
GUIDELINE_BY_PLATFORM = {"instagram": "Instagram › Hashtags"}


def build(policy: Policy):
    cap = policy.hashtags.max_per_post
    platforms = set(policy.hashtags.platforms)

    def check(draft: Draft):
        tags = draft.parsed.hashtags
        if draft.platform not in platforms or len(tags) <= cap:
            return
        for tag in tags[cap:]:
            yield Hit(
                tag.start, tag.end,
                f"{len(tags)} hashtags: the guidelines allow at most {cap} per post.",
                f"Remove #{tag.text} or another hashtag; keep the official one.",
            )

    return check
