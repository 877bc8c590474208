"""A reply that admits fault ("our fault", "we failed", "we promised").

What it flags: the policy's phrases of admitted fault or broken promises, in English, French and Spanish ("our
fault", "we made a mistake", "notre faute", "nous avions promis", "nuestra culpa", "prometimos"…).
Why: Facebook › Comments/ Reviews › For damaging reviews: "Do not claim fault or speculate - it provides ammunition
to the commenter who could be incorrect." A warning: the facts are checked first, and stated by who is accountable.
Example: "Hi Ana, it was our fault, we promised the kits would arrive last week. –L"
Instead: "Hi Ana, please send us a private message so that we can connect you with someone who can address your
concerns. –L"
"""

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.reply._phrases import phrase_pattern
from postcheck.policy import Policy

SEVERITY = "warning"
GUIDELINE = "Facebook › Comments/ Reviews"
KINDS = {"reply"}


def build(policy: Policy):
    fault = phrase_pattern(policy.reply.fault_phrases)

    def check(draft: Draft):
        for match in fault.finditer(draft.folded):
            yield Hit(
                match.start(), match.end(),
                f"“{draft.text[match.start():match.end()]}” claims fault: the commenter could be incorrect.",
                "Do not claim fault; invite them to a private message so the right person can address it.",
            )

    return check
