"""Separators people put between digit groups, read as the plain ones, one character for one (offsets unchanged)."""

from __future__ import annotations

import re

from postcheck.engine import regex_table

# Non-breaking, figure, narrow and thin spaces, tabs; non-breaking and other hyphens, dashes, the minus sign.
_TABLE = str.maketrans({
    **dict.fromkeys("\t\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d", "-"),
})


# Every character plain_separators replaces (each by " " or "-").
ODD_SEPARATORS = "".join(map(chr, _TABLE))
_ODD = regex_table.compile("[" + re.escape(ODD_SEPARATORS) + "]")
# The table as two substitutions, one per replacement: str.translate looks every character of a non-ASCII text up in
# the dict (about 4x slower on a post); a post without any odd separator is returned as it is.
_ODD_SPACES = regex_table.compile(
    "[" + re.escape("".join(chr(c) for c, plain in _TABLE.items() if plain == " ")) + "]")
_ODD_HYPHENS = regex_table.compile(
    "[" + re.escape("".join(chr(c) for c, plain in _TABLE.items() if plain == "-")) + "]")


def plain_separators(text: str) -> str:
    """`text` with every space-like character as " " and every hyphen-like one as "-", the same length."""
    if _ODD.search(text) is None:
        return text
    return _ODD_HYPHENS.sub("-", _ODD_SPACES.sub(" ", text))
