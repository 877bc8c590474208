"""safety.movement's shortcuts (issue 11, speed pass 3) say what the steps they replace said.

Random texts (fixed seeds) are built from the policy's own movement, day and month phrases, cut, glued, re-cased
and mixed with digits, signs, line breaks and pictographs that are word characters ("team①": the reading blanks
"①"), and each shortcut is checked against the plain step: the lists' gates read from the reading's gate index
against each list's own Gate, and the phrases found from their first words against each list's pattern over the
whole text.
"""

from __future__ import annotations

import random
import re

import pytest

from postcheck.engine import twitter
from postcheck.engine.draft import Draft
from postcheck.engine.rules.safety._phrase_scan import Gates, Scan
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._when import calendar_date, clock, schedule
from postcheck.engine.rules.safety._words import WORD_MARK, Gate, alternation, fold_pattern, union
from postcheck.policy import load_policy

POLICY = load_policy()
MOVEMENT = POLICY.safety.movement
READER = Reader(POLICY)
GATED = [MOVEMENT.movers, MOVEMENT.self_movers, MOVEMENT.motions, MOVEMENT.routes, MOVEMENT.stations,
         MOVEMENT.itinerary_days, MOVEMENT.stays]
SCANNED = [MOVEMENT.movers, MOVEMENT.self_movers, MOVEMENT.motions, MOVEMENT.routes, MOVEMENT.stays,
           MOVEMENT.itinerary_days]
PHRASES = sorted({phrase for lexicon in [*GATED, POLICY.safety.when.days, POLICY.safety.when.months]
                  for phrase in union(lexicon)})
GLUE = ["", "", "", "s", "es", "_", "-y", "①", "⑵", "🄂", "é", "'"]
BETWEEN = [" ", " ", " ", "  ", "\n", ", ", ". ", " (", ") ", "-", "–", "’", "😀 ", "\u200d", "/"]
OTHER = ["Kabul", "at", "a", "de", "la", "on", "the", "05:30", "7am", "12/03", "3", "x", "team①", "Team", "l'", "s'"]


def _phrase(rng: random.Random) -> str:
    phrase = rng.choice(PHRASES).replace("*", rng.choice(["", "s", "ing", "ed"]))
    if rng.random() < 0.2:  # a phrase cut short or run on into a word
        phrase = phrase[:rng.randrange(1, len(phrase) + 1)] if rng.random() < 0.5 else phrase + rng.choice(GLUE)
    if rng.random() < 0.15:
        phrase = rng.choice(GLUE) + phrase
    if rng.random() < 0.1:
        phrase = phrase.upper() if rng.random() < 0.5 else phrase.capitalize()
    return phrase.replace(" ", rng.choice([" ", "  ", "\n", " \t"])) if rng.random() < 0.2 else phrase


def _text(rng: random.Random) -> str:
    parts = [_phrase(rng) if rng.random() < 0.6 else rng.choice(OTHER) for _ in range(rng.randrange(0, 14))]
    return "".join(part + rng.choice(BETWEEN) for part in parts)


def _read(text: str):
    draft = Draft(text, "twitter", "post", twitter.parse(text))
    return draft, READER.read(draft)


@pytest.mark.parametrize("seed", range(4))
def test_the_gates_open_as_each_lists_own_gate(seed: int) -> None:
    rng, gates, own = random.Random(seed), Gates(GATED), [Gate(lexicon) for lexicon in GATED]
    opened = 0
    for _ in range(3000):
        _, reading = _read(_text(rng))
        bits, prefixes = gates.open(reading)
        assert bits == sum(1 << i for i, gate in enumerate(own) if gate.open(reading)), reading.text
        assert prefixes == gates.prefixes(reading.joined_words)
        opened += bits != 0
    assert opened > 1500  # the draw opens gates often enough to mean something


@pytest.mark.parametrize("seed", range(4))
def test_the_phrases_found_from_their_first_words_are_each_lists_finditer(seed: int) -> None:
    rng, gates = random.Random(100 + seed), Gates(GATED)
    scan = Scan(SCANNED, gates.stems)
    patterns = [re.compile(alternation(lexicon)) for lexicon in SCANNED]
    found = 0
    for _ in range(3000):
        _, reading = _read(_text(rng))
        folded = reading.folded
        words = frozenset(re.findall(r"\w+", folded))  # exactly the words of folded (the rule passes a superset)
        prefixes = gates.prefixes(WORD_MARK + WORD_MARK.join(words))
        wanted = rng.randrange(1 << len(SCANNED))
        spans = scan.find(folded, words, prefixes, wanted)
        for index, pattern in enumerate(patterns):
            expected = [m.span() for m in pattern.finditer(folded)] if wanted >> index & 1 else []
            assert list(spans[index]) == expected, (index, folded)
            found += len(expected)
    assert found > 3000


@pytest.mark.parametrize("seed", range(2))
def test_the_words_said_to_be_folded_s_hold_its_words_and_a_list_said_absent_is(seed: int) -> None:
    rng, events = random.Random(200 + seed), MOVEMENT.public_events
    may, pattern = Scan([events], frozenset()), re.compile(alternation(events))
    pieces = [*union(events), *OTHER, "①", "❶", "🄂", "😀"]
    for _ in range(4000):
        text = _text(rng) + "".join(rng.choice(pieces) + rng.choice(BETWEEN) for _ in range(rng.randrange(3)))
        _, reading = _read(text)
        words = reading.folded_words
        assert words >= set(re.findall(r"\w+", reading.folded)), text
        if not may.may_hold(words):
            assert pattern.search(reading.folded) is None, text


def test_a_word_cut_by_a_blanked_pictograph_is_found_in_the_folded_text() -> None:
    _, reading = _read("The team① leaves at 05:30")
    words = reading.folded_words
    assert "team" not in reading.words and "team" in words
    gates = Gates(GATED)
    scan = Scan(SCANNED, gates.stems)
    movers = scan.find(reading.folded, words, gates.prefixes(WORD_MARK + WORD_MARK.join(words)), 1)[0]
    assert [reading.folded[a:b] for a, b in movers] == ["team"]


def test_the_schedule_tried_at_its_leads_finds_what_every_expression_finds_everywhere() -> None:
    when = POLICY.safety.when
    word_led = [fold_pattern(p) for patterns in [*MOVEMENT.rough_times.values(), *MOVEMENT.schedules.values()]
                for p in patterns]
    plain = re.compile("|".join([clock(when), alternation(when.days), calendar_date(when),
                                 *(f"(?:{expression})" for expression in word_led)]))
    fast = schedule(when, *word_led)
    rng, found = random.Random(7), 0
    times = ["05:30", "6h30", "18h", "6 am", "0600", "1430 hrs", "12/03/1988", "3 March", "March 3rd, 1990",
             "12 de marzo de 1988", "le 12 mars", "around 10", "about 7", "at 9", "vers 10 heures", "a las 6",
             "como a las 7", "de las 8", "every tue & fri", "every Mon", "tous les jeudis", "todos los lunes",
             "cada viernes", "1:2000", "12:345", "2x 3 mai", "x3 mars", "a  las\n6", "by 11", "at 5%"]
    for _ in range(6000):
        parts = [rng.choice(times) if rng.random() < 0.5 else _phrase(rng) for _ in range(rng.randrange(0, 10))]
        text = "".join(part + rng.choice(BETWEEN) for part in parts).lower()
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == expected, text
        found += len(expected)
    assert found > 10000
