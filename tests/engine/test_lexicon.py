"""The shipped word list (a trie and its ranks) is wordninja's list regenerated, and its Zipf costs, worked out at
lookup from the ranks, are the ones the rules have always compared."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from math import log

import pytest
from postcheck.engine.rules import _lexicon
from postcheck.engine.rules._lexicon import RANKS_FILE, TRIE_FILE, lexicon

from tests.support.shared import REPO


@cache
def _generator():
    spec = importlib.util.spec_from_file_location("generate_lexicon", REPO / "scripts" / "generate_lexicon.py")
    generator = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = generator
    spec.loader.exec_module(generator)
    return generator


def test_the_shipped_files_are_wordninjas_list_regenerated() -> None:
    trie, ranks = _generator().render(_generator().words())
    shipped = REPO / "helper" / "postcheck" / "data"
    assert (shipped / TRIE_FILE).read_bytes() == trie, "run: python scripts/generate_lexicon.py"
    assert (shipped / RANKS_FILE).read_bytes() == ranks, "run: python scripts/generate_lexicon.py"


def test_each_word_costs_log_of_its_rank_times_log_n() -> None:
    words = _generator().words()
    scale = log(len(words))
    later = {word: rank for rank, word in enumerate(words)}  # a repeated word: its later rank
    expected = {word: log((rank + 1) * scale) for word, rank in later.items()}
    lex = lexicon()
    assert len(lex.ranks) == len(lex.words) == len(expected) < len(words)  # the list repeats a few words
    assert all(lex.rank(word) == rank for word, rank in later.items())
    assert all(lex.cost(word) == cost for word, cost in expected.items())
    assert lex.cost("the") == log(scale) and lex.cost("zzzzqx") is None and lex.rank("zzzzqx") is None
    assert lex.cost("") is None and lex.cost("réfugiés") is None  # not listed, never an error
    assert lex.rank_cost(800) == log(801 * log(len(expected)))


def test_ranks_that_do_not_fit_the_trie_are_refused(monkeypatch) -> None:
    read = _lexicon._read
    monkeypatch.setattr(_lexicon, "_read", lambda name: read(name)[:-4] if name == RANKS_FILE else read(name))
    with pytest.raises(ValueError, match="regenerate both with scripts/generate_lexicon.py"):
        lexicon.__wrapped__()
