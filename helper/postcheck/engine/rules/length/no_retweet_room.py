"""The tweet leaves no room for others to retweet it with a comment.

What it flags: a tweet over 132 weighted characters (and within the platform limit).
Why: Best Practices › Twitter: "tweets should ideally be kept under 132 characters, or preferably 120 characters, to
allow for more convenient re-tweeting and commenting by others".
Example: a 150-character tweet.
Instead: shorten it to 132 or less, ideally 120.
"""

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.length._measure import budget_end, length_of
from postcheck.policy import Policy

SEVERITY = "warning"
GUIDELINE = "Best Practices › Twitter"


def build(policy: Policy):
    room, ideal, limits = policy.length.retweet_room, policy.length.ideal, policy.limits
    platforms = set(policy.length.platforms)

    def check(draft: Draft):
        if draft.platform not in platforms:
            return
        length = length_of(draft)
        if room < length <= limits.of(draft.platform):
            yield Hit(
                budget_end(draft, room), len(draft.text),
                f"{length} characters: over {room}, retweets with a comment will be cut.",
                f"Shorten by {length - room} characters (ideally to {ideal}).",
            )

    return check
