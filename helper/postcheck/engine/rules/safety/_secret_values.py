"""Values that may be a secret, by shape: made up ("Sevare#2024", "Ubangi2024", "Tapa2024!migra"), plain letters and
digits ("lluvia2024", "NG10P0523"), or digits ("4471", "12-34-56"). `shape()` says which (SECRET, PLAIN, DIGITS, or
NONE); the rule asks stronger clues for the weaker shapes.

A secret-looking (SECRET) value is a run of 6 to 40 characters without spaces holding letters and digits glued
together (a letter right beside a digit, or with one sign between), and either a sign inside (! # $ % & * ? ^ ~ + = @)
or both cases. Not one: a file name ("DTM_R45_Borno_final.xlsx"), a link, a tag or mention ("#Password2024",
"@Migra2024"), an e-mail address, a plus code ("6PV2+R8"), a name with its number after a hyphen ("Covid-19"), a
reference in capitals ("NG10P0523", "ETH-DTM-R34-2024").
"""

from __future__ import annotations

import re

from postcheck.engine import regex_table

NONE, DIGITS, PLAIN, SECRET = range(4)

# Where a value may start: a token with a digit in it (the lookahead stays inside the token).
CANDIDATE = regex_table.compile(r"(?<!\S)[\"'«“(]?(?=[^\s]*\d)[^\s\"'»”)]{4,60}")
# Four to twelve digits, maybe grouped by "-" or ".", maybe closed by a keypad's "#" or "*" ("4471#"; a code that
# opens with "*" is a service code: "*144#"): not a year alone, not a date.
_DIGITS = regex_table.compile(r"\d(?:[-.]?\d){3,11}[#*]?")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
# A coordinate or a measure: one dot, then four decimals or more ("21.1847"), not a code.
_DECIMAL = regex_table.compile(r"\d{1,3}\.\d{4,}")
_YEAR_OR_DATE = regex_table.compile(
    rf"(?:19|20)\d\d|{_DAY}([./-]){_DAY}\1(?:\d\d|\d{{4}})|\d{{4}}([./-]){_DAY}\2{_DAY}")
_SIGNS = "!#$%&*?^~+=@"
_SIGN = regex_table.compile(f"[{re.escape(_SIGNS)}]")
# A letter beside a digit, or with one sign between: "Kabul2024", "Sevare#2024"; not "Covid-19".
_GLUED = regex_table.compile(rf"[^\W\d_]{_SIGN.pattern}?\d|\d{_SIGN.pattern}?[^\W\d_]")
_FILE = regex_table.compile(r"\.[A-Za-z][A-Za-z0-9]{1,4}$")
_LINK = regex_table.compile(r"://|^www\.|\.[a-z]{2,}/|@[\w-]+\.[a-z]", re.IGNORECASE)
_TRAILING = ".,;:!?"
# A plus code (Open Location Code) names a place, not a secret: "6PV2+R8", "8FVC9G8F+6X".
_PLUS_CODE = regex_table.compile(r"[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{2,3}")


def value_of(token: str) -> str:
    """The token without an opening quote or bracket and without the sentence's closing signs."""
    return token.lstrip("\"'«“(").rstrip(_TRAILING)


def shape(value: str) -> int:
    """The shape of `value` (a token without spaces, see value_of): SECRET, PLAIN, DIGITS or NONE."""
    if _DIGITS.fullmatch(value):
        digits = value.rstrip("#*")
        return NONE if _YEAR_OR_DATE.fullmatch(digits) or _DECIMAL.fullmatch(digits) else DIGITS
    if not 6 <= len(value) <= 40 or value[0] in "#@" or _FILE.search(value) or _LINK.search(value) or (
            _PLUS_CODE.fullmatch(value)):
        return NONE
    if not _GLUED.search(value):
        return NONE  # "Covid-19", "2024-ECHO": a name and a number, not one made-up word
    inner = value[:-1]  # "Ubangi2024!": a sign that only ends the value may be the sentence's
    if _SIGN.search(inner) or (any(c.islower() for c in value) and any(c.isupper() for c in value)):
        return SECRET
    return PLAIN
