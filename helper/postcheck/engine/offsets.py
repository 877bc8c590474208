"""Code-point offsets (Python) to UTF-16 code-unit offsets (JavaScript), the unit of every public offset."""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
# A surrogate left alone in a str: legal in a JS string, not in UTF-8. (Python keeps a JSON surrogate *pair* as one
# code point, so any surrogate found in a str is a lone one.)
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class Utf16Map:
    """Maps code-point offsets of one text to UTF-16 offsets; free when the text has no astral characters."""

    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        # Positions of characters outside the BMP: each adds one code unit to every offset after it.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def __call__(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset) if self._astral else offset


def utf16_len(text: str) -> int:
    return len(text) + len(_ASTRAL.findall(text))


def utf16_to_codepoints(text: str, offset: int) -> int:
    """The code-point offset of a UTF-16 offset (validate.yml and the browser speak UTF-16)."""
    units = 0
    for index, char in enumerate(text):
        if units >= offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)
