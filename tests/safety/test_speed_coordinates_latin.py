"""The 0-9 shortcut of speed pass 4 (issue 11) on safety.coordinates never changes an answer: a post whose words are
ASCII holds no digit but 0-9 (latin_digits_only), latin_digits counts them as re's \\d does, and the coordinates'
[0-9] hints find what the \\d ones find there. Checked over many random posts (fixed seed) rich in digits of other
scripts, separators, accents and pictographs, and over the corpus."""

from __future__ import annotations

import random
import re

from postcheck.engine import twitter
from postcheck.engine.draft import Draft
from postcheck.engine.rules.safety import coordinates
from postcheck.engine.rules.safety._dialable import latin_digits, latin_digits_only
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._separators import ODD_SEPARATORS
from postcheck.policy import load_policy

from tests.safety.corpus import load

READER = Reader(load_policy())
_DIGIT = re.compile(r"\d")
_OTHER_DIGITS = "٣۴५১๒１①²"  # Arabic-Indic, Persian, Devanagari, Bengali, Thai, fullwidth; "①" and "²" are no \d
PIECES = ["0803 123 4567", "+93 70 123 4567", "14.59, 120.98", "12,6392 ; -8,0029", "18SUJ2348006479", "34°31'41\"N",
          "é", "ñ", "😀", "«", "’", "x", " ", "-", ".", ",", "/", "(", "Ω", "ß", "ا", *ODD_SEPARATORS, *_OTHER_DIGITS]


def _post(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) if rng.random() < 0.5 else str(rng.randrange(10)) for _ in range(rng.randrange(30)))


def test_latin_digits_only_and_the_count_and_the_patterns_agree_with_the_unicode_ones() -> None:
    rng = random.Random(23)
    texts = [_post(rng) for _ in range(4000)] + [post.text for post in load()]
    hints = [(coordinates._HINTS_ANYWHERE, coordinates._ASCII_HINTS),
             (coordinates._GRID_HINT, coordinates._ASCII_GRID_HINT),
             (coordinates._DECIMAL_HINT, coordinates._ASCII_DECIMAL_HINT)]
    latin_posts = other = 0
    for text in texts:
        reading = READER.read(Draft(text, "twitter", "post", twitter.parse(text)))
        digits = _DIGIT.findall(text)
        if not latin_digits_only(reading):
            other += 1
            continue
        latin_posts += 1
        assert all(digit in "0123456789" for digit in digits + _DIGIT.findall(reading.lower)), text
        assert latin_digits(text) == len(digits), text
        for anywhere, latin in hints:
            for string in (reading.lower, reading.folded):
                expected, found = anywhere.search(string), latin.search(string)
                assert (found and found.span()) == (expected and expected.span()), text
    assert latin_posts > 1000 and other > 1000  # both kinds of post were seen


def test_latin_digits_counts_every_0_to_9_of_any_text() -> None:
    assert latin_digits("Tél : 06 12 34 56 78 😀 é") == 10
    assert latin_digits("٣٤٥ 12") == 2  # other scripts' digits are not counted: latin_digits_only rules them out
    assert latin_digits("\ud800 12") == 2  # a lone surrogate does not stop the count
