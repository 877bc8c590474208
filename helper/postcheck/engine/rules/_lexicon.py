"""English words ranked by frequency (wordninja's bundled list), loaded once on first use and shared by the rules.

wordninja itself builds its 126,000-word model when imported (~30 MB); only its data file is read here, into one
dict of ranks, and only when a rule first needs it (a run-on hashtag, an all-caps word). A word's Zipf cost is
worked out when it is looked up: computing all 126,000 at load cost ~50 ms of the first check, the ranks ~25.
"""

from __future__ import annotations

import gzip
import importlib.util
from dataclasses import dataclass
from functools import cache
from math import log
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Lexicon:
    ranks: dict[str, int]  # 0 for the most frequent word; a word listed twice keeps its later rank
    scale: float  # log(N), N the list's length (repeats included)
    longest: int

    def cost(self, word: str) -> float | None:
        """-log(probability) of `word` by Zipf's law, log((rank + 1) * log(N)); None when it is not listed."""
        rank = self.ranks.get(word)
        return None if rank is None else self.cost_at(rank)

    def cost_at(self, rank: int) -> float:
        """The cost of the word listed at `rank`."""
        return log((rank + 1) * self.scale)

    def rank_cost(self, rank: int) -> float:
        """The cost a word would have at `rank`, to compare a word with a frequency threshold (N counted without
        repeats, as it always was)."""
        return log((rank + 1) * log(len(self.ranks)))


def _word_file() -> Path:
    spec = importlib.util.find_spec("wordninja")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("wordninja is not installed: pip install wordninja (postcheck depends on it)")
    return Path(spec.origin).parent / "wordninja" / "wordninja_words.txt.gz"


@cache
def lexicon() -> Lexicon:
    with gzip.open(_word_file()) as stream:
        words = stream.read().decode("ascii").split()
    return Lexicon(dict(zip(words, range(len(words)))), log(len(words)), max(map(len, words)))
