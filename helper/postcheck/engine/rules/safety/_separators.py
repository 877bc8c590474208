"""Separators people put between digit groups, read as the plain ones, one character for one (offsets unchanged)."""

from __future__ import annotations

import re

# Non-breaking, figure, narrow and thin spaces, tabs; non-breaking and other hyphens, dashes, the minus sign.
_TABLE = str.maketrans({
    **dict.fromkeys("\t\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d", "-"),
})


# Every character plain_separators replaces (each by " " or "-").
ODD_SEPARATORS = "".join(map(chr, _TABLE))
# str.translate looks every character up in the table: a post without any of them is returned as it is.
_ODD = re.compile("[" + re.escape(ODD_SEPARATORS) + "]")


def plain_separators(text: str) -> str:
    """`text` with every space-like character as " " and every hyphen-like one as "-", the same length."""
    return text.translate(_TABLE) if _ODD.search(text) else text
