"""The draft as the safety rules read it: folded once, figures of speech masked, cut into sentences."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft
from postcheck.engine.rules.safety._words import WORD_MARK, Gate, Phrases, gates_opened, word_pattern
from postcheck.policy import Policy

_WORD = regex_table.compile(r"\w+")
_ASCII_WORD = regex_table.compile(r"\w+", re.ASCII)  # the same words on ASCII text, a little faster
# A word character outside ASCII ("œ", "ł", "①"): without one, the words (\w+) are the ASCII words. The class opens
# with ASCII as a bitmap, which re tests first: an ASCII character fails at once.
_NON_ASCII_WORD = regex_table.compile(r"[^\x00-\x7f\W]")
# Bytes to read words from: every ASCII word character kept, every other byte a space. A post's words are then
# str.split of its text encoded so (a non-ASCII character one "?", then a space): no match object nor data stack per
# word, as re's findall makes (~45% of the words' cost on the labelled posts).
_WORD_BYTES = bytes(code if code < 128 and (chr(code).isalnum() or code == 95) else 32 for code in range(256))
# A sentence ends at . ! ? ; followed by a space, or at a line break; decimals ("05.30") and "St.Mary" do not end one.
# Written to begin with a character class, which lets re jump between candidates: the same as [.!?;]+(?=\s)|\n+.
_SENTENCE_END = regex_table.compile(r"[.!?;\n](?:(?<=[.!?;])[.!?;]*(?=\s)|(?<=\n)\n*)")
# Emoji and pictographs (with their joiners and variation selectors) stand between words ("De vacaciones 🏝️ del 1 al
# 15"): the rules read them as spaces, one for one (an emoji outside the BMP is one character), so offsets hold.
# Each is replaced by a literal space: re does it in C, without a Python call per run.
_PICTOGRAPH_RANGES = ((0x1F000, 0x1FAFF), (0x2300, 0x23FF), (0x2460, 0x27BF), (0x2B00, 0x2BFF), (0xFE0F, 0xFE0F),
                      (0x200D, 0x200D))
_PICTOGRAPH = regex_table.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _PICTOGRAPH_RANGES) + "]")
# The pictographs that are word characters for re ("①", "❶", "🄁"): blanking one may cut a word in two ("team①").


def _cutting_runs() -> re.Pattern[str]:
    """Those characters as a class of runs (4 with these ranges): re tests it ~4x faster per character than the same
    class written character by character."""
    runs: list[list[int]] = []
    for first, last in sorted(_PICTOGRAPH_RANGES):
        for code in range(first, last + 1):
            if chr(code).isalnum() or code == 0x5F:
                if runs and runs[-1][1] == code - 1:
                    runs[-1][1] = code
                else:
                    runs.append([code, code])
    return regex_table.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs) + "]" if runs
                      else "(?!)")


_CUTTING = _cutting_runs()


class Reading:
    """One draft as the rules read it, made once per check by the first rule that asks (Reader.read).

    Ready at once, as plain attributes: `text`, `lower` (the draft folded), `words` (its set of words, for gates),
    `gates_open`/`gates_below` (the gates those words open, see _words.gates_opened) and `folded` (`lower` with
    figures of speech and pictographs blanked, offset for offset; `lower` itself for an ASCII post without a figure
    of speech, which is most posts). Made when a rule first needs them, since most posts pass every gate without:
    `sentences`, `sorted_words`, `joined_words`, `tokens` and `folded_words`; `words_hold_folded` says whether
    `words` are already the words of `folded`."""

    __slots__ = ("_ascii_words", "_folded_words", "_joined", "_ordered", "_sentences", "_starts", "_tokens", "folded",
                 "gates_below", "gates_open", "lower", "text", "words")

    def __init__(self, draft: Draft, figures: re.Pattern[str] | None, figures_gate: Gate | None = None,
                 phrases: Phrases | None = None) -> None:
        """`figures`: the figures-of-speech pattern to blank, or None; `figures_gate`: when given, `figures` is only
        run on a post whose words open it; `phrases`: when given (the same word list), only on a post that holds
        every whole word of one of its phrases."""
        self.text = draft.text
        lower = self.lower = draft.folded  # before figures of speech are blanked: gates may open a little more often
        plain = lower.isascii()
        # No word character outside ASCII ("œ", "①"): the words are read from ASCII bytes, and no pictograph blanked
        # can cut one in two (words_hold_folded). Both are read from the distinct characters outside ASCII.
        ascii_words, folded = (True, lower) if plain else _outside_ascii(lower)
        self._ascii_words = ascii_words
        words = self.words = _words_of(lower, ascii_words)
        # Which gates the words open, for every gate at once (Gate.open then tests one bit)
        self.gates_open, self.gates_below = gates_opened(words)
        # Most posts hold no figure of speech: the gate says so, and the text is read as it is.
        # Blanking a pictograph that is a word character may make words ("team①spirit"): then unsure, blanked.
        if figures is not None and (figures_gate is None or figures_gate.open(self)) and (
                phrases is None or not (ascii_words or _CUTTING.search(lower) is None) or phrases.may_occur(words)):
            folded = figures.sub(_blank, folded)
        self.folded = folded
        self._sentences: tuple[tuple[int, int], ...] | None = None
        self._starts: list[int] = []
        self._ordered: list[str] | None = None
        self._joined: str | None = None
        self._tokens: tuple[tuple[str, int, int], ...] | None = None
        self._folded_words: frozenset[str] | None = None

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
        """The (start, end) code-point offsets of the sentences of `folded`, in order, end to end from 0 to its
        length (none for an empty text)."""
        if self._sentences is None:
            self._starts, self._sentences = _sentences(self.folded)
        return self._sentences

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding `offset`, found by bisection: rules ask it for every candidate."""
        sentences = self._sentences
        if sentences is None:
            sentences = self.sentences
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < sentences[index][1]:
            return sentences[index]
        return 0, len(self.text)

    @property
    def words_hold_folded(self) -> bool:
        """Whether every word of `folded` is one of `words` (read before the blanking), so that a test on `words` says
        what a scan of `folded` would: figures of speech are blanked as whole words and pictographs one for one, and
        only a pictograph that is a word character can cut a word in two ("team①")."""
        lower = self.lower
        return self._ascii_words or self.folded is lower or _CUTTING.search(lower) is None

    @property
    def folded_words(self) -> frozenset[str]:
        """The words of `folded` (or a few more: figures of speech are still in): `words` unless blanking cut one in
        two, then read again from `folded`, once."""
        if self._folded_words is None:
            self._folded_words = self.words if self.words_hold_folded else frozenset(_WORD.findall(self.folded))
        return self._folded_words

    @property
    def tokens(self) -> tuple[tuple[str, int, int], ...]:
        """The words (\\w+) of `folded` in order, each as (word, start, sentence): `start` its code-point offset in
        the text, `sentence` the index of its sentence in `sentences`. Made once, when first asked."""
        if self._tokens is None:
            self._tokens = _tokens(self.folded, self.sentences, self._starts)
        return self._tokens


class Reader:
    """Built by each safety rule at policy load. Every safety rule reads the same draft in turn: the reading is made
    once per check and kept on the draft, under the figures-of-speech pattern it depends on."""

    def __init__(self, policy: Policy) -> None:
        self._figures = word_pattern(policy.safety.figures_of_speech)  # re's cache compiles it once for all rules
        self._gate = Gate(policy.safety.figures_of_speech)
        # Built once per list for all ten rules' Readers (the pattern's source names the list).
        phrases = _PHRASES.get(self._figures.pattern)
        if phrases is None:
            phrases = _PHRASES[self._figures.pattern] = Phrases(policy.safety.figures_of_speech)
        self._phrases = phrases
        # One interned string for every rule's Reader: the draft's dict finds it by identity, where equal tuples
        # made by each rule were hashed and compared element by element at every read (~50 ns each, ~10 a check).
        self._key = sys.intern("safety.reading\x00" + self._figures.pattern)

    def read(self, draft: Draft) -> Reading:
        """The draft's Reading, made by the first rule that asks in a check and kept on the draft."""
        # Asked by every rule at least once per check: one dict look-up once made, no call to shared()
        shared = draft._shared
        reading = shared.get(self._key)
        if reading is None:
            reading = shared[self._key] = Reading(draft, self._figures, self._gate, self._phrases)
        return reading


_ASCII_BYTES = bytes(range(128))
_PICTURE, _WORDLIKE = 1, 2
_KINDS: dict[str, int] = {}  # a character outside ASCII -> _PICTURE, _WORDLIKE (re's \w) or both, kept
_KEPT_KINDS = 4096  # bounded whatever the texts: characters past it are read again when met
_MOST_REPLACED = 32  # distinct pictographs blanked one by one at most: the cost stays linear in the text


_PHRASES: dict[str, Phrases] = {}  # the figures-of-speech pattern's source -> its Phrases


def _outside_ascii(lower: str) -> tuple[bool, str]:
    """For a text that is not ASCII: whether it holds no word character outside ASCII, and the text with its
    pictographs blanked one for one (`lower` itself when it has none). Read from the distinct characters outside
    ASCII (the text encoded, its ASCII bytes deleted), each replaced at once: no scan of every character by re."""
    try:
        others = set(lower.encode().translate(None, _ASCII_BYTES).decode())
    except UnicodeEncodeError:  # a lone surrogate
        return _NON_ASCII_WORD.search(lower) is None, _PICTOGRAPH.sub(" ", lower)
    ascii_words, pictures, kinds = True, [], _KINDS
    for char in others:
        kind = kinds.get(char)
        if kind is None:
            kind = (_PICTURE if _PICTOGRAPH.match(char) else 0) | (_WORDLIKE if _WORD.match(char) else 0)
            if len(kinds) < _KEPT_KINDS:
                kinds[char] = kind
        if kind:
            ascii_words = ascii_words and not kind & _WORDLIKE
            if kind & _PICTURE:
                pictures.append(char)
    if len(pictures) > _MOST_REPLACED:  # a pass over the text for each would cost more than one scan by re
        return ascii_words, _PICTOGRAPH.sub(" ", lower)
    folded = lower
    for char in pictures:
        folded = folded.replace(char, " ")
    return ascii_words, folded


def _words_of(lower: str, ascii_words: bool) -> frozenset[str]:
    """The set of words (\\w+) of `lower`; `ascii_words` when it holds no word character outside ASCII."""
    if ascii_words:
        return frozenset(lower.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii").split())
    return frozenset(_WORD.findall(lower))


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _sentences(folded: str) -> tuple[list[int], tuple[tuple[int, int], ...]]:
    """The sentences' starts and (start, end) spans, in one pass: each end of sentence closes one (every match takes a
    character, so none is empty), the text after the last one is the last."""
    ends = [match.end() for match in _SENTENCE_END.finditer(folded)]
    if (ends[-1] if ends else 0) < len(folded):
        ends.append(len(folded))
    starts = [0, *ends[:-1]] if ends else []
    return starts, tuple(zip(starts, ends))


def _tokens(folded: str, sentences: tuple[tuple[int, int], ...], starts: list[int]) -> tuple[tuple[str, int, int], ...]:
    """(word, start, sentence index) of each word of `folded`, in order; the sentences run end to end, so the index
    only moves forward as the words do."""
    found, index, last = [], 0, len(sentences) - 1
    following = starts[1] if last > 0 else len(folded)
    for match in (_ASCII_WORD if folded.isascii() else _WORD).finditer(folded):
        start = match.start()
        while index < last and start >= following:
            index += 1
            following = starts[index + 1] if index < last else len(folded)
        found.append((match.group(), start, index))
    return tuple(found)
