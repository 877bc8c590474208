"""fold (engine/fold.py): lower case without accents, one character for one, on every code point."""

from __future__ import annotations

import random

from postcheck.engine.fold import _table, fold

# Around each character: an accent the table changes, an emoji it keeps, a curly apostrophe, plain letters.
CONTEXTS = ("{}", "a{}b{}É🏝️ d’été")


def _by_table(text: str) -> str:
    """The definition: the lowered text through the whole table (str.translate, every character looked up)."""
    lowered = text.lower()
    return lowered.translate(_table()) if len(lowered) == len(text) else text.translate(_table())


def test_every_code_point_folds_as_the_table_says() -> None:
    # every character of the first two planes (letters, accents, emoji), one in 61 beyond (ideographs, private use)
    for code in [*range(0x20000), *range(0x20000, 0x110000, 61)]:
        if 0xD800 <= code < 0xE000:  # surrogates: not characters of a post
            continue
        char = chr(code)
        for context in CONTEXTS:
            text = context.format(char, char)
            assert fold(text) == _by_table(text), (hex(code), context)


def test_random_mixed_texts_fold_as_the_table_says() -> None:
    rng = random.Random(11)
    pools = [range(0x20, 0x80), range(0x80, 0x250), range(0x250, 0x3000), range(0x1F300, 0x1FAFF),
             [0x130, 0x2018, 0x2019, 0x2BC, 0x1E9E, 0xDF, 0x3A3]]
    for _ in range(20_000):
        text = "".join(chr(rng.choice(rng.choice(pools))) for _ in range(rng.randint(0, 16)))
        assert fold(text) == _by_table(text), repr(text)


def test_length_and_examples() -> None:
    assert fold("Évacuation à Zürich, d’accord 🏝️") == "evacuation a zurich, d'accord 🏝️"
    assert fold("İstanbul") == "istanbul"  # "İ" lowers to two characters: folded from its base letter
    for text in ("", "ASCII only", "Ñandú ÑANDÚ", "İİ ß ẞ"):
        assert len(fold(text)) == len(text)
