"""An expletive or insult in the post.

What it flags: a word of the policy's expletive list (English, French, Spanish), matched as a whole word after
folding case, accents ("enculé" = "encule"), common leetspeak ("sh1t", "$hit", "@sshole") and drawn-out letters
("fuuuck"). Whole words only, so "Scunthorpe", "assess", "class", "cocktail", "Dickens" or "dispute" are fine. A
word of the list that is also a first name, capitalised and followed by a surname ("Dick Cheney"), is a person.
Why: Slander, Criticism, Inaccurate Information: content "should be deleted if it uses expletives and unacceptable
language" — an institutional account must never post it, hence an error. Don'ts: "Don't say anything online that
you wouldn't be comfortable seeing quoted on CNN".
Example: "This funding cut is bullshit."
Instead: say what is wrong in plain words: "This funding cut will leave 20,000 families without shelter."
"""

import re

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft, Hit
from postcheck.engine.fold import fold
from postcheck.engine.rules._trie import trie_pattern
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Slander, Criticism, Inaccurate Information"

# Leetspeak as the policy's comment describes it; applied to folded text, one character for one, offsets unchanged.
_LEET = tuple(zip("013457@$", "oieastas"))
# A letter tripled means a drawn-out word ("fuuuck"); not "w", or every "www." would take the slow path.
_TRIPLED = regex_table.compile(r"([a-vx-z])\1\1")
_NEXT_WORD = regex_table.compile(r"\s+(\w)")


def build(policy: Policy):
    listed = sorted({fold(word) for word in policy.tone.expletives})
    names = frozenset(fold(word) for word in policy.tone.also_names)
    exact = regex_table.compile(rf"\b{trie_pattern(listed)}\b")
    # Each letter may be repeated: slower (~30 µs a tweet), so used only when a letter appears three times in a row.
    drawn_out = regex_table.compile(rf"\b{trie_pattern(listed, lambda char: re.escape(char) + '+')}\b")

    def is_name(text: str, start: int, end: int, word: str) -> bool:
        following = _NEXT_WORD.match(text, end)
        return word in names and text[start].isupper() and bool(following and following.group(1).isupper())

    def check(draft: Draft):
        text = draft.text
        normalised = _unleet(draft.folded)
        pattern = drawn_out if _TRIPLED.search(normalised) else exact
        for match in pattern.finditer(normalised):
            start, end = match.span()
            # "@" is leetspeak for "a", so an @-mention ("@shitakefarm") reads "ashitakefarm": never a listed word.
            if not is_name(text, start, end, match.group()):
                yield Hit(
                    start, end,
                    f"“{text[start:end]}” is an expletive: institutional accounts never use it.",
                    "Remove it and say plainly what is wrong.",
                )

    return check


def _unleet(text: str) -> str:
    # Eight str.replace calls run in C (~1 µs a tweet); str.translate on non-ASCII text costs ~13 µs.
    for digit, letter in _LEET:
        text = text.replace(digit, letter)
    return text
