"""What a post must hold for the clue reading of safety.absence (_away.Away.find) to find anything, told from the
Reading's words before any scan of the text.

`Away.find` reports a sentence only when it holds an away state, someone away elsewhere or an empty place
([safety.absence.clues], guideline section "Do's"). Those come from three sources only:
- a clue phrase of a state kind (away, away_with_span, away_with_someone, headlines, empty, closed): every word (run
  of \\w) of the phrase is then a whole word of the folded text;
- "I'm in <Place>" (_away._ELSEWHERE): one of its first words and one of its "in" words, followed by a capital;
- the first person in a named place with a range: a first-person phrase, an "in" word followed by a capital, and a
  range ([safety.absence.clues.ranges]), each of whose word sets (read with re's parser) the post meets.
A post holding none of them gets no finding from the clues, and `Need.may_find` says so with a few set look-ups
(and, for a post that only may say "in <Place>", one scan for the capital): ~2 in 3 of the labelled posts the clue
gates let through leave there. Errs on the safe side: a phrase it cannot read as words ("convoy*") makes it say yes.
"""

from __future__ import annotations

import re

from postcheck.engine.fold import fold_pattern
from postcheck.engine.rules.safety._match_words import whole_words
from postcheck.engine.rules.safety._words import union
from postcheck.policy.safety_model import AbsenceClues

# The clue kinds that can give a sentence an away state or an empty place (_away._TYPES and Away._plan)
_STATE_KINDS = ("away", "away_with_span", "away_with_someone", "headlines", "empty", "closed")
_WORD = re.compile(r"\w+")


def _phrase_words(phrases) -> tuple[dict[str, list[frozenset[str]]], bool]:
    """The phrases' words, each phrase under its longest word; and whether one cannot be read so (then any post may
    hold it)."""
    by_key: dict[str, list[frozenset[str]]] = {}
    unreadable = False
    for phrase in phrases:
        words = _WORD.findall(phrase)
        if "*" in phrase or not words:
            unreadable = True
            continue
        by_key.setdefault(max(words, key=len), []).append(frozenset(words))
    return by_key, unreadable


class Need:
    """Built once at policy load from [safety.absence.clues] and the words of _away's "in <Place>" expressions."""

    def __init__(self, clues: AbsenceClues, elsewhere_first: frozenset[str], place_words: frozenset[str],
                 in_place: re.Pattern[str]) -> None:
        """`elsewhere_first`, `place_words`: the first words and "in" words of _away._ELSEWHERE (whole words every
        match holds); `in_place`: _away._IN_PLACE (an "in" word and its spaces, the capital after checked here)."""
        self._states, self._any_state = _phrase_words(" ".join(p.split()) for kind in _STATE_KINDS
                                                      for p in union(getattr(clues, kind)))
        self._state_keys = frozenset(self._states)
        self._first_person, self._any_first_person = _phrase_words(union(clues.first_person))
        self._elsewhere_first, self._place_words, self._in_place = elsewhere_first, place_words, in_place
        # every range needs one word of each of its sets; a range read as no set ([]) may be anywhere
        self._ranges = [whole_words(fold_pattern(p)) for ps in clues.ranges.values() for p in ps]

    def may_find(self, reading, text: str, holds: bool) -> bool:
        """False when `Away.find(reading, text)` surely gives nothing; `reading` as for it, `holds`: reading.words_hold_folded."""
        words = reading.words if holds else reading.folded_words
        if self._any_state:
            return True
        states = self._states
        for key in self._state_keys.intersection(words):
            for needed in states[key]:
                if needed <= words:
                    return True
        if self._place_words.isdisjoint(words):
            return False
        if self._elsewhere_first.isdisjoint(words) and not self._first_person_range(words):
            return False
        return self._capital_after_place(reading.folded, text)

    def _first_person_range(self, words: frozenset[str]) -> bool:
        if not self._any_first_person and not any(needed <= words for key in words.intersection(self._first_person)
                                                  for needed in self._first_person[key]):
            return False
        return any(all(not options.isdisjoint(words) for options in sets) for sets in self._ranges)

    def _capital_after_place(self, folded: str, text: str) -> bool:
        """Whether an "in" word and its spaces stand before a capital of the text ("in Lagos")."""
        size = len(text)
        for match in self._in_place.finditer(folded):
            end = match.end()
            if end < size and text[end].isupper():
                return True
        return False
