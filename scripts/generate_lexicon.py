"""Regenerate helper/postcheck/data/lexicon.marisa and lexicon.ranks (the engine's ranked English words) from
wordninja's bundled word list.

Usage: python scripts/generate_lexicon.py
Run it when wordninja's word list changes (tests/engine/test_lexicon.py compares every word's cost with the list).
The words go into a MARISA trie (marisa-trie, about 330 KB) and their ranks into an array indexed by the trie's key
id, so that the helper maps the two files instead of building a 126,000-entry dict (~15 MB) at start.
"""

from __future__ import annotations

import gzip
import importlib.util
import sys
from array import array
from pathlib import Path

import marisa_trie

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "helper" / "postcheck" / "data"
TRIE_FILE, RANKS_FILE = "lexicon.marisa", "lexicon.ranks"


def word_file() -> Path:
    """wordninja's word list: one word a line, the most frequent first (gzip, ASCII)."""
    spec = importlib.util.find_spec("wordninja")
    if spec is None or spec.origin is None:
        raise SystemExit("wordninja is not installed: pip install wordninja")
    return Path(spec.origin).parent / "wordninja" / "wordninja_words.txt.gz"


def words() -> list[str]:
    with gzip.open(word_file()) as stream:
        return stream.read().decode("ascii").split()


def render(listed: list[str]) -> tuple[bytes, bytes]:
    """(the trie's bytes, the ranks file's bytes) for the word list `listed`, most frequent first.

    The ranks file is little-endian uint32: the list's length (repeats included), then
    the rank of each key id of the trie in turn (a word listed twice keeps its later rank)."""
    later = dict(zip(listed, range(len(listed))))
    trie = marisa_trie.Trie(later)
    ranks = array("I", bytes(4 * (1 + len(trie))))
    ranks[0] = len(listed)
    for word, rank in later.items():
        ranks[1 + trie.key_id(word)] = rank
    if sys.byteorder == "big":
        ranks.byteswap()
    return trie.tobytes(), ranks.tobytes()


def main() -> None:
    trie, ranks = render(words())
    TARGET.mkdir(exist_ok=True)
    (TARGET / TRIE_FILE).write_bytes(trie)
    (TARGET / RANKS_FILE).write_bytes(ranks)
    print(f"wrote {TARGET / TRIE_FILE} ({len(trie)} bytes) and {TARGET / RANKS_FILE} ({len(ranks)} bytes)")


if __name__ == "__main__":
    main()
