"""Which posts may hold a phrase of a word list, said from their words alone, before a pattern searches them:
safety.movement asks it before it searches a sentence for the past ([safety.when.past]) or a clock time."""

from __future__ import annotations

import re

from postcheck.engine.rules.safety._words import _FUNCTION_WORDS, WORD_MARK, union
from postcheck.policy.safety_model import Lexicon

# A phrase's words, a "*" ending one ("in 19*": "19" begins a word).
_PHRASE_WORD = re.compile(r"\w+\*?")


class PhraseGate:
    """Shut (`may_hold` False) for a text none of whose words could begin a match of the list's pattern
    (`alternation(lexicon)`), which then finds nothing anywhere in it.

    Every word of a phrase is a whole word of any text it matches ("remember*": a word that begins so), so each
    phrase needs one of its words there, its rarest: a whole word that is not a function word, looked up in the
    text's set of words, else a stem ("19" of "in 19*") looked for at a word's start in the joined words (one C-level
    substring test each), else a function word."""

    __slots__ = ("_always", "_keys", "_stems")

    def __init__(self, lexicon: Lexicon) -> None:
        keys, stems, always = set(), set(), False
        for phrase in union(lexicon):
            words = _PHRASE_WORD.findall(phrase)
            if not words:  # a phrase of signs only: any text may hold it
                always = True
                continue
            # the rarest: a word that is not a function word, else a stem ("19" in "in 19*"), the longest
            key = max(words, key=lambda word: (0 if word in _FUNCTION_WORDS else 1 if word.endswith("*") else 2,
                                               len(word)))
            if key.endswith("*"):
                stems.add(WORD_MARK + key[:-1])
            else:
                keys.add(key)
        self._keys = frozenset(keys)
        self._stems = tuple(sorted(stems))
        self._always = always

    def may_hold(self, words: frozenset[str], joined: str) -> bool:
        """`words`: every word of the text (more do no harm); `joined`: each of `words` after WORD_MARK. False only
        when the list's pattern matches nowhere in the text."""
        if self._always or not self._keys.isdisjoint(words):
            return True
        for stem in self._stems:
            if stem in joined:
                return True
        return False
