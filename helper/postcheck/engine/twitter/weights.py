"""twitter-text v3 weighted length: the config_v3.json numbers as precompiled tables, and where a budget runs out.

Values from ../shared/conformance/twitter-text/config_v3.json (tests/engine/test_twitter_weights.py checks they still
agree): each character weighs its range's weight or the default, in units of SCALE; a URL weighs 23 whole characters
and an emoji sequence one default weight.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from postcheck.engine import regex_table

MAX_WEIGHTED_LENGTH = 280
SCALE = 100
DEFAULT_WEIGHT = 200
URL_WEIGHT = 23 * SCALE  # transformedURLLength
EMOJI_WEIGHT = DEFAULT_WEIGHT
RANGES = ((0, 4351, 100), (8192, 8205, 100), (8208, 8223, 100), (8242, 8247, 100))

# One character class per non-default weight; everything else weighs DEFAULT_WEIGHT.
_BY_WEIGHT: dict[int, str] = {}
for _low, _high, _weight in RANGES:
    _BY_WEIGHT[_weight] = _BY_WEIGHT.get(_weight, "") + f"{re.escape(chr(_low))}-{re.escape(chr(_high))}"
_CLASSES = tuple((weight, regex_table.compile(f"[{chars}]")) for weight, chars in _BY_WEIGHT.items())
_DEFAULT_CLASS = regex_table.compile("[^" + "".join(_BY_WEIGHT.values()) + "]")
_ASCII_WEIGHT = next((w for low, high, w in RANGES if low == 0 and high >= 127), None)


def char_weight(char: str) -> int:
    code = ord(char)
    for low, high, weight in RANGES:
        if low <= code <= high:
            return weight
    return DEFAULT_WEIGHT


def text_weight(text: str) -> int:
    """Sum of the character weights of `text` (in SCALE units), ignoring URLs and emoji."""
    if _ASCII_WEIGHT is not None and text.isascii():
        return _ASCII_WEIGHT * len(text)
    heavy = len(_DEFAULT_CLASS.findall(text))
    if len(_CLASSES) == 1:
        return heavy * DEFAULT_WEIGHT + (len(text) - heavy) * _CLASSES[0][0]
    return heavy * DEFAULT_WEIGHT + sum(weight * len(chars.findall(text)) for weight, chars in _CLASSES)


Unit = tuple[int, int, int]  # start, end (code points), weight of a URL or emoji counted as a whole


def weighted_length(text: str, units: Iterable[Unit]) -> int:
    total = text_weight(text)
    for start, end, weight in units:
        total += weight - text_weight(text[start:end])
    return total // SCALE


def overflow_index(text: str, units: list[Unit], budget: int) -> int:
    """Index of the first character (or URL/emoji, as a whole) that takes the weight over `budget`; len if none."""
    limit = budget * SCALE
    total = 0
    index = 0
    for start, end, weight in [*units, (len(text), len(text), 0)]:
        gap = text_weight(text[index:start])
        if total + gap > limit:
            return _overflow_in(text, index, start, limit - total)
        total += gap
        if start < len(text):
            total += weight
            if total > limit:
                return start
        index = end
    return len(text)


def _overflow_in(text: str, start: int, end: int, room: int) -> int:
    """The first index in text[start:end] (plain characters only) whose weight no longer fits in `room`."""
    if _ASCII_WEIGHT is not None and text[start:end].isascii():
        return start + room // _ASCII_WEIGHT  # every character weighs the same: no walk needed
    total = 0
    for position in range(start, end):
        total += char_weight(text[position])
        if total > room:
            return position
    return end
