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

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft, Hit
from postcheck.engine.fold import fold_pattern
from postcheck.policy import Policy

SEVERITY = "warning"
GUIDELINE = "Facebook › Comments/ Reviews"


def build(policy: Policy):
    # One alternation over the draft's folded text (case, accents and ’ already folded): a single scan, no
    # IGNORECASE, whatever the number of variants. fold keeps offsets, so spans carry over to the text.
    pattern = regex_table.compile("|".join(f"(?:{fold_pattern(p)})" for p in policy.tone.patronizing))

    def check(draft: Draft):
        text = draft.text
        for match in pattern.finditer(draft.folded):
            yield Hit(
                match.start(), match.end(),
                f"“{text[match.start():match.end()]}” can come across as patronizing.",
                "Apologise for the problem itself and offer help, e.g. “we apologize for this inconvenience”.",
            )

    return check
