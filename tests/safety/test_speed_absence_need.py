"""safety.absence's speed pass 4 (issue 11) changes no answer: the clue reading is skipped only on posts where it
finds nothing (_away_need.Need), the Reading's class of word-character pictographs (runs) holds exactly those
characters, and the patterns' unions written letter first (_letter_first) match what regex_union matches. Random posts
are drawn (fixed seeds) from the words of the policy's lists, "I'm in <Place>" phrases, dates, pictographs that are
word characters (①) and glued words, plus the labelled corpus and crisis tweets."""

from __future__ import annotations

import random
import re

import pytest
from postcheck.engine import twitter
from postcheck.engine.draft import Draft
from postcheck.engine.fold import fold_pattern
from postcheck.engine.rules.safety import absence
from postcheck.engine.rules.safety._away import Away
from postcheck.engine.rules.safety._letter_first import letter_first, union_of
from postcheck.engine.rules.safety._reader import _CUTTING, _PICTOGRAPH_RANGES, Reader
from postcheck.engine.rules.safety._words import regex_union, union
from postcheck.policy import load_policy

from tests.safety.absence_posts import absence_words, drawn_posts

_FILLER = ["the", "a", "we", "I", "I'm", "my", "house", "Lagos", "Addis", "12", "3-9", "June", "14th", "5 pm",
           "until", "back", "on", "de", "la", "casa", "queda", "sola", "del", "al", "15", "lundi", "policy", "Nobody",
           "was", "① ", "❶", "🏝️", "🄁", "and", "x", "l'équipe", "J'ai", "é", "in", "In", "en", "à", "au", "Sam's",
           "r&r", "Nairobi", "Bogotá", "du 3 au 10", "del 4 al 9", "from May 3 to", "jusqu'au", "estaré", "je suis"]


@pytest.fixture(scope="module")
def policy():
    return load_policy()


@pytest.fixture(scope="module")
def posts(policy) -> list[str]:
    """Random posts from the words the absence reading and patterns look for, and the corpora."""
    words = [*_FILLER, *absence_words(policy), *union(policy.safety.when.days), *union(policy.safety.when.months)[:12]]
    return drawn_posts(words, seed=41, count=5000, as_drawn=0.6)


def _reading(reader: Reader, text: str):
    return reader.read(Draft(text, "twitter", "post", twitter.parse(text)))


def test_the_clue_reading_is_skipped_only_where_it_finds_nothing(policy, posts: list[str]) -> None:
    away, reader = Away(policy.safety.absence.clues, policy.safety.when), Reader(policy)
    skipped = found = 0
    for text in posts:
        reading = _reading(reader, text)
        spans = away.find(reading, text)
        found += bool(spans)
        if not away.need.may_find(reading, text, reading.words_hold_folded):
            skipped += 1
            assert spans == [], text
    assert skipped > 1000 and found > 500  # the draw reaches both the shortcut and the findings


def test_someone_in_a_named_place_is_never_skipped(policy) -> None:
    away, reader = Away(policy.safety.absence.clues, policy.safety.when), Reader(policy)
    for text in ("My husband and I will be visiting family in Lagos from June 3 to 14.",
                 "Estaré en Bogotá del 10 al 20 de marzo.", "I'm in Addis 4-11 March, ping me there"):
        reading = _reading(reader, text)
        assert away.find(reading, text), text
        assert away.need.may_find(reading, text, reading.words_hold_folded), text


def test_the_pictograph_runs_are_the_word_characters_among_the_pictographs() -> None:
    in_ranges = [chr(code) for first, last in _PICTOGRAPH_RANGES for code in range(first, last + 1)]
    for char in [*in_ranges, *map(chr, range(0, 0x3000)), "\U0001F10D", "\U0001FB00"]:
        cutting = any(a <= ord(char) <= b for a, b in _PICTOGRAPH_RANGES) and (char.isalnum() or char == "_")
        assert (_CUTTING.match(char) is not None) == cutting, hex(ord(char))


def test_words_hold_says_whether_the_folded_texts_words_are_the_readings(policy, posts: list[str]) -> None:
    reader, cut = Reader(policy), 0
    for text in [*posts, "team①leave until Monday", "on❶leave", "🄁 away until 🏝️ Monday"]:
        reading = _reading(reader, text)
        if reading.words_hold_folded:
            assert set(re.findall(r"\w+", reading.folded)) <= reading.words, text
        cut += not reading.words_hold_folded
    assert cut > 100


def test_letter_first_reads_only_what_opens_with_a_boundary_and_a_letter() -> None:
    assert letter_first(r"\bpendant\s+absence\b") == r"(?:p(?<!\w.)endant\s+absence\b)"
    assert letter_first(r"\b(?:casa|apto)\b") == r"(?:(?:c(?<!\w.)asa|a(?<!\w.)pto)\b)"
    for unread in (r"\ba?b", r"\b\d+", r"\b(?:a|b)?c", r"\b(?:a?b|c)", r"\b(?:\w+|c)", r"\b(?:(?:a|b)c|d)", r"on\b",
                   r"\b(?:[)|]c|d)", r"\b(?:a|", r"\b.x"):
        assert letter_first(unread) is None, unread


def test_letter_first_expressions_match_what_they_matched() -> None:
    rng = random.Random(7)
    pieces = ["ab", "a", "b", "ba", "abc", "c", "cab"]
    alphabet = ["a", "b", "c", "x", " ", "\n", ".", "é", "_", "1", "①"]
    expressions = []
    for _ in range(300):
        choices = [rng.choice(pieces) + rng.choice(["", r"\b", r"\s*", "?", "x?", r"[.\]]?", r"(?:b|c)"])
                   for _ in range(rng.randrange(1, 4))]
        tail = rng.choice(["", r"\b", r"\s+c", r"[^.]{0,3}", r"(?!\w)", "b*"])
        expressions.append(r"\b(?:" + "|".join(choices) + ")" + tail if rng.random() < 0.6
                           else r"\b" + choices[0] + tail)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(300)]
    written = 0
    for expression in expressions:
        rewritten = letter_first(expression)
        if rewritten is None:
            continue
        written += 1
        plain, first = re.compile(expression), re.compile(rewritten)
        for text in texts:
            for start in (0, 1, len(text) // 2):
                expected = [match.span() for match in plain.finditer(text, start)]
                assert [match.span() for match in first.finditer(text, start)] == expected, (expression, text)
    assert written > 150


def test_the_letter_first_unions_match_what_regex_union_matches(policy, posts: list[str]) -> None:
    folded = [fold_pattern(p) for ps in policy.safety.absence.patterns.values() for p in ps]
    written = [letter_first(p) for p in folded]
    assert sum(w is not None for w in written) >= len(folded) - 1  # all but the one opening with "\w+"
    rng = random.Random(3)
    subsets = [[i] for i in range(len(folded))] + [sorted(rng.sample(range(len(folded)), rng.randrange(2, 6)))
                                                   for _ in range(12)]
    reader, found = Reader(policy), 0
    readings = [_reading(reader, text).folded for text in posts]
    for subset in subsets:
        plain = regex_union({"": [folded[i] for i in subset]})
        first = union_of([folded[i] for i in subset], [written[i] for i in subset])
        for text in readings:
            expected = [match.span() for match in plain.finditer(text)]
            assert [match.span() for match in first.finditer(text)] == expected, (subset, text)
            found += len(expected)
    assert found > 300


def test_the_rule_skipping_the_clue_reading_finds_what_the_clues_and_patterns_find(policy) -> None:
    check = absence.build(policy)
    text = "Off on annual leave from Monday, the house will be empty for two weeks!"
    hits = check(Draft(text, "twitter", "post", twitter.parse(text)))
    assert [(hit.start, hit.end) for hit in hits] == [(7, 70)]  # "on annual leave … for two weeks"
    quiet = "Leave the key with the guard, the office opens at 9."
    assert check(Draft(quiet, "twitter", "post", twitter.parse(quiet))) == []
