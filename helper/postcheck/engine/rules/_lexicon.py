"""English words ranked by frequency (wordninja's list), loaded once on first use and shared by the rules.

The words ship as a MARISA trie with their ranks in an array indexed by the trie's key id (helper/postcheck/data/,
written by scripts/generate_lexicon.py from wordninja's list, which tests/engine/test_lexicon.py compares them with):
about 1 MB in memory and ~2 ms to load, where the list read into a dict of ranks took ~15 MB and ~50 ms. The trie
also gives, in one call, every listed word a text starts with (iter_prefixes_with_ids): what the hashtag segmenter
asks at each position of a run-on.
A word's Zipf cost is worked out when it is looked up.
"""

from __future__ import annotations

import sys
from array import array
from dataclasses import dataclass
from functools import cache
from importlib import resources
from math import log
from typing import Any

DATA_FOLDER = "data"  # in the postcheck package (package data: pyproject.toml)
TRIE_FILE, RANKS_FILE = "lexicon.marisa", "lexicon.ranks"
_HEADER = 1  # the ranks file starts with the list's length (repeats included)


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: Any  # marisa_trie.Trie of the listed words (ASCII, lowercase)
    ranks: array  # ranks[key id] is the word's rank, 0 for the most frequent; a word listed twice keeps its later rank
    scale: float  # log(N), N the list's length (repeats included)

    def rank(self, word: str) -> int | None:
        """The rank of `word`; None when it is not listed."""
        key = self.words.get(word)
        return None if key is None else self.ranks[key]

    def cost(self, word: str) -> float | None:
        """-log(probability) of `word` by Zipf's law, log((rank + 1) * log(N)); None when it is not listed."""
        rank = self.rank(word)
        return None if rank is None else self.cost_at(rank)

    def cost_at(self, rank: int) -> float:
        """The cost of the word listed at `rank`."""
        return log((rank + 1) * self.scale)

    def rank_cost(self, rank: int) -> float:
        """The cost a word would have at `rank`, to compare a word with a frequency threshold (N counted without
        repeats, as it always was)."""
        return log((rank + 1) * log(len(self.ranks)))


def _read(name: str) -> bytes:
    try:
        return resources.files("postcheck").joinpath(DATA_FOLDER, name).read_bytes()
    except FileNotFoundError:
        raise FileNotFoundError(f"postcheck's word list {name} is missing from postcheck/{DATA_FOLDER}: reinstall "
                                "postcheck, or run scripts/generate_lexicon.py in a source checkout") from None


@cache
def lexicon() -> Lexicon:
    """The word list, loaded on the first call (marisa-trie is imported then, not before)."""
    import marisa_trie

    words = marisa_trie.Trie()
    words.frombytes(_read(TRIE_FILE))
    ranks = array("I")
    ranks.frombytes(_read(RANKS_FILE))
    if sys.byteorder == "big":  # the file is little-endian
        ranks.byteswap()
    listed = ranks[0]
    del ranks[:_HEADER]
    if len(ranks) != len(words):
        raise ValueError(f"{RANKS_FILE} holds {len(ranks)} ranks for the {len(words)} words of {TRIE_FILE}: "
                         "regenerate both with scripts/generate_lexicon.py")
    return Lexicon(words, ranks, log(listed))
