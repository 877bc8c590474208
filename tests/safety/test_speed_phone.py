"""The cheap tests safety.phone and safety.coordinates take before their scans never change an answer (issue 11,
speed pass 3).

Each test draws many random texts (fixed seeds) from an alphabet rich in the characters that matter: ASCII and other
decimal digits, characters on each side of U+0640 (where the first non-ASCII digit, U+0660, is near), emoji, lone
surrogates; and checks a shortcut against the step it saves.
"""

from __future__ import annotations

import random
import re

import pytest

from postcheck.engine import twitter
from postcheck.engine.draft import Draft
from postcheck.engine.rules.safety._dialable import digitless, fewer_digits
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._spoken import Spoken
from postcheck.policy import load_policy

from tests.safety.corpus import load

_DIGIT = re.compile(r"\d")
# Decimal digits outside ASCII (Arabic-Indic, Devanagari, fullwidth, mathematical), characters just below and above
# U+0640, Latin-1 and Latin Extended letters, digits that are not decimal ("²", "½", "Ⅻ"), emoji, a lone surrogate.
_ODD = "٠٣۵०५０９𝟘𝟗" + "\u063f\u0640\u065f\u0661" + "éÀßſĳǅ" + "²½Ⅻ" + "😀🙏‑ ’" + "\ud83d"
_ALPHABET = "0123456789" * 3 + "abc XYZ.,-+/()" * 3 + _ODD


def _texts(seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        size = rng.randrange(0, 40)
        # Mostly digit-poor texts, as posts are: the draw reaches both answers of each test.
        alphabet = _ALPHABET if rng.random() < 0.3 else _ALPHABET.replace("0123456789", "", rng.randrange(1, 4))
        yield "".join(rng.choice(alphabet) for _ in range(size))


def test_fewer_digits_says_true_only_when_the_text_has_fewer_digits() -> None:
    trues = falses = 0
    for text in _texts(3, 20000):
        for count in (1, 3, 7):
            if fewer_digits(text, count):
                assert len(_DIGIT.findall(text)) < count, (text, count)
                trues += 1
            else:
                falses += 1
    assert trues > 5000 and falses > 5000  # both answers drawn often enough to mean something


def test_fewer_digits_is_exact_on_text_without_characters_from_u0640_on() -> None:
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice("0123456789 éß²½-.\u063f") for _ in range(rng.randrange(0, 30)))
        for count in (1, 7):
            assert fewer_digits(text, count) == (len(_DIGIT.findall(text)) < count), text


def test_digitless_says_true_only_when_the_text_has_no_digit() -> None:
    rng, trues = random.Random(4), 0
    no_ascii_digit = _ALPHABET.replace("0123456789", "")
    for _ in range(20000):
        alphabet = _ALPHABET if rng.random() < 0.2 else no_ascii_digit
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        if digitless(text):
            assert _DIGIT.search(text) is None, text
            trues += 1
        elif text.isascii() or all(ord(char) < 0x640 for char in text):
            assert _DIGIT.search(text) is not None, text  # exact where no other digit can stand
    assert trues > 1000


@pytest.mark.parametrize(("text", "answer"), [
    ("", True), ("abc", True), ("²½ éß", True), ("1", False), ("x9y", False), ("٣", False), ("a٣b", False),
    ("𝟗", False), ("０", False), ("😀 1", False), ("😀", False), ("\ud83d", False),
])
def test_digitless_on_edges(text: str, answer: bool) -> None:
    assert digitless(text) is answer
    assert not answer or _DIGIT.search(text) is None


def test_the_spoken_gate_opens_whenever_a_post_holds_a_number_word() -> None:
    policy = load_policy()
    spoken = Spoken(policy.safety.phone.spoken_numbers, policy.safety.phone.min_digits)
    reader = Reader(policy)
    number_words = sorted(spoken._gate)
    rng = random.Random(9)
    posts = [post.text for post in load()]
    # Corpus posts, and posts with number words put in (one, three, or as part of another word).
    posts += [" ".join(rng.sample(posts[rng.randrange(len(posts))].split(), 3) + rng.sample(number_words, k))
              for k in (1, 1, 2, 3) for _ in range(300)]
    posts += [f"{rng.choice(number_words)}x {rng.choice(number_words).upper()} call" for _ in range(300)]
    opened = 0
    for text in posts:
        reading = reader.read(Draft(text, "twitter", "post", twitter.parse(text)))
        holds = not spoken._gate.isdisjoint(reading.words)
        assert spoken._any.open(reading) or not holds, text
        opened += holds
        # find() answers as the set test it replaces
        expected = [] if len(spoken._gate & reading.words) < 3 else [
            (run.start(), run.end()) for run in spoken._run.finditer(reading.folded)
            if len(spoken.digits(run.group())) >= spoken._min_digits]
        assert spoken.find(reading) == expected, text
    assert opened > 500
