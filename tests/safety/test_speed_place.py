"""The shortcuts of the place and personal safety rules (address, birthdate, staff identity, credential, vehicle)
never change an answer (issue 11, speed pass 3): each is checked against the scan it saves, on random texts and on the
corpus posts."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from postcheck.engine import twitter
from postcheck.engine.draft import Draft
from postcheck.engine.rules.safety._anchors import Anchors, may_match_before
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import Gate, alternation, word_pattern
from postcheck.policy import load_policy

from tests.safety.corpus import load

POLICY = load_policy()
READER = Reader(POLICY)
ADDRESS = POLICY.safety.address
# Lists of the rules with whole words, phrases, "*" stems and signs ("c/", "(b.").
LISTS = [
    ADDRESS.residence, ADDRESS.public_places, ADDRESS.households, ADDRESS.landmark_relations,
    {**ADDRESS.hazards, "x": list(ADDRESS.history["en"])}, ["calle", "c/", "av", "house", "houses", "burn*", "(b."],
]
PIECES = st.sampled_from([
    "house", "houses", "household", "my house", "our place", "la casa", "chez moi", "behind the", "next to",
    "in front of", "church", "school", "the mosque", "burning", "burnt", "fire", "c/", "calle", "(b.", "av.",
    "①", "❶", "😀", "🏝️", "convoy of hope", "road to recovery", " ", "\n", ".", ",", "x", "é", "_", "-",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=24).map("".join)


def _read(text: str):
    draft = Draft(text, "twitter", "post", twitter.parse(text))
    return draft, READER.read(draft)


def _windows(size: int, rng: random.Random) -> list[tuple[int, int]]:
    ends = [(rng.randint(0, size), rng.randint(0, size)) for _ in range(12)]
    return [(0, size), *((min(a, b), max(a, b)) for a, b in ends), *((0, hi) for hi in range(size + 1))]


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.randoms(use_true_random=False))
def test_within_finds_what_a_windowed_scan_finds(text: str, rng: random.Random) -> None:
    draft, reading = _read(text)
    folded = reading.folded
    for lexicon in LISTS:
        anchors, pattern, gate = Anchors(lexicon), word_pattern(lexicon), Gate(lexicon)
        for lo, hi in _windows(len(folded), rng):
            expected = [m.span() for m in pattern.finditer(folded, lo, hi)]
            assert [m.span() for m in anchors.within(pattern, draft, reading, lo, hi)] == expected, (lo, hi)
            first = anchors.within(pattern, draft, reading, lo, hi, first=True)
            assert [m.span() for m in first] == expected[:1]
            assert may_match_before(gate, draft, reading, hi) or not expected, (lo, hi)


def test_within_on_the_corpus_posts() -> None:
    rng = random.Random(3)
    pattern, anchors = word_pattern(ADDRESS.residence), Anchors(ADDRESS.residence)
    found = 0
    for post in load():
        draft, reading = _read(post.text)
        for lo, hi in _windows(len(reading.folded), rng)[:14]:
            expected = [m.span() for m in pattern.finditer(reading.folded, lo, hi)]
            assert [m.span() for m in anchors.within(pattern, draft, reading, lo, hi)] == expected
            found += len(expected)
    assert found > 500


def test_a_word_cut_by_the_end_of_the_window_may_end_a_match() -> None:
    draft, reading = _read("the households here")
    anchors, pattern = Anchors(["house"]), word_pattern(["house"])
    assert [m.group() for m in anchors.within(pattern, draft, reading, 0, 9)] == ["house"]
    assert anchors.within(pattern, draft, reading, 0, len(reading.folded)) == []
    assert may_match_before(Gate(["house"]), draft, reading, 9)
    assert not may_match_before(Gate(["house"]), draft, reading, len(reading.folded))
