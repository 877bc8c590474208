"""Splits a hashtag into its words: CamelCase, digits and underscores first, then lowercase run-ons by word frequency.

Run-ons ("savelivesatsea") are segmented by dynamic programming over English word costs (Zipf's law on wordninja's
frequency list, see _lexicon), with the policy's known words (acronyms, places, campaign words) costing as little
as a common word, so "wfpresponse" is "wfp response" and never "w fp response". The result says whether the split
is certain: when the best split of a run-on still needs rare or one-letter pieces (typically a French or Spanish
run-on read with English frequencies), it is a guess, and callers should not accuse the writer on a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from postcheck.engine.fold import fold
from postcheck.engine.rules._lexicon import lexicon

# A word this rare (rank in wordninja's English list) is not trusted as a piece of a split.
_TRUSTED_RANK = 50_000
# Two-letter pieces must be this common: English "at", "of", "we" pass, while "es", "en", "du", "el" (which
# English frequencies produce when they misread a French or Spanish run-on) make the split a guess.
_TWO_LETTER_RANK = 800
_ONE_LETTER_WORDS = frozenset("ai")
# Known words cost what a word ranked this high costs: cheaper than almost any split of them.
_KNOWN_RANK = 50

_PARTS = re.compile(r"\d+|[^\W\d_]+")
_TRIPLED = re.compile(r"(.)\1\1")


@dataclass(frozen=True, slots=True)
class Split:
    words: tuple[str, ...]
    certain: bool


def _case_parts(letters: str) -> list[str]:
    """CamelCase boundaries: "WorldRefugeeDay" -> World/Refugee/Day, "COVIDResponse" -> COVID/Response."""
    parts, start = [], 0
    for i in range(1, len(letters)):
        before, here = letters[i - 1], letters[i]
        after = letters[i + 1] if i + 1 < len(letters) else ""
        if (before.islower() and here.isupper()) or (before.isupper() and here.isupper() and after.islower()):
            parts.append(letters[start:i])
            start = i
    parts.append(letters[start:])
    return parts


def _pieces(tag: str, known: frozenset[str]) -> list[tuple[str, bool]]:
    """Pieces split at underscores, digits and case changes, each with whether it is a run of letters without any
    case change (a possible run-on); a digit run stays on a known word ("covid19", "g20")."""
    pieces: list[tuple[str, bool]] = []
    for part in _PARTS.findall(tag):
        if part.isdigit():
            if pieces and fold(pieces[-1][0] + part) in known:
                pieces[-1] = (pieces[-1][0] + part, False)
            else:
                pieces.append((part, False))
        else:
            parts = _case_parts(part)
            pieces.extend((p, len(parts) == 1) for p in parts)
    return pieces


def _segment(run: str, known: frozenset[str]) -> tuple[list[str], bool]:
    """Cheapest split of a lowercase run into words, and whether every word in it is trusted.

    best[end] is the cheapest (cost, start) of a split of run[:end] whose last word is run[start:end], ties to the
    smallest start. Each position asks the tries once for every word starting there, and offers each to the position
    where it ends (a known word at its known cost, whatever its rank), so best[end] is complete when reached."""
    lex = lexicon()
    known_cost, trusted = lex.rank_cost(_KNOWN_RANK), lex.rank_cost(_TRUSTED_RANK)
    short = lex.rank_cost(_TWO_LETTER_RANK)
    listed, ranks, cost_at, known_words = lex.words, lex.ranks, lex.cost_at, _known_trie(known)
    best: list[tuple[float, int] | None] = [(0.0, 0)] + [None] * len(run)
    for start in range(len(run)):
        here = best[start]
        if here is None:  # no word ends here: every letter is listed, but a non-Latin one is not; keep it whole
            here = best[start] = (best[start - 1][0] + 2 * trusted, start - 1)
        tail = run[start:]
        offers = [(word, cost_at(ranks[key])) for word, key in listed.iter_prefixes_with_ids(tail)
                  if word not in known]
        offers += [(word, known_cost) for word in known_words.prefixes(tail)]
        for word, cost in offers:
            end, offer = start + len(word), (here[0] + cost, start)
            if best[end] is None or offer < best[end]:
                best[end] = offer
    if best[-1] is None:
        best[-1] = (best[-2][0] + 2 * trusted, len(run) - 1)
    words, end = [], len(run)
    while end > 0:
        start = best[end][1]
        words.append(run[start:end])
        end = start
    words.reverse()
    # Two one-letter words in a row ("a a a" for "#aaa") is never a reading, however common "a" is.
    paired = any(len(a) == 1 and len(b) == 1 for a, b in pairwise(words))
    return words, not paired and all(w in known or _trusted(w, lex.cost(w), trusted, short) for w in words)


@lru_cache(maxsize=16)
def _known_trie(known: frozenset[str]):
    """The policy's known words as a trie, for their prefix look-ups (one per policy); an empty word is no word."""
    import marisa_trie

    return marisa_trie.Trie(word for word in known if word)


def _trusted(word: str, cost: float | None, trusted: float, short: float) -> bool:
    if _TRIPLED.search(word):
        return False  # the word list holds junk such as "aaaaaa"; no real word has a letter three times running
    if cost is None or len(word) == 1:
        return word in _ONE_LETTER_WORDS
    return cost <= (short if len(word) == 2 else trusted)


def split_hashtag(tag: str, known: frozenset[str]) -> Split:
    """The words of `tag` (without "#"); `known` holds folded lowercase words never to be broken."""
    return _split_cached(tag, known)


@lru_cache(maxsize=4096)
def _split_cached(tag: str, known: frozenset[str]) -> Split:
    words: list[str] = []
    certain = True
    for piece, alone in _pieces(tag, known):
        folded = fold(piece)
        # Only a run-on needs the segmenter: when the writer marked the words (CamelCase, "_", digits) they stand.
        if not alone or piece.isdigit() or folded in known or len(piece) < 4:
            words.append(piece)
            continue
        parts, sure = _segment(folded, known)
        if len(parts) == 1:
            words.append(piece)
            continue
        certain &= sure
        at = 0
        for part in parts:  # give back the writer's own letters, accents included
            words.append(piece[at:at + len(part)])
            at += len(part)
    return Split(tuple(words), certain)
