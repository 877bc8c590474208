"""A reply that does not open by greeting the person by first name.

What it flags: a reply that does not start with a greeting and the person's name ("Hi Ana,", "Bonjour Marc,",
"Hola @Lucía") or with a tag (@Ana). "Hi there" or "Hello everyone" greets nobody in particular. A reply that opens
with the name of the person it answers (the draft's `addressee`, which the extension reads from "Reply to Maria
Lopez") starts with the site's pre-filled mention of them: that tags them, so it passes.
Why: Facebook › Comments/ Reviews: "Be sure to tag the person by first name in the post to ensure they receive our
reply"; every template starts "Hi ____,". A warning: the reply may not reach the person.
Example: "Thank you for your message, we apologize for this inconvenience. –L"
Instead: "Hi Ana, thank you for your message…" (type @ and their name to tag them).
"""

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft, Hit
from postcheck.engine.fold import fold
from postcheck.engine.rules._trie import trie_pattern
from postcheck.policy import Policy

SEVERITY = "warning"
GUIDELINE = "Facebook › Comments/ Reviews"
KINDS = {"reply"}
PLATFORMS = {"facebook"}  # the guidelines set these conventions for Facebook comments and reviews

_FIRST_WORD = regex_table.compile(r"\s*(\S+)")


def _opens_with_name(folded: str, addressee: str) -> bool:
    """The text starts with the addressee's full name or first name, as a whole word (a pre-filled mention)."""
    names = " ".join(fold(addressee).split())
    opening = " ".join(folded.split()[:len(names.split())])  # whitespace as the site may have rendered it
    for name in (names, names.split(" ", 1)[0]):
        if name and opening.startswith(name) and not opening[len(name):len(name) + 1].isalnum():
            return True
    return False


def build(policy: Policy):
    greetings = trie_pattern({" ".join(fold(g).split()) for g in policy.reply.greetings if g.strip()})
    # Greeting, then the name: a capital (checked on the text as typed) or an @-tag.
    opening = regex_table.compile(rf"\s*(?P<greeting>{greetings}(?!\w)[\s,:!]*)?(?P<tag>@?)(?P<name>\w)")

    def check(draft: Draft):
        text = draft.text
        if not text.strip():
            return
        match = opening.match(draft.folded)
        if match and (match["tag"] or (match["greeting"] and text[match.start("name")].isupper())):
            return
        if draft.addressee and _opens_with_name(draft.folded, draft.addressee):
            return
        first = _FIRST_WORD.match(text)
        yield Hit(
            first.start(1), first.end(1),
            "The reply does not greet the person by first name.",
            "Start with their first name and tag them, e.g. “Hi Ana,”.",
        )

    return check
