"""The shortcuts of safety.address (speed pass 4) never change an answer: the locator bound never says "fewer than
two" where the locator scan finds two, and begin_a_word's whole-word test answers as its search over the words."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from postcheck.engine import twitter
from postcheck.engine.draft import Draft
from postcheck.engine.rules.safety._anchors import Anchors
from postcheck.engine.rules.safety._landmarks import Landmarks
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import WORD_MARK
from postcheck.policy import load_policy

from tests.safety.corpus import load

POLICY = load_policy()
READER = Reader(POLICY)
ADDRESS = POLICY.safety.address
LANDMARKS = Landmarks(ADDRESS)
HOME_CLUES = Anchors(ADDRESS.residence, ADDRESS.households)
# Locators of every kind (a word both a mark and a district: "sector"; one inside another: "next door to"), home
# words, colours, names after or before a type, pictographs the reading blanks (one a word character: "①").
PIECES = st.sampled_from([
    "behind", "next to", "next door to", "rue", "Rue Lambert", "calle", "Calle Los Cedros", "Lubaga Road", "road",
    "sector", "Sector 4", "block 7", "quartier Lazaret", "gate", "the blue gate", "casa azul", "maison blanche",
    "2nd house", "c/", "house", "home", "my place", "la famille Khoury", "the Rondón family", "①", "❶", "😀",
    " ", "\n", ".", ",", "x", "é", "-", "A", "12",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=20).map(" ".join)


def _read(text: str):
    draft = Draft(text, "twitter", "post", twitter.parse(text))
    return draft, READER.read(draft)


def _bound_holds(text: str) -> int:
    draft, reading = _read(text)
    clues = LANDMARKS._locators(draft, reading)[0]
    if not LANDMARKS._colour_gate.open(reading):
        assert LANDMARKS._locators_at_most(reading.folded, reading.folded_words) >= len(clues), text
    return len(clues)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_the_locator_bound_is_never_below_the_clues_found(text: str) -> None:
    _bound_holds(text)


def test_the_locator_bound_holds_on_the_corpus_where_clues_are_found() -> None:
    assert sum(_bound_holds(post.text) >= 2 for post in load()) >= 50  # the corpus reaches two locators often


def _heads_search(anchors: Anchors, reading) -> bool:
    """begin_a_word as it was: the signs, then one search of the heads over the words."""
    if any(sign in reading.folded for sign in anchors._signs):
        return True
    if anchors._heads_source is None:
        return False
    words = reading.folded_words
    joined = reading.joined_words if words is reading.words else WORD_MARK + WORD_MARK.join(words)
    return re.search(anchors._heads_source, joined) is not None


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_begin_a_word_answers_as_the_search_of_the_heads(text: str) -> None:
    draft, reading = _read(text)
    for anchors in (HOME_CLUES, Anchors(["convoy*", "(b.", "born on"])):
        assert anchors.begin_a_word(draft, reading) == _heads_search(anchors, reading), text
