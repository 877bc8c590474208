"""The phrase "we are sorry you feel this way" or a close variant, in English, French or Spanish.

What it flags: "we are sorry you feel this way", "we're so sorry that you feel that way", "sorry if you were
offended", "nous sommes désolés que vous le ressentiez ainsi", "lamentamos que se sienta así"… (the policy's
patterns, matched case-insensitively).
Why: Facebook › Comments/ Reviews › For negative reviews: "Be sure to avoid the phrase “we are sorry you feel this
way.” It can come off as patronizing." A warning: the reply is not wrong, its tone is.
Example: "Hi Ana, we are sorry you feel this way. –L"
Instead: apologise for the problem itself and offer help: "Hi Ana, we apologize for this inconvenience. Please send
us a private message so we can look into it. –L"
"""

import re

from postcheck.engine.draft import Draft, Hit
from postcheck.policy import Policy

SEVERITY = "warning"
GUIDELINE = "Facebook › Comments/ Reviews"


def build(policy: Policy):
    # One alternation: a single scan of the text whatever the number of variants.
    joined = "|".join(f"(?:{p})" for p in policy.tone.patronizing)
    anycase = re.compile(joined, re.IGNORECASE)
    # Patterns written in lower case can run without IGNORECASE on the draft's lower-cased text: twice as fast.
    lowercase = re.compile(joined) if joined == joined.lower() else None

    def check(draft: Draft):
        text = draft.text
        aligned = lowercase is not None and len(draft.lower) == len(text)  # "İ" lowers to two characters
        for match in (lowercase.finditer(draft.lower) if aligned else anycase.finditer(text)):
            yield Hit(
                match.start(), match.end(),
                f"“{text[match.start():match.end()]}” can come across as patronizing.",
                "Apologise for the problem itself and offer help, e.g. “we apologize for this inconvenience”.",
            )

    return check
