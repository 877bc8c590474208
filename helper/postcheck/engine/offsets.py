"""Code-point offsets (Python) to UTF-16 code-unit offsets (JavaScript), the unit of every public offset."""

from __future__ import annotations

from bisect import bisect_left

from postcheck.engine import regex_table

_ASTRAL = regex_table.compile("[\U00010000-\U0010FFFF]")
# A surrogate left alone in a str: legal in a JS string, not in UTF-8. (Python keeps a JSON surrogate *pair* as one
# code point, so any surrogate found in a str is a lone one.)
LONE_SURROGATE = regex_table.compile("[\ud800-\udfff]")


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


class CodepointMap:
    """The inverse of Utf16Map: UTF-16 offsets of one text back to code-point offsets, in O(log n) each."""

    __slots__ = ("_astral16",)

    def __init__(self, text: str) -> None:
        # The UTF-16 offset of each astral character: its code-point offset plus the astral characters before it.
        self._astral16 = [m.start() + k for k, m in enumerate(_ASTRAL.finditer(text))]

    def __call__(self, offset16: int) -> int:
        """The code-point offset; an offset inside a surrogate pair gives the character after it, as
        utf16_to_codepoints does."""
        if not self._astral16:
            return offset16
        before = bisect_left(self._astral16, offset16)
        inside = before > 0 and self._astral16[before - 1] == offset16 - 1
        return offset16 - before + inside
