"""Values that look like a secret someone made up: "Sevare#2024", "Ubangi2024", "Tapa2024!migra", "Huesped*2025".

A secret-looking value is a run of 6 to 40 characters without spaces holding letters and digits glued together
(a letter right beside a digit, or with one sign between), and either a sign inside (! # $ % & * ? ^ ~ + =) or both cases. Not one: a file
name ("DTM_R45_Borno_final.xlsx"), a link, a tag or mention ("#Password2024", "@Migra2024"), an e-mail address,
a name with its number after a hyphen ("Covid-19"), a reference in capitals ("NG10P0523", "ETH-DTM-R34-2024").
"""

from __future__ import annotations

import re

# Where a value may start: a token with a digit and a letter in it (the lookaheads stay inside the token).
CANDIDATE = re.compile(r"(?<!\S)[\"'«“(]?(?=[^\s]*\d)(?=[^\s]*[^\W\d_])[^\s\"'»”)]{6,60}")
_SIGNS = "!#$%&*?^~+="
_SIGN = re.compile(f"[{re.escape(_SIGNS)}]")
# A letter beside a digit, or with one sign between: "Kabul2024", "Sevare#2024"; not "Covid-19".
_GLUED = re.compile(rf"[^\W\d_]{_SIGN.pattern}?\d|\d{_SIGN.pattern}?[^\W\d_]")
_FILE = re.compile(r"\.[A-Za-z][A-Za-z0-9]{1,4}$")
_LINK = re.compile(r"://|^www\.|\.[a-z]{2,}/|@[\w-]+\.[a-z]", re.IGNORECASE)
_TRAILING = ".,;:!?"


def value_of(token: str) -> str:
    """The token without an opening quote or bracket and without the sentence's closing signs."""
    return token.lstrip("\"'«“(").rstrip(_TRAILING)


def looks_secret(value: str) -> bool:
    """Whether `value` (a token without spaces, see value_of) looks like a made-up secret."""
    if not 6 <= len(value) <= 40 or value[0] in "#@" or _FILE.search(value) or _LINK.search(value):
        return False
    if not _GLUED.search(value):
        return False  # "Covid-19", "2024-ECHO": a name and a number, not one made-up word
    inner = value[:-1]  # "Ubangi2024!": a sign that only ends the value may be the sentence's
    return bool(_SIGN.search(inner)) or (any(c.islower() for c in value) and any(c.isupper() for c in value))
