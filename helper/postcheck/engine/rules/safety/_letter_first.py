"""Unions of expressions written letter first, so that re skips in C every character none of them begins with.

An expression over folded text that opens with \\b and a word character ("\\bpendant\\s+…") matches exactly where
"p(?<!\\w.)endant\\s+…" does: the look-behind after the letter says what \\b said before it (no word character before
the letter). Written so, each expression begins with a literal, and a union of such expressions gives re a first-letter
set: it passes every other position in C instead of testing \\b there (a scan of one or two of safety.absence's
patterns ~3-4x faster on the labelled posts). Used by safety.absence (guideline section "Do's") for the patterns'
unions; an expression re's parser does not show to open so keeps the plain union.
"""

from __future__ import annotations

import re
from re import _constants, _parser  # re's own parser (Python >= 3.11), to read how an expression opens

from postcheck.engine import regex_table
from postcheck.engine.rules.safety._words import regex_union

_WORD_CHAR = regex_table.compile(r"\w")


def letter_first(folded: str) -> str | None:
    """`folded` (an expression over folded text) rewritten to open with its first letter, or None when re's parser
    does not show it to open with \\b and then a literal word character written as itself. A group of choices after
    the \\b ("\\b(?:casa|apto|…)") is rewritten choice by choice when each opens so ("(?:c(?<!\\w.)asa|…)")."""
    if folded.startswith("\\b(?:"):
        return _choices_first(folded)
    try:
        items = list(_parser.parse(folded).data)
    except re.error:
        return None
    c = _constants
    if len(items) < 2 or items[0] != (c.AT, c.AT_BOUNDARY) or items[1][0] is not c.LITERAL:
        return None
    letter = chr(items[1][1])
    if not folded.startswith("\\b" + letter) or not _WORD_CHAR.match(letter):
        return None
    return f"(?:{letter}(?<!\\w.){folded[3:]})"


def union_of(folded: list[str], written: list[str | None]) -> re.Pattern[str]:
    """The union of `folded` in their order, as regex_union makes it (the same matches): letter first when each of
    them can be (`written`: letter_first of each)."""
    if folded and all(written):
        return regex_table.compile("|".join(written))  # type: ignore[arg-type]
    return regex_union({"": folded})


def _choices_first(folded: str) -> str | None:
    """"\\b(?:A|B…)REST" as "(?:(?:a(?<!\\w.)…|b(?<!\\w.)…)REST)" when each choice opens with a word character
    written as itself and no quantifier follows it or the group; else None."""
    at, depth, cuts = 5, 0, [4]
    while at < len(folded):
        char = folded[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":  # a class: its "]" and "(" are not structure ("[]…]", "[^]…]" begin with a literal "]")
            at += 2 if folded.startswith("[^", at) else 1
            at = folded.find("]", at + 1)
            while at > 0 and folded[at - 1] == "\\" and folded[at - 2] != "\\":
                at = folded.find("]", at + 1)
            if at < 0:
                return None
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                break
            depth -= 1
        elif char == "|" and depth == 0:
            cuts.append(at)
        at += 1
    else:
        return None
    rest = folded[at + 1:]
    if rest[:1] in ("?", "*", "+", "{"):
        return None
    choices = [folded[cut + 1:end] for cut, end in zip(cuts, [*cuts[1:], at])]
    written = []
    for choice in choices:
        if not choice or choice[0] == "\\" or not _WORD_CHAR.match(choice[0]) or choice[1:2] in ("?", "*", "+", "{"):
            return None
        written.append(f"{choice[0]}(?<!\\w.){choice[1:]}")
    result = "(?:(?:" + "|".join(written) + ")" + rest + ")"
    try:
        regex_table.compile(result)
    except re.error:
        return None
    return result
