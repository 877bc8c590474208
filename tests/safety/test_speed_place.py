"""The shortcuts of the place and personal safety rules (address, birthdate, staff identity, vehicle) never change an
answer (issue 11, speed pass 3): each is checked against the step it saves, on random texts (fixed seeds) and on the
corpus posts and crisis tweets."""

from __future__ import annotations

import random
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from postcheck.engine import twitter
from postcheck.engine.draft import Draft
from postcheck.engine.fold import fold
from postcheck.engine.rules.safety import address, birthdate, staff_identity, vehicle
from postcheck.engine.rules.safety._anchors import may_match_before
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import Gate, regex_union, union, word_pattern
from postcheck.policy import load_policy

from tests.safety.corpus import load

POLICY = load_policy()
READER = Reader(POLICY)
ADDRESS = POLICY.safety.address
CRISIS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "crisislex-t26-tweets.txt"


def _read(text: str):
    draft = Draft(text, "twitter", "post", twitter.parse(text))
    return draft, READER.read(draft)


def _posts() -> list[str]:
    return [post.text for post in load()] + CRISIS.read_text(encoding="utf-8").splitlines()[:1500]


# may_match_before: the gate of a word list on the words of folded, unless the end of the stretch cuts a word.
HAZARDS = [*union(ADDRESS.hazards), *union(ADDRESS.history)]
PIECES = st.sampled_from([
    "fire", "on fire", "fires", "firewood", "burning", "burnt", "flooded", "lived", "used to live", "grew up", "house",
    "was born in", "incendie", "inondée", "vivía", "①", "❶", "😀", "🏝️", "convoy of hope", " ", "\n", ".", ",", "x",
    "é", "_", "-",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=20).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_a_shut_hazard_gate_means_no_hazard_before_any_end(text: str) -> None:
    draft, reading = _read(text)
    pattern, gate = word_pattern(HAZARDS), Gate(HAZARDS)
    folded = reading.folded
    for hi in range(len(folded) + 1):
        if pattern.search(folded, 0, hi) is not None:
            assert may_match_before(gate, draft, reading, hi), hi


def test_a_word_cut_by_the_end_of_the_stretch_may_end_a_match() -> None:
    draft, reading = _read("the firewood is dry")
    gate = Gate(["fire"])
    assert word_pattern(["fire"]).search(reading.folded, 0, 8) is not None  # "fire|wood"
    assert may_match_before(gate, draft, reading, 8)
    assert not may_match_before(gate, draft, reading, len(reading.folded))


# The description union of safety.address, cut to the expressions whose strings the post holds.
def test_the_narrowed_description_union_finds_what_the_whole_union_finds() -> None:
    whole, narrowed = regex_union(ADDRESS.descriptions), address._Narrowed(ADDRESS.descriptions)
    made_up = ["we live right behind the blue mosque", "j'habite juste derrière le marché", "my home is next to",
               "mi casa queda frente a la iglesia", "vivimos al lado de la escuela", "notre maison est en face du",
               "they stay in the white house near", "sa résidence se trouve au coin", ""]
    found = 0
    for text in [*map(fold, _posts()), *made_up]:
        expected = [m.span() for m in whole.finditer(text)]
        assert [m.span() for m in narrowed.finditer(text)] == expected, text
        found += len(expected)
    assert found >= 10  # the texts do reach the expressions (12 matches)


# safety.vehicle: one gate over the plate cues and the vehicles' names says what the two gates and the "toyota*"
# pre-test said.
def test_one_vehicle_gate_opens_as_the_cue_gate_or_the_name_gate() -> None:
    settings_ = POLICY.safety.vehicle
    both = Gate([*union(settings_.plate_cues), *union(settings_.vehicles)])
    cues, names = Gate(settings_.plate_cues), Gate(settings_.vehicles)
    made_up = ["Toyotas everywhere", "a landcruiser200", "the Land Cruisers", "Nissans", "plate", "no car", "cruiser"]
    opened = 0
    for text in [*_posts(), *made_up]:
        _, reading = _read(text)
        assert both.open(reading) == (cues.open(reading) or names.open(reading)), text
        opened += both.open(reading)
    assert opened > 100


def test_the_capitals_and_digit_search_answers_as_the_four_alternatives() -> None:
    other = r"(?![a-zA-Z\u00c0-\u024f\u1e00-\u1eff])[^\W\d_]"
    plain = re.compile(rf"[A-Z]{{2}}[ -]?\d|\d[ -]?[A-Z]{{2}}|{other}[ -]?\d|\d[ -]?{other}")
    rng = random.Random(5)
    alphabet = ["a", "A", "Z", "É", "é", "Ω", "ω", "أ", "ฒ", "ท", "1", "9", " ", "-", "_", "\n", ".", "Ä", "ß", "Ǆ"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))) for _ in range(60000)]
    for text in [*texts, *_posts()]:
        assert (vehicle._CAPITAL_AND_DIGIT.search(text) is None) == (plain.search(text) is None), text


def test_the_staff_name_pattern_finds_what_the_lookahead_first_one_found() -> None:
    lookahead_first = re.compile(
        r"(?=[A-ZÀ-ÖØ-Þ@])"
        r"(?:(?<![\w@#])[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+"
        r"(?:\s+(?:(?:al|el|ad|ibn|bin|bint|ben|abu|de|del|de\s+la|da|das|dos|van|von|le|la)(?:-|\s+))?"
        r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+){0,3}"
        r"|(?<![\w@])@[A-Za-z0-9_][\w.]*\w)")
    rng = random.Random(2)
    pieces = ["Ahmad", "Noori", " ", "  ", "al-", "de la ", "de ", "bin ", "@", "@musa_k", "x", "É", "é", "#", "_",
              ".", "-", "'", "’", "Jean-Paul", "MARIA", "o", "A", "\n", "1"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(20000)]
    for text in [*texts, *_posts()]:
        for lo in range(0, len(text) + 1, 7):
            hi = rng.randint(lo, len(text))
            expected = [m.span() for m in lookahead_first.finditer(text, lo, hi)]
            assert [m.span() for m in staff_identity._NAME.finditer(text, lo, hi)] == expected, (text, lo, hi)


def test_the_lone_plate_pattern_finds_what_the_lookbehind_first_one_found() -> None:
    lookbehind_first = re.compile(
        r"(?<![\w-])(?=[A-Z0-9 -]{0,12}[A-Z])(?=[A-Z0-9 -]{0,12}\d{2})[A-Z0-9]{1,4}[ -][A-Z0-9]{2,5}"
        r"(?:-[A-Z0-9]{1,3})?(?![\w-])(?![ -]?\d)")
    rng = random.Random(4)
    pieces = ["A", "B", "Z", "1", "2", "9", " ", "-", "a", "x", "_", "É", "KBZ", "318T", "8H", "3421", "NG", "DF",
              "4523", "8876", "\n", "."]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(60000)]
    for text in [*texts, *_posts()]:
        expected = [m.span() for m in lookbehind_first.finditer(text)]
        assert [m.span() for m in vehicle._LONE_PLATE.finditer(text)] == expected, text


def test_the_birthdate_name_pattern_finds_what_the_lookahead_first_one_found() -> None:
    # The policy's not_names fill both, as build() fills them.
    birth = POLICY.safety.birthdate
    raw = {w.strip() for ws in birth.not_names.values() for w in ws} | set(union(birth.not_names))
    not_names = "(?i:" + "|".join(re.escape(w).replace("'", "['’]") for w in sorted(raw, key=len, reverse=True)) + ")"
    capital = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
    lookahead_first = re.compile(
        r"(?=[A-ZÀ-ÖØ-Þ])(?<![\w'’-])(?!" + not_names + r"(?![\w'’-]))" + capital
        + r"(?:\s+(?:(?:de|del|da|di|van|von|bin|bint|el|al)\s+)?" + capital + ")+")
    name = re.compile(birthdate._NAME.replace("{not_names}", not_names))
    ending = re.compile(name.pattern + r"\s+$")
    ending_before = re.compile(lookahead_first.pattern + r"\s+$")
    rng = random.Random(3)
    pieces = ["Today", "TODAY", "Hoy", "Hoya", "Mi", "Mia", "Y", "Ya", "Aujourd'hui", "Aujourd’hui", "Nelson",
              "Mandela", " ", "  ", "de ", "el ", "x", "É", "é", "'", "’", "-", "_", "\n", "1", "This", "Thiss"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(30000)]
    for text in [*texts, *_posts()]:
        for lo in range(0, len(text) + 1, 9):
            hi = rng.randint(lo, len(text))
            expected = [m.span() for m in lookahead_first.finditer(text, lo, hi)]
            assert [m.span() for m in name.finditer(text, lo, hi)] == expected, (text, lo, hi)
            found, before = ending.search(text, lo, hi), ending_before.search(text, lo, hi)
            assert (found and found.span()) == (before and before.span()), (text, lo, hi)
