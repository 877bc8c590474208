"""Anchors (where a word list's phrases may begin) give exactly the matches of a scan of the whole text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from postcheck.engine import twitter
from postcheck.engine.draft import Draft
from postcheck.engine.rules.safety._anchors import Anchors
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import alternation
from postcheck.policy import load_policy

READER = Reader(load_policy())
# Whole words, a "*" stem, a phrase that begins with a sign, one with a sign inside, accents (folded).
STREETS = ["calle", "c/", "avenida", "av", "jirón"]
CUES = ["born", "born on", "(b.", "d.o.b", "date of birth", "né le", "convoy*", "land cruiser*"]
PATTERNS = [
    (Anchors(STREETS, ["casa", "lote"]), re.compile(alternation([*STREETS, "casa", "lote"]) + r"\.?\s*\d{1,4}")),
    (Anchors(CUES), re.compile(alternation(CUES) + r"[\s:]*(?:\d+|[a-z]+)?")),
]
PIECES = st.sampled_from([
    "calle", "Calle 45", "c/ Pérez 3", "av.", "jirón 12", "casa 7", "lote", "born", "born on 3", "(b. 1990", "d.o.b:",
    "date of birth", "né le 3", "convoys", "convoy", "land cruisers", "landcruiser", "①", "❶", "😀", "🏝️",
    # Figures of speech of the policy: the reading blanks them.
    "convoy of hope", "road to recovery", "24/7",
    " ", "\n", ".", ",", "x", "é", "_", "-",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=24).map("".join)


def _read(text: str):
    draft = Draft(text, "twitter", "post", twitter.parse(text))
    return draft, READER.read(draft)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_the_same_matches_as_a_scan_of_the_whole_text(text: str) -> None:
    draft, reading = _read(text)
    for anchors, pattern in PATTERNS:
        expected = [m.span() for m in pattern.finditer(reading.folded)]
        assert [m.span() for m in anchors.finditer(pattern, draft, reading)] == expected
        assert anchors.anywhere(draft, reading) or not expected
    # begin_a_word(): a match in any stretch of the text (one that ends inside a word too) needs it.
    for end in range(len(reading.folded) + 1):
        if PATTERNS[1][1].search(reading.folded, 0, end):
            assert PATTERNS[1][0].begin_a_word(draft, reading)
            break
    words_only = Anchors(["calle", "casa"])  # whole words only: anywhere() is a set test
    if re.search(alternation(["calle", "casa"]), reading.folded):
        assert words_only.anywhere(draft, reading)


def test_a_pictograph_that_is_a_word_character_splits_a_word() -> None:
    # "①" is a word character that the reading blanks: "x①calle" holds the word "calle" only once blanked.
    draft, reading = _read("x①calle 12 😀")
    anchors, pattern = PATTERNS[0]
    assert "calle" not in reading.words
    assert [m.group() for m in anchors.finditer(pattern, draft, reading)] == ["calle 12"]


def test_starts_are_the_word_starts_of_the_phrases_only() -> None:
    draft, reading = _read("Calle 45, recalled (b. 1990) convoys; a calle")
    anchors = Anchors(STREETS, CUES)
    folded = reading.folded
    assert [folded[at:at + 5] for at in anchors.starts(draft, reading)] == ["calle", "(b. 1", "convo", "calle"]
