"""Telling the world that someone is away: leave, holidays, out of office, away from the duty station, an empty house.

What it flags: a sentence whose clues say together that someone is away for a span (_away.py, words and weights in
[safety.absence.clues]): an away state ("on leave", "R&R", "en congé", "de vacaciones"; "away", "fuera", "off to"
when someone is named), an empty place ("the house will be empty", "nobody there except the guard", "la casa queda
sola", a home "restera fermée"), someone in a named place in the first person ("I'm in Addis 4-11 March"), always
with a span (until, back on, a date, a day, from … to, jusqu'au, hasta, for two weeks). Past stories, policy talk,
public holidays and invitations silence a sentence. The older patterns ([safety.absence.patterns]) still run for what
the clues miss (a trip with its return: "Je pars demain pour trois semaines"); their spans are kept where they match.
Why: Do's: "To guard against burglaries, do not post information on when you are travelling or away from your duty
post."
Example: "Off on annual leave from Monday, the house will be empty for two weeks!"
Instead: share holiday pictures after you are back.
"""

from __future__ import annotations

import re

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft, Hit
from postcheck.engine.fold import fold_pattern
from postcheck.engine.rules.safety._away import Away
from postcheck.engine.rules.safety._letter_first import letter_first, union_of
from postcheck.engine.rules.safety._match_words import whole_words
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import Gate, KeyedUnion, union, whole_words_end
from postcheck.policy import Policy

SEVERITY = "warning"
# Until words, and the first person's "be" that comes before a named place ("estaré en Bogotá del 10 al 20")
_RANGE_WORDS = ("until", "till", "til", "jusqu", "hasta", "estoy", "estare", "estamos", "estaremos", "suis", "serai",
                "sommes", "serons")
GUIDELINE = "Do's"
_SINGLE_WORD = regex_table.compile(r"\w+")
_KEPT_ANSWERS, _KEPT_UNIONS = 4096, 256  # answers and unions kept by the sets a post holds (then cleared)


class Patterns:
    """[safety.absence.patterns] scanned on a post with only the expressions its words let match.

    Read with re's parser, each expression needs one word of each of a few sets ("on annual leave … until": "on",
    one of "leave", "holiday", "holidays", "vacation", "r", "mission", and one of "until", "till", "back", "away",
    "returning"). An expression whose sets the post's words (the Reading's) do not all meet matches nowhere in it:
    the union of the others gives the same matches as regex_union(patterns), and a post where none is left is not
    scanned (3 in 4 of the posts the triggers let through; a scan of the whole union costs ~8 µs, the test ~0.5)."""

    def __init__(self, patterns) -> None:
        self._patterns = [p for ps in patterns.values() for p in ps]
        # each expression folded, and letter first when it opens with \b and a letter (_letter_first): written when a
        # union first needs it (~2 ms of parsing and compiling kept off start-up)
        self._folded = [fold_pattern(p) for p in self._patterns]
        self._letter_first: dict[int, str | None] = {}
        self._union: KeyedUnion | None = None  # made when a post's words are not all its folded text's (rare)
        self._lexicon = patterns
        needed = [whole_words(fold_pattern(p)) for p in self._patterns]
        # one bit per (expression, set); each word gives the bits of the sets holding it
        self._bits: dict[str, int] = {}
        self._needed: list[int] = []
        bit = 1
        for sets in needed:
            self._needed.append(0)
            for words in sets:
                for word in words:
                    self._bits[word] = self._bits.get(word, 0) | bit
                self._needed[-1] |= bit
                bit <<= 1
        self._words = frozenset(self._bits)
        # kept (bounded) by the sets a post holds: the expressions it may match; by those, their union
        self._possible: dict[int, tuple[int, ...]] = {}
        self._unions: dict[tuple[int, ...], re.Pattern[str]] = {}

    def finditer(self, reading, holds: bool | None = None):
        """The matches of regex_union(patterns) in `reading.folded`, left to right; `holds`: reading.words_hold_folded,
        when known."""
        present, bits = 0, self._bits
        for word in self._words.intersection(reading.words):
            present |= bits[word]
        possible = self._possible.get(present)
        if possible is None:
            if len(self._possible) >= _KEPT_ANSWERS:
                self._possible.clear()
            possible = self._possible[present] = tuple(
                index for index, needed in enumerate(self._needed) if present & needed == needed)
        if not (reading.words_hold_folded if holds is None else holds):
            if self._union is None:
                self._union = KeyedUnion(self._lexicon)
            return self._union.finditer(reading.folded)
        if not possible:
            return ()
        union_ = self._unions.get(possible)
        if union_ is None:
            if len(self._unions) >= _KEPT_UNIONS:
                self._unions.clear()
            written = self._letter_first
            for index in possible:
                if index not in written:
                    written[index] = letter_first(self._folded[index])
            union_ = self._unions[possible] = union_of([self._folded[index] for index in possible],
                                                      [written[index] for index in possible])
        return union_.finditer(reading.folded)


class _AnyWord:
    """Whether a post's words hold one of `words` (a gate cannot say it for a phrase: it tests one word of it)."""

    def __init__(self, words: list[str]) -> None:
        self._words = frozenset(words)

    def open(self, reading) -> bool:
        return not self._words.isdisjoint(reading.words)


def _any_word(words: list[str]) -> Gate | _AnyWord:
    """A gate (one bit of the Reading's index) when every one of `words` is a single word, as in the policy today."""
    return Gate(words) if all(_SINGLE_WORD.fullmatch(word) for word in words) else _AnyWord(words)


def build(policy: Policy):
    reader = Reader(policy)
    away = Patterns(policy.safety.absence.patterns)  # the union of the patterns a post may match
    triggers = union(policy.safety.absence.triggers)
    clues = policy.safety.absence.clues
    clue_words = [*union(clues.away), *union(clues.away_with_span), *union(clues.away_with_someone),
                  *union(clues.headlines), *union(clues.empty)]
    # Gates test one bit of the Reading's index each: the patterns' triggers, the clue words (most posts hold none of
    # them, nor a range, and are passed after three bits)
    trigger_gate, clue_gate = _any_word(triggers), Gate(clue_words)
    # someone in a named place needs a range: its until words or a month ("I'm in Addis 4-11 March")
    range_gate = Gate([*_RANGE_WORDS, *union(policy.safety.when.months)])
    first_person = _any_word(sorted({w for phrase in union(clues.first_person) for w in phrase.split("'")}))
    reading_of_clues = Away(clues, policy.safety.when)
    message = ("This says when someone is away: an empty home or an absent staff member is an invitation to burglars "
               "and a security risk.")
    hint = "Do not announce absences or travel; post about the trip once you are back."

    def check(draft: Draft) -> list[Hit] | tuple[()]:
        reading = reader.read(draft)
        by_patterns, by_clues = trigger_gate.open(reading), clue_gate.open(reading)
        if not (by_patterns or by_clues or range_gate.open(reading)):
            return ()
        by_clues = by_clues or (first_person.open(reading) and range_gate.open(reading))
        if not (by_patterns or by_clues):
            return ()
        folded = reading.folded
        holds = reading.words_hold_folded  # whether the post's words are its folded text's (word tests are exact)
        hits: list[tuple[int, int]] = []
        told: set[tuple[int, int]] = set()  # sentences the clues already reported
        quiet: set[tuple[int, int]] = set()  # sentences silenced (policy talk, figures)
        if by_clues and reading_of_clues.need.may_find(reading, draft.text, holds):  # most hold no clue of a state
            for start, end in reading_of_clues.find(reading, draft.text, holds):
                told.add(reading.sentence_at(start))
                hits.append((start, end))
        if by_patterns:  # the patterns, for sentences the clues missed
            for match in away.finditer(reading, holds):
                sentence = reading.sentence_at(match.start())
                if sentence in told or sentence in quiet:
                    continue
                if reading_of_clues.silenced(folded, sentence):  # read once per sentence
                    quiet.add(sentence)
                    continue
                told.add(sentence)
                hits.append((match.start(), match.end()))
        return [Hit(start, whole_words_end(folded, start, end), message, hint) for start, end in sorted(hits)]

    return check
