"""NFC as twitter-text counts it, and the way back from an index in the normalised text to one in the typed text."""

from __future__ import annotations

import unicodedata
from itertools import pairwise


def nfc(text: str) -> str:
    # The quick check answers in C without building a copy: almost every typed text is already NFC.
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def to_original(text: str, normalized: str, index: int) -> int:
    """Code-point index in `text` of what starts at `index` in nfc(text) (the start of its character cluster).

    Normalising each cluster (a starter and the combining marks after it) on its own gives an exact alignment when
    the pieces add up to the whole; otherwise (conjoining Hangul jamo and the like) fall back to twitter-text's own
    correction, which shifts by the total length difference.
    """
    if text == normalized:
        return index
    starts = [i for i, char in enumerate(text) if i == 0 or unicodedata.combining(char) == 0]
    starts.append(len(text))
    pieces = [unicodedata.normalize("NFC", text[a:b]) for a, b in pairwise(starts)]
    if "".join(pieces) == normalized:
        offset = 0
        for start, piece in zip(starts, pieces):
            if index < offset + len(piece):
                return start
            offset += len(piece)
        return len(text)
    return min(len(text), max(0, index + len(text) - len(normalized)))
