"""English words ranked by frequency (wordninja's bundled list), loaded once on first use and shared by the rules.

wordninja itself builds its 126,000-word model when imported (~30 MB); only its data file is read here, into one
dict of Zipf costs, and only when a rule first needs it (a run-on hashtag, an all-caps word).
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
    cost: dict[str, float]  # -log(probability) by Zipf's law: rank r costs log((r + 1) * log(N))
    longest: int

    def rank_cost(self, rank: int) -> float:
        """The cost a word would have at `rank`, to compare a word with a frequency threshold."""
        return log((rank + 1) * log(len(self.cost)))


def _word_file() -> Path:
    spec = importlib.util.find_spec("wordninja")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("wordninja is not installed: pip install wordninja (postcheck depends on it)")
    return Path(spec.origin).parent / "wordninja" / "wordninja_words.txt.gz"


@cache
def lexicon() -> Lexicon:
    with gzip.open(_word_file()) as stream:
        words = stream.read().decode("ascii").split()
    scale = log(len(words))
    cost = {word: log((rank + 1) * scale) for rank, word in enumerate(words)}
    return Lexicon(cost, max(map(len, words)))
