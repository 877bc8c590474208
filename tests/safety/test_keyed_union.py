"""The pattern union that leaves out what cannot match (KeyedUnion) and the word-or-digit lead (_words.py): both
must give exactly the matches of the plain pattern."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from postcheck.engine.fold import fold
from postcheck.engine.rules.safety._regex_facts import needed_strings, word_or_digit_lead
from postcheck.engine.rules.safety._when import calendar_date
from postcheck.engine.rules.safety._words import KeyedUnion, regex_union
from postcheck.policy import load_policy

from tests.safety.corpus import load

CRISIS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "crisislex-t26-tweets.txt"
MADE_UP = [
    "I'm on annual leave until the 14th, back on Monday", "Sam's on holiday till Friday; the house will be empty",
    "we are on r&r from 3 to 9 June", "nos vemos en dos semanas", "je pars demain, de retour le 12",
    "leave", "on leave", "", "mission: on a mission to help", "LEAVE ON LEAVE", "x'll be on vacation",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    posts = [post.text for post in load()]
    return [fold(text) for text in [*posts, *CRISIS.read_text(encoding="utf-8").splitlines()[:2000], *MADE_UP]]


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def test_keyed_union_finds_what_the_whole_union_finds(texts: list[str]) -> None:
    patterns = load_policy().safety.absence.patterns
    whole, keyed = regex_union(patterns), KeyedUnion(patterns)
    found = 0
    for text in texts:
        expected = _spans(whole.finditer(text))
        assert _spans(keyed.finditer(text)) == expected, text
        found += len(expected)
    assert found > 50  # the texts do exercise the patterns


def test_needed_strings_read_from_the_pattern() -> None:
    on_leave = r"\b(?:i|\w+\s+is)\s+on\s+(?:annual\s+)?(?:leave|holidays?|r&r)\b"
    assert needed_strings(on_leave) == {"leave", "holiday", "r&r"}
    assert needed_strings(r"\bout\s+of\s+(?:the\s+)?office\b") == {"office"}
    assert needed_strings(r"\d+\s*\w+") is None  # no literal: always tried
    assert needed_strings(r"(?i)leave") is None  # flags: not read


def test_a_union_cut_to_nothing_finds_nothing() -> None:
    keyed = KeyedUnion({"en": [r"\w+\s+on\s+leave\b"]})
    assert list(keyed.finditer("nothing here")) == []
    assert _spans(keyed.finditer("sam on leave")) == [(0, 12)]


@pytest.mark.parametrize(("pattern", "leads"), [
    (r"\bab|\d+", True),
    (r"(?<!\w)(?:x|y)z|(?<![\w/.-])0?[1-9]", True),
    (r"(?:\bfrom\s+)?\d", True),
    (r"a", False),  # may start inside a word
    (r"(?<!\d)ab", False),
    (r"\b-", False),  # \b then a non-word character: not a word start
    (r"\b(?:\w+|-)", False),
    (r"a?", False),  # may match the empty string
    (r"(?i)\bab", False),
])
def test_word_or_digit_lead(pattern: str, leads: bool) -> None:
    assert bool(word_or_digit_lead(pattern)) is leads


def test_the_lead_keeps_every_match(texts: list[str]) -> None:
    pattern = calendar_date(load_policy().safety.when)
    lead = word_or_digit_lead(pattern)
    assert lead
    plain, led = re.compile(pattern), re.compile(lead + "(?:" + pattern + ")")
    for text in texts:
        assert _spans(led.finditer(text)) == _spans(plain.finditer(text)), text
