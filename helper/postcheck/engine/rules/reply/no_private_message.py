"""A reply to a negative review that does not invite the person to send a private message.

What it flags: a reply that answers a complaint (it apologises, regrets or mentions an inconvenience — the policy's
negative markers, English, French, Spanish) and never asks for a private message. The first marker is underlined.
Why: Facebook › Comments/ Reviews › For negative reviews: "Respond quickly and ask them to send a private message"
and "Try to resolve negative issues in a private message so that we can control the message going out." A warning.
Example: "Hi Ana, we apologize for this inconvenience. Our team is working on it. –L"
Instead: "Hi Ana, we apologize for this inconvenience. Please send us a private message if you wish to discuss this
issue further. –L"
"""

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.reply._phrases import phrase_pattern
from postcheck.policy import Policy

SEVERITY = "warning"
GUIDELINE = "Facebook › Comments/ Reviews"
KINDS = {"reply"}
PLATFORMS = {"facebook"}  # the guidelines set these conventions for Facebook comments and reviews


def build(policy: Policy):
    negative = phrase_pattern(policy.reply.negative_markers)
    private = phrase_pattern(policy.reply.private_message_phrases)

    def check(draft: Draft):
        folded = draft.folded
        marker = negative.search(folded)
        if marker and not private.search(folded):
            yield Hit(
                marker.start(), marker.end(),
                "This answers a negative review but does not invite a private message.",
                "Add “Please send us a private message if you wish to discuss this further.”",
            )

    return check
