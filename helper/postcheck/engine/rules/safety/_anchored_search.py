"""A word list's pattern searched in a stretch of a post, tried only where the list's phrases may begin (Anchors).

`pattern.search(reading.folded, lo, hi)` with a pattern that begins with the list's phrases at a word start
(`word_pattern(list)`, or `alternation(list)` then more) tries the pattern at every position of the stretch: a look
behind and a first letter, ~100 instructions each, for every clue a rule reads around every candidate. The phrases can
only begin at the occurrences of their first words (found once per post with str.find, `Anchors.starts`): trying the
pattern there alone gives the same first match.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from postcheck.engine.draft import Draft
from postcheck.engine.rules.safety._anchors import Anchors
from postcheck.engine.rules.safety._reader import Reading
from postcheck.engine.rules.safety._words import word_pattern
from postcheck.policy.safety_model import Lexicon


class AnchoredSearch:
    """`search(draft, reading, lo, hi)` is `pattern.search(reading.folded, lo, hi)`, and `finditer` the list of
    `pattern.finditer(reading.folded, lo, hi)`, for a pattern every match of which begins with a phrase of the
    lexicons at a word start (default: `word_pattern` of them) and is never empty."""

    __slots__ = ("_anchors", "_last", "pattern")

    def __init__(self, *lexicons: Lexicon | Iterable[str], pattern: re.Pattern[str] | None = None) -> None:
        self.pattern = pattern if pattern is not None else word_pattern(_merged(lexicons))
        self._anchors = Anchors(*lexicons)
        # The last post's starts, as one tuple (reading, starts): read and replaced at once, safe across threads.
        self._last: tuple[Reading | None, list[int]] = (None, [])

    def starts(self, draft: Draft, reading: Reading) -> list[int]:
        """Where a phrase may begin in reading.folded, in order (Anchors.starts), made once per reading."""
        last = self._last
        if last[0] is reading:
            return last[1]
        found = self._anchors.starts(draft, reading)
        self._last = (reading, found)
        return found

    def search(self, draft: Draft, reading: Reading, lo: int, hi: int) -> re.Match[str] | None:
        """The first match in reading.folded[lo:hi] (offsets in the whole text), or None."""
        folded = reading.folded
        if _cuts_a_word(folded, hi):  # a phrase may then end inside a word ("call" in "call|back"): read it all
            return self.pattern.search(folded, lo, hi)
        starts = self.starts(draft, reading)
        match = self.pattern.match
        for index in range(bisect_left(starts, lo), len(starts)):
            at = starts[index]
            if at >= hi:
                break
            found = match(folded, at, hi)
            if found is not None:
                return found
        return None

    def finditer(self, draft: Draft, reading: Reading, lo: int, hi: int) -> list[re.Match[str]]:
        """The matches in reading.folded[lo:hi], left to right, none overlapping (as finditer gives them)."""
        folded = reading.folded
        if _cuts_a_word(folded, hi):
            return list(self.pattern.finditer(folded, lo, hi))
        starts = self.starts(draft, reading)
        match, found, end = self.pattern.match, [], lo
        for index in range(bisect_left(starts, lo), len(starts)):
            at = starts[index]
            if at >= hi:
                break
            if at >= end and (one := match(folded, at, hi)) is not None:
                found.append(one)
                end = one.end()
        return found


def _merged(lexicons) -> list[str]:
    return [word for lexicon in lexicons
            for word in ([w for ws in lexicon.values() for w in ws] if isinstance(lexicon, dict) else lexicon)]


def _cuts_a_word(text: str, at: int) -> bool:
    """Whether `at` falls between two word characters of `text` (re's \\w)."""
    return 0 < at < len(text) and _word_char(text[at - 1]) and _word_char(text[at])


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"
