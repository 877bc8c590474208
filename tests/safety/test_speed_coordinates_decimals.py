"""safety.coordinates reads its decimal pairs from the first decimal hint on (less two characters): the same matches
as reading the whole text, over many random texts (fixed seed) rich in signs, digits, decimal marks and separators,
and over the corpus; on ASCII text and on text with digits of other scripts."""

from __future__ import annotations

import random

from postcheck.engine.rules.safety import coordinates

from tests.safety.corpus import load

PIECES = ["-", "+", "-1", "+12", ".", ",", ";", "/", " ", "  ", "°", "n", "s", "e", "w", "o", "x", "٣", "é", "\n",
          "34.5281, 69.1723", "12,6392 ; -8,0029", "-12.5 n, 1.25", "1.2", "3,4"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) if rng.random() < 0.5 else str(rng.randrange(10)) for _ in range(rng.randrange(40)))


def test_the_decimal_pairs_from_the_first_hint_on_are_those_of_the_whole_text() -> None:
    rng = random.Random(31)
    texts = [_text(rng) for _ in range(8000)] + [post.text.lower() for post in load()]
    found = 0
    for text in texts:
        hint = coordinates._DECIMAL_HINT.search(text)
        for pattern in (coordinates._DECIMAL, coordinates._DECIMAL_COMMA):
            whole = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            if hint is None:
                assert whole == [], text  # no hint, no pair: the rule reads none
                continue
            assert [(m.span(), m.groups()) for m in pattern.finditer(text, max(0, hint.start() - 2))] == whole, text
            found += bool(whole)
    assert found > 1000
