"""A reply that does not end with the replier's sign-off: a dash and the capital initial of their first name.

What it flags: a reply whose last characters are not a dash (-, –, —) and one capital letter ("–L", "- L.").
Why: Facebook › Comments/ Reviews: "Be sure to finish your message with a dash and the first letter of your first
name capitalized (for example, if Leonard is the one to reply …, he would finish with –L)": it puts a person behind
the reply and lets the team know who answered. A warning.
Example: "Hi Ana, please send us a private message so we can help."
Instead: "Hi Ana, please send us a private message so we can help. –L"
"""

import re

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft, Hit
from postcheck.policy import Policy

SEVERITY = "warning"
GUIDELINE = "Facebook › Comments/ Reviews"
KINDS = {"reply"}
PLATFORMS = {"facebook"}  # the guidelines set these conventions for Facebook comments and reviews


def build(policy: Policy):
    dashes = "".join(re.escape(d) for d in policy.reply.signoff_dashes)
    signoff = regex_table.compile(rf"(?<![^\W_])[{dashes}]\s?(?P<initial>[^\W\d_])\.?\s*$")

    def check(draft: Draft):
        text = draft.text
        if not text.strip():
            return
        # Only the last characters can hold a sign-off: search there, not the whole reply.
        end = len(text.rstrip())
        match = signoff.search(text, max(0, end - 6))
        if match and match["initial"].isupper():
            return
        last = text[:end].rsplit(None, 1)[-1]  # scans from the right only
        yield Hit(
            end - len(last), end,
            "The reply does not end with your sign-off: a dash and your initial.",
            "Finish with a dash and the capital initial of your first name, e.g. “–L”.",
        )

    return check
