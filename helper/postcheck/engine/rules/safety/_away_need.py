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
gates let through leave there. Errs on the safe side: a "convoy*" word is not required of a phrase (_words.Phrases).
"""

from __future__ import annotations

import re

from postcheck.engine.fold import fold_pattern
from postcheck.engine.rules.safety._match_words import whole_words
from postcheck.engine.rules.safety._words import Phrases, union
from postcheck.policy.safety_model import AbsenceClues

# The clue kinds that can give a sentence an away state or an empty place (_away._TYPES and Away._plan)
_STATE_KINDS = ("away", "away_with_span", "away_with_someone", "headlines", "empty", "closed")


class Need:
    """Built once at policy load from [safety.absence.clues] and the words of _away's "in <Place>" expressions."""

    def __init__(self, clues: AbsenceClues, elsewhere_first: frozenset[str], place_words: frozenset[str],
                 in_place: re.Pattern[str]) -> None:
        """`elsewhere_first`, `place_words`: the first words and "in" words of _away._ELSEWHERE (whole words every
        match holds); `in_place`: _away._IN_PLACE (an "in" word and its spaces, the capital after checked here)."""
        self._states = Phrases([phrase for kind in _STATE_KINDS for phrase in union(getattr(clues, kind))])
        self._first_person = Phrases(clues.first_person)
        self._elsewhere_first, self._place_words, self._in_place = elsewhere_first, place_words, in_place
        # every range needs one word of each of its sets; a range read as no set ([]) may be anywhere
        self._ranges = [whole_words(fold_pattern(p)) for ps in clues.ranges.values() for p in ps]

    def may_find(self, reading, text: str, holds: bool) -> bool:
        """False when `Away.find(reading, text)` surely gives nothing; `reading` as for it, `holds`: reading.words_hold_folded."""
        words = reading.words if holds else reading.folded_words
        if self._states.may_occur(words):
            return True
        if self._place_words.isdisjoint(words):
            return False
        if self._elsewhere_first.isdisjoint(words) and not self._first_person_range(words):
            return False
        return self._capital_after_place(reading.folded, text)

    def _first_person_range(self, words: frozenset[str]) -> bool:
        if not self._first_person.may_occur(words):
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
