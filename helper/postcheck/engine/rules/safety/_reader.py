"""The draft as the safety rules read it: folded once, figures of speech masked, cut into sentences."""

from __future__ import annotations

import re

from postcheck.engine.rules.safety._words import fold, word_pattern
from postcheck.policy import Policy

_WORD = re.compile(r"\w+")
# A sentence ends at . ! ? ; followed by a space, or at a line break; decimals ("05.30") and "St.Mary" do not end one.
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s)|\n+")


class Reading:
    """One draft as the rules read it. `words` (for gates) is ready at once; `folded` (the draft lower-cased without
    accents, figures of speech blanked, offset for offset) and `sentences` are made when a rule first needs them,
    since most posts pass every gate without."""

    __slots__ = ("_figures", "_folded", "_sentences", "lower", "text", "words")

    def __init__(self, text: str, figures: re.Pattern[str]) -> None:
        self.text = text
        self.lower = fold(text)  # before figures of speech are blanked: gates may open a little more often
        self.words = frozenset(_WORD.findall(self.lower))
        self._figures = figures
        self._folded: str | None = None
        self._sentences: tuple[tuple[int, int], ...] | None = None

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = self._figures.sub(lambda m: " " * len(m.group()), self.lower)
        return self._folded

    @property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        if self._sentences is None:
            self._sentences = _sentences(self.folded)
        return self._sentences

    def sentence_at(self, offset: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= offset < end:
                return start, end
        return 0, len(self.text)


class Reader:
    """Built once per policy; remembers the last draft it read, since every safety rule reads the same one in turn."""

    def __init__(self, policy: Policy) -> None:
        self._figures = word_pattern(policy.safety.figures_of_speech)
        self._last: Reading | None = None

    def read(self, text: str) -> Reading:
        last = self._last
        if last is not None and last.text == text:
            return last
        reading = self._last = Reading(text, self._figures)
        return reading


def _sentences(folded: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(folded):
        if match.end() > start:
            spans.append((start, match.end()))
        start = match.end()
    if start < len(folded):
        spans.append((start, len(folded)))
    return tuple(spans)


# One reader per policy object; the policy is kept alive beside it so its id cannot be reused by another.
_READERS: dict[int, tuple[Policy, Reader]] = {}


def reader_for(policy: Policy) -> Reader:
    entry = _READERS.get(id(policy))
    if entry is None:
        if len(_READERS) > 8:  # engines are few; forget old policies rather than grow without bound
            _READERS.clear()
        entry = _READERS[id(policy)] = (policy, Reader(policy))
    return entry[1]
