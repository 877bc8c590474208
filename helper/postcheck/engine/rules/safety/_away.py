"""The clue reading of safety.absence: one pass over a post collects typed clues (an away state, an empty place,
someone, a home or office, a span of days, a silencer), and each sentence is decided from its clues together.

Clue words, span patterns and weights come from the policy's [safety.absence.clues] (guideline section "Do's").
`Away.find(reading, text)` gives (start, end) spans, one per sentence whose clues weigh at least the threshold; a span
is always needed, a past story ([safety.when.past]) or policy talk silences the sentence. Linear: one scan of the
folded text for the words, the sentences walked along with it, one scan of the spans per sentence that may say an
absence.
"""

from __future__ import annotations

import re

from postcheck.engine import regex_table
from postcheck.engine.rules._trie import trie_pattern
from postcheck.engine.rules.safety._match_words import first_words, whole_words
from postcheck.engine.rules.safety._away_need import Need
from postcheck.engine.rules.safety._regex_facts import word_or_digit_lead
from postcheck.engine.rules.safety._when import calendar_date, clock
from postcheck.engine.rules.safety._words import Gate, alternation, fold_pattern, union
from postcheck.policy.safety_model import AbsenceClues, When

_TYPES = ("silencers", "away", "away_with_span", "away_with_someone", "headlines", "empty", "closed", "someone", "homes", "spans")
# "I'm in Nairobi", "je suis à Dakar", "estoy en Caracas": first person + be + in, then a capitalised place (checked
# on the original text). Someone away elsewhere.
# Written letter first, its word start checked after it ("(?<!\w.)"): re then passes in C every character no
# phrase begins with, instead of trying a look-behind at each (the same matches: at most one phrase fits a place).
_ELSEWHERE = regex_table.compile(
    r"(?:e(?<!\w.)st(?:a(?:mos|re(?:mos|))|oy)|i(?<!\w.)(?:\s+(?:am|will\s+be)|'(?:ll\s+be|m))|j(?<!\w.)e\s+s(?:erai|uis)"
    r"|n(?<!\w.)ous\s+s(?:erons|ommes)|o(?<!\w.)n\s+est|w(?<!\w.)e(?:\s+(?:are|will\s+be)|'(?:ll\s+be|re)))"
    r"\s+(?:in|a|au|en)\s+"
)
# Its first word and its "in", each a whole word of the post: a post without both has no match, its scan is skipped.
_ELSEWHERE_FIRST = frozenset({"i", "we", "je", "nous", "on", "estoy", "estare", "estamos", "estaremos"})
_ELSEWHERE_IN = frozenset({"in", "a", "au", "en"})
# "visiting family in Lagos", "au séminaire de Lomé": in a named place (the capital checked on the original text).
_IN_PLACE = regex_table.compile(r"(?:i(?<!\w.)n|a(?<!\w.)u?|e(?<!\w.)n)\s+")  # in, a, au, en: written as _ELSEWHERE is
# After an until word, a clock time means office hours, not an absence ("until 5 pm", "hasta las 4 pm").
_CLOCK_AFTER = r"\s*(?:the\s+|las?\s+|les?\s+|a\s+|l')?"
# What may stand before a headline's state at a sentence opening ("¡Vacaciones …", "— Leave 12–26 Aug").
_OPENING = " \t\n!?¡¿.,:;-–—*\"'([•"
# Between a headline's state and its span: "Leave: 12–26 Aug", "Permiso - del 3 al 10".
_HEADLINE_GAP = regex_table.compile(r"[\s:–—-]*")
# What a clue leaves to check on the post (_plan): a headline's opening and stretch, an until word's clock time, the
# "I" of an away state opening its sentence.
_HEADLINE, _CLOCK, _OPENING_SOMEONE = "headline", "clock", "opening someone"


class Away:
    """Built once at policy load from [safety.absence.clues] and [safety.when]; `find` reads one draft."""

    def __init__(self, clues: AbsenceClues, when: When) -> None:
        self._weights = clues.weights
        self._threshold = clues.threshold
        # One trie of every clue word (the longest phrase wins at a place: "fuera de peligro" over "fuera"), and the
        # kind of each phrase (a phrase in two lists takes the first kind of _TYPES).
        self._kind: dict[str, str] = {}
        for kind in _TYPES:
            for phrase in union(getattr(clues, kind)):
                self._kind.setdefault(" ".join(phrase.split()), kind)
        self._words = regex_table.compile(alternation(list(self._kind)))
        self._someone = frozenset(union(clues.someone))
        self._first_person = frozenset(union(clues.first_person))
        self._homes = frozenset(union(clues.homes))
        self._residences = frozenset(union(clues.residences))
        self._plans: dict[str, tuple] = {}  # phrase -> _plan, made when the phrase is first met (not at start-up)
        self._figures = regex_table.compile(
            "|".join(f"(?:{fold_pattern(p)})" for ps in clues.figures.values() for p in ps))
        self._ranges = regex_table.compile(
            "|".join(f"(?:{fold_pattern(p)})" for ps in clues.ranges.values() for p in ps))
        spans = "|".join(f"(?:{fold_pattern(p)})" for ps in clues.span_patterns.values() for p in ps)
        # A span written as a stretch: "12–26 Aug", "del 15 al 30", "3 weeks".
        self._stretch = regex_table.compile(spans)
        self._any_span = f"{spans}|{alternation(when.days)}|{calendar_date(when)}"
        self._spans_pattern: re.Pattern[str] | None = None  # made on first use (_spans): ~8 ms kept off start-up
        self._clock_after = regex_table.compile(_CLOCK_AFTER + "(?:" + clock(when) + ")")
        still = set(union(clues.still_away))
        past = [word for word in union(when.past) if word not in still]
        self._past = regex_table.compile(alternation(past))
        # A post whose words hold no past word, nor a word of each figure's set, is searched for neither
        self._past_gate = Gate(past)
        figures = [whole_words(fold_pattern(p)) for ps in clues.figures.values() for p in ps]
        rarest = [max(sets, key=lambda words: (min(map(len, words)), -len(words))) for sets in figures if sets]
        self._figure_gate = Gate(sorted(set().union(*rarest))) if all(figures) else None  # "mission", "start"…
        # What a post must hold for `find` to find anything: most posts the clue gates let through hold none of it
        self.need = Need(clues, _ELSEWHERE_FIRST, _ELSEWHERE_IN, _IN_PLACE)

    @property
    def _spans(self) -> re.Pattern[str]:
        """A span of days, a day or a date ([safety.absence.clues.span_patterns], [safety.when])."""
        if self._spans_pattern is None:
            any_span = self._any_span
            # Each begins with a digit or at a word start: a lead saying so lets re pass the inside of words at once.
            lead = word_or_digit_lead(any_span)
            # Better: a word start only before a word some match may begin with ("from", "the", "du", a day, a
            # month): re then tries the dozen alternatives at a few words of a sentence, not at each (same matches).
            words = first_words(any_span) if lead else None
            if words is not None:
                lead = r"(?:(?=\d)|(?<!\w)(?=" + trie_pattern(sorted(words)) + r"(?!\w)))" if words else r"(?=\d)"
            self._spans_pattern = regex_table.compile(f"{lead}(?:{any_span})")
        return self._spans_pattern

    def silenced(self, folded: str, sentence: tuple[int, int]) -> bool:
        """Whether the sentence is policy talk or a figure ("fuera de peligro"): the patterns' hits obey it too."""
        return any(self._kind_of(m) == "silencers" for m in self._words.finditer(folded, *sentence))

    def _kind_of(self, match: re.Match[str]) -> str | None:
        return self._kind.get(" ".join(match.group().split()))

    @staticmethod
    def _in_place(folded: str, text: str, sentence: tuple[int, int]) -> int | None:
        """Where the sentence says someone is in a named place ("in Lagos"), or None."""
        for match in _IN_PLACE.finditer(folded, *sentence):
            if match.end() < len(text) and text[match.end()].isupper():
                return match.start()
        return None

    @staticmethod
    def _empty_next(reading, folded: str, sentence: tuple[int, int], score: dict) -> bool:
        """Whether the sentence right after `sentence` says nobody is there ("Personne sur place")."""
        if sentence[1] >= len(folded):
            return False
        entry = score.get(reading.sentence_at(sentence[1]))
        return entry is not None and "empty" in entry[0] and "silenced" not in entry[0]

    def _span_after(self, reading, folded: str, sentence: tuple[int, int], score: dict) -> list[tuple[int, int]]:
        """The spans of the sentence right after `sentence`, unless it is silenced or over."""
        if sentence[1] >= len(folded):
            return []
        following = reading.sentence_at(sentence[1])
        entry = score.get(following)
        if following[0] != sentence[1] or (entry and "silenced" in entry[0]):
            return []
        if self._past.search(folded, *following):
            return []
        words = [(a, b) for a, b in (entry[4] if entry else []) if not self._clock_after.match(folded, b)]
        return words + [m.span() for m in self._spans.finditer(folded, *following)]

    def _plan(self, kind: str, phrase: str) -> tuple:
        """What a clue adds to its sentence, decided at build: (check, kinds and weights, who, when, extends, fresh,
        opening) where check is what is left to read on the post (_HEADLINE, _CLOCK, _OPENING_SOMEONE or None), who
        says the clue is someone (its start is kept), when that it is an until word (its span is kept), extends that
        the clue widens the sentence's span (all kinds but silenced, someone and home), fresh the kinds of a sentence
        it is the first clue of, opening the plan of an away state opening its sentence (its "I" added)."""
        w = self._weights
        check, added = None, []
        if kind in ("away", "away_with_span"):
            added = [("away", w.away)] + ([("span", w.span)] if kind == "away_with_span" else [])
        elif kind == "away_with_someone":  # "i'm off": the someone is in the phrase; "Away 10-24 Nov" opening it: "I"
            added = [("weak", w.away_with_someone)]
            if phrase.split()[0] in self._someone:
                added.append(("someone", w.someone))
            else:
                check = _OPENING_SOMEONE
        elif kind == "headlines":  # "Leave 12–26 Aug": a state opening a sentence, its stretch right after
            check, added = _HEADLINE, [("away", w.away)]
        elif kind == "empty":  # "personne au bureau": the place is in it
            added = [("empty", w.empty)] + ([("home", w.home)] if not self._homes.isdisjoint(phrase.split()) else [])
        elif kind == "closed":
            added = [("closed", w.empty)]
        elif kind == "someone":
            added = [("someone", w.someone)] + ([("first_person", 0)] if phrase in self._first_person else [])
        elif kind == "homes":
            added = [("home", w.home)] + ([("residence", 0)] if phrase in self._residences else [])
        elif kind == "silencers":
            added = [("silenced", 1)]
        else:  # an until word not followed by a clock time
            check, added = _CLOCK, [("span", w.span)]
        # "Away 10-24 Nov" opening its sentence: the same clue with its "I"
        opening = self._planned(None, [*added, ("someone", w.someone)], None) if check is _OPENING_SOMEONE else None
        return self._planned(check, added, opening)

    @staticmethod
    def _planned(check: str | None, added: list[tuple[str, int]], opening: tuple | None) -> tuple:
        kinds = {kind for kind, _ in added}
        fresh = {kind: max(0, weight) for kind, weight in added}  # the kinds of a sentence it is the first clue of
        return (check, tuple(added), "someone" in kinds, "span" in kinds, not kinds <= {"silenced", "someone", "home"},
                fresh, opening)

    def find(self, reading, text: str, holds: bool | None = None) -> list[tuple[int, int]]:
        """(start, end) offsets in `text` of each absence, one per sentence, sorted. `reading`: the draft's Reading
        (folded text and sentences, offset for offset with `text`); `holds`: its words_hold_folded, when known."""
        folded = reading.folded
        w = self._weights
        # sentence -> [weight by kind, start, end of the state and its when, subjects' starts, until words' spans]
        score: dict[tuple[int, int], list] = {}
        plans = self._plans
        sentences = reading.sentences
        index, sentence = -1, (0, 0)
        # One scan; each clue's sentence found by walking the sentences along (the clues come in order)
        for match in self._words.finditer(folded):
            phrase = match.group()
            plan = plans.get(phrase)
            if plan is None:
                phrase = " ".join(phrase.split())
                plan = plans.get(phrase) or plans.setdefault(phrase, self._plan(self._kind[phrase], phrase))
            start, end = match.span()
            while start >= sentence[1]:
                index += 1
                sentence = sentences[index]
            check = plan[0]
            if check is not None:
                if check is _CLOCK:
                    if self._clock_after.match(folded, end):
                        continue
                elif not (folded[sentence[0]:start].strip(_OPENING)):  # the clue opens its sentence
                    if check is _HEADLINE:
                        if not self._stretch.match(folded, _HEADLINE_GAP.match(folded, end).end()):
                            continue
                    else:
                        plan = plan[6]  # _OPENING_SOMEONE: with its "I"
                elif check is _HEADLINE:
                    continue
            _, added, who, when, extends, fresh, _ = plan
            entry = score.get(sentence)
            if entry is None:  # the first clue of its sentence
                score[sentence] = [fresh.copy(), start, end, [start] if who else [], [(start, end)] if when else []]
                continue
            kinds = entry[0]
            for kind, weight in added:
                kinds[kind] = max(kinds.get(kind, 0), weight)
            if who:
                entry[3].append(start)
            if when:
                entry[4].append((start, end))
            if extends:  # the span shows the state and its when
                if start < entry[1]:
                    entry[1] = start
                if end > entry[2]:
                    entry[2] = end

        def add(kind: str, weight: int, start: int, end: int) -> None:
            sentence = reading.sentence_at(start)
            entry = score.get(sentence)
            if entry is None:
                entry = score[sentence] = [{}, start, end, [], []]
            entry[0][kind] = max(entry[0].get(kind, 0), weight)
            if kind == "someone":
                entry[3].append(start)
            if kind != "someone":  # weak: the span shows the state and its when
                entry[1], entry[2] = min(entry[1], start), max(entry[2], end)

        if not score:
            return []
        words = reading.words
        elsewhere = () if _ELSEWHERE_FIRST.isdisjoint(words) or _ELSEWHERE_IN.isdisjoint(words) else \
            _ELSEWHERE.finditer(folded)
        for match in elsewhere:
            if match.end() < len(text) and text[match.end()].isupper():
                add("weak", w.away_with_someone, match.start(), match.end())
                add("someone", w.someone, match.start(), match.end())
        found = []
        maybe_past = maybe_figure = None  # read on the words once, when a sentence comes to it
        for sentence, (kinds, start, end, subjects, _) in score.items():
            # Only a sentence with an away state, an empty or closed place or the first person may say an absence;
            # a silenced one says none (what it holds is read by no other sentence: _empty_next and _span_after
            # look at its silencer first).
            if "silenced" in kinds or not ("away" in kinds or "weak" in kinds or "empty" in kinds
                                           or "closed" in kinds or "first_person" in kinds):
                continue
            if "closed" in kinds:  # a closed home is an empty one; a closed office is a public notice
                closed = kinds.pop("closed")
                if "residence" in kinds or ("home" in kinds and self._empty_next(reading, folded, sentence, score)):
                    kinds["empty"] = max(kinds.get("empty", 0), closed)
            kinds.pop("residence", None)
            first_person = kinds.pop("first_person", None) is not None
            if first_person and not ("away" in kinds or "weak" in kinds or "empty" in kinds):
                place = self._in_place(folded, text, sentence)
                if place is not None and any(not self._clock_after.match(folded, r.end())
                                             for r in self._ranges.finditer(folded, *sentence)):
                    kinds["weak"] = w.away_with_someone
                    start, end = min(start, place), max(end, place)
            if not ("away" in kinds or "weak" in kinds or "empty" in kinds):
                continue
            # The weight first, then the past and figures, then the spans (a scan ~3x dearer): none changes anything,
            # any of them may end the sentence's reading.
            total = w.span + sum(kinds.values()) - kinds.get("span", 0)
            if "weak" in kinds and "someone" not in kinds:
                total -= kinds["weak"]  # "away" with nobody away says nothing
            if "away" in kinds and "weak" in kinds:
                total -= kinds["weak"]  # one away state counts once
            if total < self._threshold:
                continue
            if maybe_past is None:
                folded_words = reading.words_hold_folded if holds is None else holds
                maybe_past = not folded_words or self._past_gate.open(reading)
                maybe_figure = not folded_words or self._figure_gate is None or self._figure_gate.open(reading)
            if (maybe_past and self._past.search(folded, *sentence)) or (
                    maybe_figure and self._figures.search(folded, *sentence)):
                continue
            spans = [m.span() for m in self._spans.finditer(folded, *sentence)]
            if "span" not in kinds and not spans:
                # "Vacation time!!! Back on the 15th": the state's span may open the next sentence
                spans = self._span_after(reading, folded, sentence, score)
                if not spans:
                    continue
            for a, b in spans:
                start, end = min(start, a), max(end, b)
            # the one who is away, written right before the state, is underlined with it ("Estaré de vacaciones")
            start = min([start, *(s for s in subjects if 0 < start - s <= 12 and " " not in folded[s:start].strip())])
            found.append((start, end))
        return sorted(found)
