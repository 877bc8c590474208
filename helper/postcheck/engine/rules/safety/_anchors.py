"""Where the phrases of a word list may begin in a post: at the occurrences of their first words, looked up among the
words the post holds (a set operation) and found with str.find, instead of a pattern tried at every position.

A rule whose pattern begins with such a list ("calle|avenida…" then a number) tries the pattern only there: the same
matches as `pattern.finditer(folded)`, for a fraction of the cost on a post that holds one or two of the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft
from postcheck.engine.rules._trie import trie_pattern
from postcheck.engine.rules.safety._reader import Reading
from postcheck.engine.rules.safety._words import WORD_MARK, Gate, is_word_char, union, word_starts
from postcheck.policy.safety_model import Lexicon

# A phrase's first word, and a "*" right after it ("convoy*": any word that begins so).
_HEAD = regex_table.compile(r"(\w+)(\*?)")


class Anchors:
    """Built from the word lists a pattern begins with. `finditer(pattern, draft, reading)` gives exactly the matches
    of `pattern.finditer(reading.folded)` provided every match of `pattern` begins with one of the lists' phrases at a
    word start: `alternation(…)` of them (not glued) at its head, or a choice of such heads. `anywhere()` and
    `begin_a_word()` are cheaper tests a rule may run before a pattern that needs one of the phrases somewhere."""

    __slots__ = ("_firsts", "_heads", "_heads_source", "_signs", "_stems")

    def __init__(self, *lexicons: Lexicon | Iterable[str]) -> None:
        firsts, stems, signs = set(), set(), set()
        for lexicon in lexicons:
            for phrase in union(lexicon):
                head = _HEAD.match(phrase)
                if head is None:
                    # A phrase that begins with a sign ("(b."): its text up to a space or a "*" is looked for as is.
                    signs.add(phrase.split()[0].split("*")[0])
                elif head.group(2):
                    stems.add(head.group(1))
                else:
                    firsts.add(head.group(1))
        self._firsts, self._stems, self._signs = frozenset(firsts), tuple(sorted(stems)), tuple(sorted(signs))
        # Over joined words (WORD_MARK before each): a word that begins with a first word or a stem. Compiled when
        # begin_a_word() first needs it (few Anchors are asked): start-up does not pay for the others.
        self._heads_source = WORD_MARK + "(?:" + trie_pattern(firsts | stems) + ")" if firsts or stems else None
        self._heads: re.Pattern[str] | None = None

    def finditer(self, pattern: re.Pattern[str], draft: Draft, reading: Reading) -> Iterator[re.Match[str]]:
        """The matches of `pattern` in reading.folded, in order, as `pattern.finditer(reading.folded)` gives them."""
        return matches(pattern, reading.folded, self.starts(draft, reading))

    def anywhere(self, draft: Draft, reading: Reading) -> bool:
        """Whether a phrase may begin anywhere in reading.folded (a set test when the lists have only whole words)."""
        if self._stems or self._signs:
            return bool(self.starts(draft, reading))
        return not self._firsts.isdisjoint(reading.folded_words)

    def begin_a_word(self, draft: Draft, reading: Reading) -> bool:
        """Whether a word of reading.folded begins with a first word or a stem, or a phrase's sign is in it: what a
        match in a stretch of the text needs even when the stretch ends inside a word ("home" in "home|less")."""
        folded = reading.folded
        if any(sign in folded for sign in self._signs):
            return True
        if self._heads_source is None:
            return False
        words = reading.folded_words
        if not self._firsts.isdisjoint(words):
            return True  # a first word standing whole begins a word: the search below would find it
        if self._heads is None:
            self._heads = regex_table.compile(self._heads_source)
        joined = reading.joined_words if words is reading.words else WORD_MARK + WORD_MARK.join(words)
        return self._heads.search(joined) is not None

    def starts(self, draft: Draft, reading: Reading) -> list[int]:
        """Where a phrase may begin in reading.folded, in order: each whole-word occurrence of a first word, each
        word start of a "convoy*" stem, each occurrence of a phrase that begins with a sign."""
        folded = reading.folded
        words = reading.folded_words
        found, size = [], len(folded)
        for word in self._firsts.intersection(words):
            # _words.whole_word_starts(folded, word), inlined: this runs for every anchored pattern of every open post.
            at, width = folded.find(word), len(word)
            while at >= 0:
                after = at + width
                if (at == 0 or not ((char := folded[at - 1]).isalnum() or char == "_")) and (
                        after == size or not ((char := folded[after]).isalnum() or char == "_")):
                    found.append(at)
                at = folded.find(word, after)
        for stem in self._stems:
            if stem in folded:
                found += word_starts(folded, stem)
        for sign in self._signs:
            if sign in folded:
                found += _occurrences(folded, sign)
        if len(found) > 1:
            found.sort()
        return found


def may_match_before(gate: Gate, draft: Draft, reading: Reading, hi: int) -> bool:
    """False only when no phrase of `gate`'s list can match anywhere in reading.folded[:hi] (a search with `hi` as its
    end, from any start): the gate is shut on the words of folded and `hi` cuts no word in two. A match in such a
    stretch is made of whole words of folded (its start is seen against the text before it, and a word cut at `hi`
    is the only one that may end a match early), and a whole-word match opens its list's gate."""
    folded = reading.folded
    if 0 < hi < len(folded) and is_word_char(folded[hi - 1]) and is_word_char(folded[hi]):
        return True
    words = reading.folded_words
    return gate.open(reading if words is reading.words else _Words(words, folded))


class _Words:
    """What Gate.open reads of a text: its words, and the text itself for "convoy*" stems."""

    __slots__ = ("lower", "words")

    def __init__(self, words: frozenset[str], text: str) -> None:
        self.words, self.lower = words, text


def matches(pattern: re.Pattern[str], text: str, starts: list[int], pos: int = 0) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos)` when `starts` (in order) holds every position where a match may begin and no
    match is empty: each start is tried once, those inside a match are passed over."""
    end = pos
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            end = match.end()
            yield match


def _occurrences(text: str, part: str) -> list[int]:
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found
