"""The tweet is longer than the ideal length.

What it flags: a tweet over 120 weighted characters, up to 132.
Why: Best Practices › Twitter: tweets "preferably 120 characters, to allow for more convenient re-tweeting and
commenting by others, as re-tweets add a prefix before the quoted message."
Example: a 125-character tweet.
Instead: trim it to 120.
"""

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.length._measure import budget_end, length_of
from postcheck.policy import Policy

SEVERITY = "info"
GUIDELINE = "Best Practices › Twitter"


def build(policy: Policy):
    ideal, room = policy.length.ideal, policy.length.retweet_room
    platforms = set(policy.length.platforms)

    def check(draft: Draft):
        if draft.platform not in platforms:
            return
        length = length_of(draft)
        if ideal < length <= room:
            yield Hit(
                budget_end(draft, ideal), len(draft.text),
                f"{length} characters: the ideal is {ideal} or less.",
                f"Trim {length - ideal} characters to leave room for retweet comments.",
            )

    return check
