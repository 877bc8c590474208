"""union() folds a word list in one call of fold over its lines; it gives what folding each word on its own gives
(its definition): on every word list of the policy's safety table and on lists of the characters that fold by
their place (the capital sigma), into two (İ), or not at all, with line breaks inside words."""

from __future__ import annotations

import random

import pytest

from postcheck.engine.fold import fold
from postcheck.engine.rules.safety._words import union
from postcheck.policy import load_policy


def one_by_one(lexicon) -> list[str]:
    """union() as defined: each word stripped and folded on its own."""
    words = [w for ws in lexicon.values() for w in ws] if isinstance(lexicon, dict) else list(lexicon)
    return sorted({fold(w.strip()) for w in words if w.strip()})


def _lexicons(node, found: list) -> list:
    """Every word list (a {language: [words]} table, or a list of strings) under a policy table."""
    if isinstance(node, dict):
        if node and all(isinstance(v, list) and all(isinstance(w, str) for w in v) for v in node.values()):
            found.append(node)
        else:
            for value in node.values():
                _lexicons(value, found)
    elif isinstance(node, list) and node and all(isinstance(w, str) for w in node):
        found.append(node)
    return found


def test_every_word_list_of_the_policy_unions_as_word_by_word():
    lexicons = _lexicons(load_policy().safety.model_dump(), [])
    assert len(lexicons) > 100
    for lexicon in lexicons:
        assert union(lexicon) == one_by_one(lexicon)


PIECES = ["ΟΔΟΣ", "Σ", "ΑΣ", "Σa", "aΣ", "İstanbul", "İ", "Évacuation", "ŒUVRE", "Straße", "ß", "ﬁ", "’", "'",
          "  padded  ", "", " ", "two\nlines", "\n", "Łódź", "ฒท", "أتو", "①", "🚗", "\ud800", "ǅ", "K", "Å"]


@pytest.mark.parametrize("seed", range(60))
def test_lists_of_the_tricky_characters_union_as_word_by_word(seed):
    draw = random.Random(seed)
    words = ["".join(draw.choices(PIECES, k=draw.randint(1, 3))) for _ in range(draw.randint(0, 12))]
    assert union(words) == one_by_one(words)
    assert union({"en": words[:4], "fr": words[4:]}) == one_by_one(words)
