"""The clue reading of safety.absence: one pass over a post collects typed clues (an away state, an empty place,
someone, a home or office, a span of days, a silencer), and each sentence is decided from its clues together.

Clue words, span patterns and weights come from the policy's [safety.absence.clues] (guideline section "Do's").
`Away.find(reading, text)` gives (start, end) spans, one per sentence whose clues weigh at least the threshold; a span
is always needed, a past story ([safety.when.past]) or policy talk silences the sentence. Linear: one scan of the
folded text for the words, one for the spans, one bisection per clue to find its sentence.
"""

from __future__ import annotations

import re

from postcheck.engine.rules.safety._regex_facts import word_or_digit_lead
from postcheck.engine.rules.safety._when import calendar_date, clock
from postcheck.engine.rules.safety._words import alternation, fold_pattern, union
from postcheck.policy.safety_model import AbsenceClues, When

_TYPES = ("silencers", "away", "away_with_span", "away_with_someone", "headlines", "empty", "closed", "someone", "homes", "spans")
# "I'm in Nairobi", "je suis à Dakar", "estoy en Caracas": first person + be + in, then a capitalised place (checked
# on the original text). Someone away elsewhere.
_ELSEWHERE = re.compile(
    r"(?<!\w)(?:i'm|i\s+am|i'll\s+be|i\s+will\s+be|we're|we\s+are|we'll\s+be|we\s+will\s+be|je\s+suis|je\s+serai"
    r"|nous\s+sommes|nous\s+serons|on\s+est|estoy|estare|estamos|estaremos)\s+(?:in|a|au|en)\s+"
)
# Its first word and its "in", each a whole word of the post: a post without both has no match, its scan is skipped.
_ELSEWHERE_FIRST = frozenset({"i", "we", "je", "nous", "on", "estoy", "estare", "estamos", "estaremos"})
_ELSEWHERE_IN = frozenset({"in", "a", "au", "en"})
# "visiting family in Lagos", "au séminaire de Lomé": in a named place (the capital checked on the original text).
_IN_PLACE = re.compile(r"(?<!\w)(?:in|a|au|en)\s+")
# After an until word, a clock time means office hours, not an absence ("until 5 pm", "hasta las 4 pm").
_CLOCK_AFTER = r"\s*(?:the\s+|las?\s+|les?\s+|a\s+|l')?"
# What may stand before a headline's state at a sentence opening ("¡Vacaciones …", "— Leave 12–26 Aug").
_OPENING = " \t\n!?¡¿.,:;-–—*\"'([•"
# Between a headline's state and its span: "Leave: 12–26 Aug", "Permiso - del 3 al 10".
_HEADLINE_GAP = re.compile(r"[\s:–—-]*")


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
        self._words = re.compile(alternation(list(self._kind)))
        self._someone = frozenset(union(clues.someone))
        self._first_person = frozenset(union(clues.first_person))
        self._homes = frozenset(union(clues.homes))
        self._residences = frozenset(union(clues.residences))
        self._figures = re.compile("|".join(f"(?:{fold_pattern(p)})" for ps in clues.figures.values() for p in ps))
        self._ranges = re.compile("|".join(f"(?:{fold_pattern(p)})" for ps in clues.ranges.values() for p in ps))
        spans = "|".join(f"(?:{fold_pattern(p)})" for ps in clues.span_patterns.values() for p in ps)
        self._stretch = re.compile(spans)  # a span written as a stretch: "12–26 Aug", "del 15 al 30", "3 weeks"
        # Each begins with a digit or at a word start: a lead saying so lets re pass the inside of words at once.
        any_span = f"{spans}|{alternation(when.days)}|{calendar_date(when)}"
        self._spans = re.compile(f"{word_or_digit_lead(any_span)}(?:{any_span})")
        self._clock_after = re.compile(_CLOCK_AFTER + "(?:" + clock(when) + ")")
        still = set(union(clues.still_away))
        self._past = re.compile(alternation([word for word in union(when.past) if word not in still]))

    def silenced(self, folded: str, sentence: tuple[int, int]) -> bool:
        """Whether the sentence is policy talk or a figure ("fuera de peligro"): the patterns' hits obey it too."""
        return any(self._kind_of(m) == "silencers" for m in self._words.finditer(folded, *sentence))

    @staticmethod
    def _opens(reading, folded: str, start: int) -> bool:
        """Whether a clue opens its sentence (a headline: "Away 10-24 Nov", "¡Vacaciones del …")."""
        return not folded[reading.sentence_at(start)[0]:start].strip(_OPENING)

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

    def find(self, reading, text: str) -> list[tuple[int, int]]:
        """(start, end) offsets in `text` of each absence, one per sentence, sorted. `reading`: the draft's Reading
        (folded text and sentences, offset for offset with `text`)."""
        folded = reading.folded
        w = self._weights
        # sentence -> [weight by kind, start, end of the state and its when, subjects' starts, until words' spans]
        score: dict[tuple[int, int], list] = {}

        def add(kind: str, weight: int, start: int, end: int) -> None:
            sentence = reading.sentence_at(start)
            entry = score.get(sentence)
            if entry is None:
                entry = score[sentence] = [{}, start, end, [], []]
            entry[0][kind] = max(entry[0].get(kind, 0), weight)
            if kind == "someone":
                entry[3].append(start)
            elif kind == "span":
                entry[4].append((start, end))
            if kind not in ("silenced", "someone", "home"):  # the span shows the state and its when
                entry[1], entry[2] = min(entry[1], start), max(entry[2], end)

        for match in self._words.finditer(folded):
            kind, start, end = self._kind_of(match), match.start(), match.end()
            if kind == "away":
                add("away", w.away, start, end)
            elif kind == "away_with_span":  # "till I'm back": the state and its span in one phrase
                add("away", w.away, start, end)
                add("span", w.span, start, end)
            elif kind == "away_with_someone":
                add("weak", w.away_with_someone, start, end)
                # "i'm off": the someone is in the phrase; "Away 10-24 Nov" opening a sentence: a headline's "I"
                if match.group().split()[0] in self._someone or self._opens(reading, folded, start):
                    add("someone", w.someone, start, end)
            elif kind == "headlines":  # "Leave 12–26 Aug": a state opening a sentence, its stretch right after
                if self._opens(reading, folded, start) and self._stretch.match(
                        folded, _HEADLINE_GAP.match(folded, end).end()):
                    add("away", w.away, start, end)
            elif kind == "empty":
                add("empty", w.empty, start, end)
                if not self._homes.isdisjoint(match.group().split()):  # "personne au bureau": the place is in it
                    add("home", w.home, start, end)
            elif kind == "closed":
                add("closed", w.empty, start, end)
            elif kind == "someone":
                add("someone", w.someone, start, end)
                if match.group() in self._first_person:
                    add("first_person", 0, start, end)
            elif kind == "homes":
                add("home", w.home, start, end)
                if match.group() in self._residences:
                    add("residence", 0, start, end)
            elif kind == "silencers":
                add("silenced", 1, start, end)
            elif not self._clock_after.match(folded, end):  # an until word not followed by a clock time
                add("span", w.span, start, end)
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
        for sentence, (kinds, start, end, subjects, _) in score.items():
            if "closed" in kinds:  # a closed home is an empty one; a closed office is a public notice
                closed = kinds.pop("closed")
                if "residence" in kinds or ("home" in kinds and self._empty_next(reading, folded, sentence, score)):
                    kinds["empty"] = max(kinds.get("empty", 0), closed)
            kinds.pop("residence", None)
            if "silenced" in kinds:
                continue
            first_person = kinds.pop("first_person", None) is not None
            if first_person and not (kinds.keys() & {"away", "weak", "empty"}):
                place = self._in_place(folded, text, sentence)
                if place is not None and any(not self._clock_after.match(folded, r.end())
                                             for r in self._ranges.finditer(folded, *sentence)):
                    kinds["weak"] = w.away_with_someone
                    start, end = min(start, place), max(end, place)
            if not (kinds.keys() & {"away", "weak", "empty"}):
                continue
            spans = [m.span() for m in self._spans.finditer(folded, *sentence)]
            if "span" not in kinds and not spans:
                # "Vacation time!!! Back on the 15th": the state's span may open the next sentence
                spans = self._span_after(reading, folded, sentence, score)
                if not spans:
                    continue
            if self._past.search(folded, *sentence) or self._figures.search(folded, *sentence):
                continue
            total = w.span + sum(v for k, v in kinds.items() if k != "span")
            if "weak" in kinds and "someone" not in kinds:
                total -= kinds["weak"]  # "away" with nobody away says nothing
            if "away" in kinds and "weak" in kinds:
                total -= kinds["weak"]  # one away state counts once
            if total < self._threshold:
                continue
            for a, b in spans:
                start, end = min(start, a), max(end, b)
            # the one who is away, written right before the state, is underlined with it ("Estaré de vacaciones")
            start = min([start, *(s for s in subjects if 0 < start - s <= 12 and " " not in folded[s:start].strip())])
            found.append((start, end))
        return sorted(found)
