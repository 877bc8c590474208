"""fold() by UTF-8 bytes and a kept folding per character (speed pass 4, issue 11) gives what str.lower and the fold
table give: checked against that definition on every character up to U+3000 and the emoji planes, each alone and
after a capital, on the labelled posts, the crisis tweets and random texts (fixed seed) mixing the characters that
lower by their place (Σ) or to two characters (İ)."""

from __future__ import annotations

import random
from pathlib import Path

from postcheck.engine import fold as fold_module
from postcheck.engine.fold import fold

from tests.safety.corpus import load

_TWEETS = Path("/work/shared/corpora/crisislex-t26-tweets.txt")


def _by_definition(text: str) -> str:
    """fold as it was written before this pass: str.lower, then the table (translate when lower changes lengths)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text.translate(fold_module._table())
    changes = fold_module._foldable()[1]
    return "".join(changes.get(char, char) for char in lowered)


def _characters() -> list[str]:
    codes = [*range(0x80, 0x3000), *range(0xA640, 0xA800), *range(0xFB00, 0xFB50), *range(0xFF00, 0xFFF0),
             *range(0x1F000, 0x1FB00), 0x10400, 0x10428, 0x1E900]
    return [chr(code) for code in codes if not 0xD800 <= code < 0xE000]


def test_every_character_folds_as_lower_and_the_table_say() -> None:
    for char in _characters():
        for text in (char, "A" + char + "b", char + char.upper() + " Σ", "x" + char * 3):
            assert fold(text) == _by_definition(text), repr(text)
            assert len(fold(text)) == len(text)


def test_posts_and_random_texts_fold_as_the_definition_says() -> None:
    rng = random.Random(7)
    chars = _characters()
    pieces = ["Évacuation", "à", "Zürich", "d’été", "🏝️", "ΑΣ", "ΟΔΟΣ a", "σ", "İstanbul", "ß", "ǅ", "Ⅻ", "Ⓐ", "①",
              "\ud800", "CAFÉ", "ÑANDÚ", "Straße", " ", ". ", "\n"]
    texts = [post.text for post in load()]
    texts += _TWEETS.read_text(encoding="utf-8").splitlines()[:1000] if _TWEETS.exists() else []
    for _ in range(3000):
        texts.append("".join(rng.choice(pieces) if rng.random() < 0.6 else rng.choice(chars)
                             for _ in range(rng.randint(0, 12))))
    for text in texts:
        assert fold(text) == _by_definition(text), repr(text)
    # the characters met stay bounded however many texts are folded
    assert len(fold_module._TARGETS) <= fold_module._KEPT_TARGETS


def test_many_distinct_capitals_fold_as_the_definition_says() -> None:
    text = " ".join(chr(code) for code in [*range(0xC0, 0xDF), *range(0x391, 0x3A2), *range(0x410, 0x430)]) + " Σ."
    assert fold(text) == _by_definition(text)
    assert fold(text.replace("Σ", "")) == _by_definition(text.replace("Σ", ""))
