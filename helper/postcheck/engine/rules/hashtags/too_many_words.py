"""A hashtag made of more words than the guidelines allow.

What it flags: a hashtag of more than three words in a tweet or an Instagram post, counting CamelCase, digit and
underscore parts, and the words of a run-on ("#savelivesatsea" is save/lives/at/sea). A run-on that can only be
read as words by guessing (a French or Spanish run-on against English word frequencies) is left alone, and so is
one of the week's official hashtags (policy hashtags.official): the team has agreed on it.
Why: Twitter › Hashtags and Instagram › Hashtags: "no more than three hashtags per tweet limited to a maximum of
three words per hashtag."
Example: "Every life matters #SaveLivesAtSea"
Instead: a hashtag of at most three words, ideally the week's official one ("#SafeMigration").
"""

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.fold import fold
from postcheck.engine.rules.hashtags._segment import split_hashtag
from postcheck.policy import Policy

SEVERITY = "warning"
GUIDELINE = "Twitter › Hashtags"
GUIDELINE_BY_PLATFORM = {"instagram": "Instagram › Hashtags"}


def build(policy: Policy):
    cap = policy.hashtags.max_words
    platforms = frozenset(policy.hashtags.platforms)
    known = frozenset(fold(word) for word in policy.hashtags.known_words)
    official = frozenset(fold(tag.lstrip("#＃")) for tag in policy.hashtags.official)

    def check(draft: Draft):
        if draft.platform not in platforms:
            return
        for tag in draft.parsed.hashtags:
            if fold(tag.text) in official:
                continue
            split = split_hashtag(tag.text, known)
            if len(split.words) > cap and split.certain:
                yield Hit(
                    tag.start, tag.end,
                    f"#{tag.text} reads as {len(split.words)} words ({' '.join(split.words)}): "
                    f"the guidelines allow at most {cap} per hashtag.",
                    f"Use a hashtag of at most {cap} words, ideally the week's official one.",
                )

    return check
