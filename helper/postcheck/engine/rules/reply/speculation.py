"""A reply that speculates about what happened ("probably", "must have been").

What it flags: the policy's words of speculation, in English, French and Spanish ("probably", "it seems that",
"must have been", "probablement", "sans doute", "tal vez"…).
Why: Facebook › Comments/ Reviews › For damaging reviews: "Do not claim fault or speculate - it provides ammunition
to the commenter who could be incorrect"; Basic Editorial Guidelines: "If you are not certain of the facts, do not
post and decline to comment." A warning.
Example: "Hi Ana, the delay was probably caused by the floods. –L"
Instead: state only what is known, or invite a private message: "Hi Ana, please send us a private message so we can
look into your case. –L"
"""

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.reply._phrases import phrase_pattern
from postcheck.policy import Policy

SEVERITY = "warning"
GUIDELINE = "Facebook › Comments/ Reviews"
KINDS = {"reply"}


def build(policy: Policy):
    guesses = phrase_pattern(policy.reply.speculation_phrases)

    def check(draft: Draft):
        for match in guesses.finditer(draft.folded):
            yield Hit(
                match.start(), match.end(),
                f"“{draft.text[match.start():match.end()]}” speculates: reply only with facts you are sure of.",
                "Remove the guess; state what is known or invite a private message.",
            )

    return check
