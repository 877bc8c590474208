"""The draft as the safety rules read it: folded once, figures of speech masked, cut into sentences."""

from __future__ import annotations

import re
from bisect import bisect_right

from postcheck.engine.draft import Draft
from postcheck.engine.rules.safety._words import WORD_MARK, Gate, gates_opened, word_pattern
from postcheck.policy import Policy

_WORD = re.compile(r"\w+")
_ASCII_WORD = re.compile(r"\w+", re.ASCII)  # the same words on ASCII text, a little faster
# A sentence ends at . ! ? ; followed by a space, or at a line break; decimals ("05.30") and "St.Mary" do not end one.
# Written to begin with a character class, which lets re jump between candidates: the same as [.!?;]+(?=\s)|\n+.
_SENTENCE_END = re.compile(r"[.!?;\n](?:(?<=[.!?;])[.!?;]*(?=\s)|(?<=\n)\n*)")
# Emoji and pictographs (with their joiners and variation selectors) stand between words ("De vacaciones 🏝️ del 1 al
# 15"): the rules read them as spaces, one for one (an emoji outside the BMP is one character), so offsets hold.
# Each is replaced by a literal space: re does it in C, without a Python call per run.
_PICTOGRAPH = re.compile("[\U0001F000-\U0001FAFF\u2300-\u23FF\u2460-\u27BF\u2B00-\u2BFF\uFE0F\u200D]")


class Reading:
    """One draft as the rules read it. `words` (for gates) is ready at once; `folded` (the draft lower-cased without
    accents, figures of speech blanked, offset for offset) and `sentences` are made when a rule first needs them,
    since most posts pass every gate without."""

    __slots__ = ("_figures", "_folded", "_joined", "_ordered", "_sentences", "_starts", "gates_below", "gates_open",
                 "lower", "text", "words")

    def __init__(self, draft: Draft, figures: re.Pattern[str] | None) -> None:
        self.text = draft.text
        self.lower = draft.folded  # before figures of speech are blanked: gates may open a little more often
        self.words = frozenset((_ASCII_WORD if self.lower.isascii() else _WORD).findall(self.lower))
        # Which gates the words open, for every gate at once (Gate.open then tests one bit)
        self.gates_open, self.gates_below = gates_opened(self.words)
        self._figures = figures
        self._folded: str | None = None
        self._sentences: tuple[tuple[int, int], ...] | None = None
        self._starts: list[int] = []
        self._ordered: list[str] | None = None
        self._joined: str | None = None

    @property
    def folded(self) -> str:
        if self._folded is None:
            # Most posts hold no figure of speech: the gate (at read()) said so, and the text is read as it is.
            figures = self._figures
            folded = _PICTOGRAPH.sub(" ", self.lower) if not self.lower.isascii() else self.lower
            self._folded = folded if figures is None else figures.sub(_blank, folded)
        return self._folded

    @property
    def sorted_words(self) -> list[str]:
        """The words in order: gates look their "convoy*" prefixes up in it by bisection."""
        if self._ordered is None:
            self._ordered = sorted(self.words)
        return self._ordered

    @property
    def joined_words(self) -> str:
        """The words, each after WORD_MARK, in no order: gates search their "convoy*" prefixes in it at once."""
        if self._joined is None:
            self._joined = WORD_MARK + WORD_MARK.join(self.words) if self.words else ""
        return self._joined

    @property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        if self._sentences is None:
            self._starts, self._sentences = _sentences(self.folded)
        return self._sentences

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding `offset`, found by bisection: rules ask it for every candidate."""
        sentences = self.sentences
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < sentences[index][1]:
            return sentences[index]
        return 0, len(self.text)


class Reader:
    """Built by each safety rule at policy load. Every safety rule reads the same draft in turn: the reading is made
    once per check and kept on the draft, under the figures-of-speech pattern it depends on."""

    def __init__(self, policy: Policy) -> None:
        self._figures = word_pattern(policy.safety.figures_of_speech)  # re's cache compiles it once for all rules
        self._gate = Gate(policy.safety.figures_of_speech)
        self._key = ("safety.reading", self._figures.pattern)

    def read(self, draft: Draft) -> Reading:
        # Every rule asks for it at least once per check: the kept reading is looked up without a call to shared().
        reading = draft._shared.get(self._key)
        return reading if reading is not None else draft.shared(self._key, lambda: self._reading(draft))

    def _reading(self, draft: Draft) -> Reading:
        reading = Reading(draft, None)
        if self._gate.open(reading):
            reading._figures = self._figures
        return reading


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _sentences(folded: str) -> tuple[list[int], tuple[tuple[int, int], ...]]:
    """The sentences' starts and (start, end) spans, in one pass: each end of sentence closes one (every match takes a
    character, so none is empty), the text after the last one is the last."""
    spans, starts, start = [], [], 0
    for match in _SENTENCE_END.finditer(folded):
        end = match.end()
        spans.append((start, end))
        starts.append(start)
        start = end
    if start < len(folded):
        spans.append((start, len(folded)))
        starts.append(start)
    return starts, tuple(spans)
