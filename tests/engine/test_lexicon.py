"""The word list's Zipf costs, worked out at lookup from the ranks, are the ones the rules have always compared."""

from __future__ import annotations

import gzip
from math import log

from postcheck.engine.rules._lexicon import _word_file, lexicon


def test_each_word_costs_log_of_its_rank_times_log_n() -> None:
    words = gzip.open(_word_file()).read().decode("ascii").split()
    scale = log(len(words))
    expected = {word: log((rank + 1) * scale) for rank, word in enumerate(words)}  # a repeated word: its later rank
    lex = lexicon()
    assert len(lex.ranks) == len(expected) < len(words)  # the list repeats a few words
    assert all(lex.cost(word) == cost for word, cost in expected.items())
    assert lex.cost("the") == log(scale) and lex.cost("zzzzqx") is None
    assert lex.rank_cost(800) == log(801 * log(len(expected)))
    assert lex.longest == max(map(len, words))
