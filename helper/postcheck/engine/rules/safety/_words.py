"""The policy's word lists as precompiled patterns over folded text (lower case, no accents, ' for ’)."""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from functools import reduce
from operator import or_
from collections.abc import Iterable, Iterator

from postcheck.engine import regex_table
from postcheck.engine.fold import fold, fold_pattern
from postcheck.engine.rules._trie import trie_pattern
from postcheck.engine.rules.safety._regex_facts import (
    needed_strings, opens_with_literal, word_first, word_or_digit_lead,
)
from postcheck.policy.safety_model import Lexicon

__all__ = [
    "WORD_MARK", "Gate", "KeyedUnion", "Phrases", "alternation", "fold", "gates_opened", "regex_union", "union",
    "word_or_digit_lead", "word_pattern",
]


def union(lexicon: Lexicon | Iterable[str]) -> list[str]:
    """Every word of every language, folded, without repeats."""
    words = [w for ws in lexicon.values() for w in ws] if isinstance(lexicon, dict) else list(lexicon)
    kept = [word for word in map(str.strip, words) if word]
    # fold folds each character on its own (a capital sigma by its word, which a line break ends), so the list
    # folds in one call, line by line: the rules' build unions ~18,000 words, ~3 ms less than a call a word. Not
    # where a character lowers to two ("İ"): fold then reads the whole text through its table, sigma included.
    text = "\n".join(kept)
    folded = fold(text).split("\n") if len(text.lower()) == len(text) else []
    if len(folded) != len(kept):  # a word with a line break in it, or the case above
        folded = [fold(word) for word in kept]
    return sorted(set(folded))


def _letter(char: str) -> str:
    # "*" only ever ends a word in the policy's lists: "convoy*" is convoy, convoys, convoyed.
    return r"\w*" if char == "*" else re.escape(char)


def _trie_regex(words: Iterable[str]) -> str:
    """The words as one trie-shaped pattern; spaces match any run of spaces, a * ending a word any ending of it."""
    return trie_pattern((" ".join(word.split()) for word in words), _letter)


def alternation(lexicon: Lexicon | Iterable[str], *, glued: bool = False) -> str:
    """A group matching any of the words as whole words (`glued`: may follow a digit, as in "6h")."""
    left = r"(?<![^\W\d])" if glued else r"(?<!\w)"
    return left + "(?:" + _trie_regex(union(lexicon)) + r")(?!\w)"


def word_pattern(lexicon: Lexicon | Iterable[str]) -> re.Pattern[str]:
    return regex_table.compile(alternation(lexicon))


def regex_union(patterns: Lexicon) -> re.Pattern[str]:
    """The policy's regular expressions of every language as one pattern over folded text.

    When every one begins with \\b and then a word character, the \\b and a (?=\\w) are put once in front: re then
    passes every other position at once instead of trying each expression there (same matches, ~1.4x faster)."""
    return _union([fold_pattern(p) for ps in patterns.values() for p in ps])


def _union(folded: list[str]) -> re.Pattern[str]:
    if folded and all(word_first(p) for p in folded):
        return regex_table.compile(r"\b(?=\w)(?:" + "|".join(f"(?:{p[2:]})" for p in folded) + ")")
    return regex_table.compile("|".join(f"(?:{p})" for p in folded))


class KeyedUnion:
    r"""regex_union(patterns), run on a text with only the expressions that may match it. Each expression needs one
    of a few literal strings (read with re's parser: "on annual leave…" needs one of "leave", "holiday", "vacation",
    "r&r", "mission"); those whose strings are all missing from the text are left out of the union. An alternative
    that matches nowhere in a text changes none of the union's matches there: `finditer` gives the same matches as
    regex_union(patterns).finditer, most often at a fraction of the cost (the first English pattern alone tries
    three `\w+` at every word)."""

    __slots__ = ("_always", "_folded", "_needles", "_unions")

    def __init__(self, patterns: Lexicon) -> None:
        self._folded = [fold_pattern(p) for ps in patterns.values() for p in ps]
        # An expression that opens with a letter fails at once almost everywhere: only the others (one opening with
        # \w+ tries it at every word) are worth leaving out, after a test that costs ~40 ns a string.
        needs = [None if opens_with_literal(p) else needed_strings(p) for p in self._folded]
        self._always = [i for i, strings in enumerate(needs) if strings is None]
        # (string, expression) pairs, tested in one comprehension: ~40 ns each on a post
        self._needles = tuple((string, i) for i, strings in enumerate(needs) for string in sorted(strings or ()))
        self._unions: dict[frozenset[int], re.Pattern[str] | None] = {}

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of the union in `text` (folded), left to right, as re's finditer gives them."""
        present = frozenset([i for string, i in self._needles if string in text])
        try:
            union_ = self._unions[present]
        except KeyError:
            if len(self._unions) >= _KEPT_UNIONS:  # kept bounded whatever the texts: rebuilt when asked again
                self._unions.clear()
            active = sorted({*present, *self._always})  # in the policy's order: the first alternative wins at a place
            union_ = self._unions[present] = _union([self._folded[i] for i in active]) if active else None
        return union_.finditer(text) if union_ is not None else iter(())


_KEPT_UNIONS = 256



# Put before each word of `joined_words`: no word (\w+) holds it.
WORD_MARK = "\x00"

# Words too common to say anything about a post; only the gates use them, to pick which word of a phrase to test.
_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "at", "on", "in", "to", "of", "by", "be", "is", "are", "will", "for", "and",
    "la", "le", "les", "l", "de", "du", "des", "d", "se", "en", "el", "los", "las", "del", "al", "y", "por",
})


# Every gate's whole-word keys in one index, word -> the bits of the gates it opens (one bit per distinct set of keys,
# so the same policy loaded again adds nothing). A post's words are looked up in it once (gates_opened, at the
# Reading); each gate then tests its bit: ~20 set look-ups per post instead of ~20 per gate (~19 gates a post).
_GATE_BITS: dict[frozenset[str], int] = {}
_WORD_GATES: dict[str, int] = {}
# The index's words as a set: a post's words meet it by one C-level intersection of two sets (~0.3 µs a post cheaper
# than the dict's keys). Only ever grows, under the lock; an intersection runs in C, without a thread switch.
_GATE_WORDS: set[str] = set()
_INDEXING = threading.Lock()


def _gate_bit(keys: frozenset[str]) -> int:
    with _INDEXING:
        bit = _GATE_BITS.get(keys)
        if bit is None:
            bit = 1 << len(_GATE_BITS)
            for word in keys:  # the words first: a reading that sees the bit below its bound sees all its words
                _WORD_GATES[word] = _WORD_GATES.get(word, 0) | bit
            _GATE_WORDS.update(keys)
            _GATE_BITS[keys] = bit
        return bit


def gates_opened(words: frozenset[str]) -> tuple[int, int]:
    """The bits of the gates that `words` (a post's set of words) open by a whole word, and the bound below which
    every gate's bit was indexed when they were looked up (a gate made later tests its own set)."""
    bound = 1 << len(_GATE_BITS)  # read first: every gate below it has its words in _GATE_WORDS already
    # reduce and map run in C: no step of the interpreter per word
    return reduce(or_, map(_WORD_GATES.__getitem__, _GATE_WORDS & words), 0), bound


class Gate:
    """Says, from a post's words, whether any phrase of a word list may occur in it: a rule skips its patterns when
    the gate is shut. Whole words are one bit test (or one set operation); "convoy*"-style prefixes one small scan."""

    # Words that open it and its bit in the index; "convoy*" prefixes as a pattern over text, a pattern over joined
    # words, and a tuple.
    __slots__ = ("_bit", "_joined", "_keys", "_prefixes", "_starts")

    def __init__(self, lexicon: Lexicon | Iterable[str]) -> None:
        keys, prefixes = set(), set()
        for phrase in union(lexicon):
            # Every word of a phrase must be in the post: test the rarest, a long one that is not a function word
            # ("route" in "par la route", "way" in "on the way").
            words = re.findall(r"\w+\*?", phrase)
            key = max(words, key=lambda word: (word not in _FUNCTION_WORDS, len(word.rstrip("*"))), default="")
            if key.endswith("*"):
                prefixes.add(key[:-1])
            elif key:
                keys.add(key)
            else:  # a phrase of signs only ("%"): any post may hold it
                prefixes.add("")
        self._keys = frozenset(keys)
        self._bit = _gate_bit(self._keys)
        self._prefixes = regex_table.compile(r"(?<!\w)" + _trie_regex(prefixes)) if prefixes else None
        # Over `joined_words` ("\0" before each word): the literal "\0" lets re jump from word start to word start.
        self._joined = regex_table.compile(WORD_MARK + "(?:" + _trie_regex(prefixes) + ")") if prefixes else None
        self._starts = tuple(sorted(prefixes))

    @property
    def bit(self) -> int:
        """The gate's bit in the index: set in a Reading's `gates_open`, the gate is open."""
        return self._bit

    @property
    def bound(self) -> float:
        """open(reading) says exactly `bool(reading.gates_open & bit)` when reading.gates_below > bound: the gate was
        in the index when the reading was made, and no "convoy*" prefix opens it (then bound is infinite). A rule
        asked of every post may test that inline, without a call."""
        return float("inf") if self._prefixes is not None else self._bit

    def open(self, reading) -> bool:
        """`reading`: anything with `words` (its set of words) and `lower` (its folded text); with `gates_open` and
        `gates_below` (gates_opened(words)) the whole words are one bit test; with `joined_words` (its words each
        after WORD_MARK) the prefixes are one search of that short string, with `sorted_words` (its words in order)
        they are looked up by bisection, else the text is scanned."""
        try:
            # A gate's bit is only ever set by one of its own words: set, the gate is open.
            if reading.gates_open & self._bit:
                return True
            if self._bit >= reading.gates_below and not self._keys.isdisjoint(reading.words):  # made after it
                return True
        except AttributeError:  # a reading without the index
            if not self._keys.isdisjoint(reading.words):
                return True
        if self._prefixes is None:
            return False
        joined = getattr(reading, "joined_words", None)
        if joined is not None:
            return self._joined.search(joined) is not None
        ordered = getattr(reading, "sorted_words", None)
        if ordered is None:
            return self._prefixes.search(reading.lower) is not None
        for prefix in self._starts:
            index = bisect_left(ordered, prefix)
            if index < len(ordered) and ordered[index].startswith(prefix):
                return True
        return False


class Phrases:
    """What a word list's phrases need to match: every whole word of one of them among a text's words. A match of
    `word_pattern(lexicon)` is made of whole words of the text ("evacuation centre" of "evacuation", "centres"): a
    text that holds the words of no phrase (a "centre*" word not counted) holds no match. Stricter than Gate, which
    tests one word per phrase, and dearer: for a scan that is worth a few set tests to skip."""

    __slots__ = ("_always", "_by_key", "_keys")

    def __init__(self, lexicon: Lexicon | Iterable[str]) -> None:
        by_key: dict[str, list[frozenset[str]]] = {}
        for phrase in union(lexicon):
            words = frozenset(word for word in re.findall(r"\w+\*?", phrase) if not word.endswith("*"))
            key = min(words, key=lambda word: (-len(word), word), default="")
            by_key.setdefault(key, []).append(words)
        self._always = "" in by_key  # a phrase of "centre*" words or signs only: any text may hold it
        self._by_key = {key: tuple(sets) for key, sets in by_key.items()}
        self._keys = frozenset(by_key)

    def may_occur(self, words: frozenset[str]) -> bool:
        """Whether a phrase may match in a text whose words (\\w+) are all in `words`."""
        if self._always:
            return True
        by_key = self._by_key
        return any(needed <= words for key in self._keys.intersection(words) for needed in by_key[key])


def whole_words_end(text: str, start: int, end: int) -> int:
    """`end` moved back so the span start..end does not stop inside a word, nor after spaces or commas: patterns
    with a bounded tail ("…until 14 July with limi") take some context and must not cut the last word in two."""
    if end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        cut = max(text.rfind(" ", start, end), start)
        end = cut if cut > start else end
    while end > start and text[end - 1] in " ,;:-–":
        end -= 1
    return end


def is_word_char(char: str) -> bool:
    """Exactly re's \\w on str: alphanumeric or "_"."""
    return char.isalnum() or char == "_"


def whole_word_starts(text: str, word: str) -> list[int]:
    """Where `word` stands in `text` as a whole word (re's \\b on both sides), in order: str.find, no regex."""
    found, at, size, length = [], text.find(word), len(word), len(text)
    while at >= 0:
        after = at + size
        # is_word_char inlined: this runs for every first word present in a post
        if (at == 0 or not ((c := text[at - 1]).isalnum() or c == "_")) and (
                after == length or not ((c := text[after]).isalnum() or c == "_")):
            found.append(at)
        at = text.find(word, after)  # a whole word cannot begin inside this occurrence: it is made of word characters
    return found


def word_starts(text: str, stem: str) -> list[int]:
    """Where a word of `text` begins with `stem` ("convoy" in "convoys"), in order."""
    found, at = [], text.find(stem)
    while at >= 0:
        if at == 0 or not ((c := text[at - 1]).isalnum() or c == "_"):
            found.append(at)
        at = text.find(stem, at + len(stem))
    return found
