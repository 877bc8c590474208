"""Where the emoji that x.com's twitter-text counts as one sit in a text, found as @twemoji/parser finds them.

parseTweet weighs each match of the twemoji regex as one emoji (config v3's default weight, 2) however many code points
it spans; everything else weighs code point by code point. The x.com web client runs the regex of twemoji 15.0, so a
sequence from Emoji 15.1 on (🐦‍🔥, 🍋‍🟩, 🧑‍🧑‍🧒) is not one emoji there and weighs by its parts, and so it does here.
The regex is generated into twemoji_regex.py (scripts/generate_twemoji.py), whose DATA_VERSION names the data.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from postcheck.engine import regex_table


class Table(NamedTuple):
    candidates: re.Pattern[str]  # where a match can start (an ASCII first character only before a non-ASCII one)
    group_of: dict[str, int]  # first character -> index in twemoji_regex.BY_FIRST


@lru_cache(maxsize=1)
def table() -> Table:
    # Loaded and built on the first text beyond ASCII (~5 ms), not at import: ASCII texts never need it.
    from postcheck.engine.twitter import twemoji_regex

    group_of = {chr(code): index for index, (ranges, _) in enumerate(twemoji_regex.BY_FIRST)
                for low, high in ranges for code in range(low, high + 1)}
    ascii_firsts = sorted(c for c in group_of if c.isascii())
    bmp_firsts = sorted(c for c in group_of if not c.isascii() and ord(c) <= 0xFFFF)
    astral = sorted(c for c in group_of if ord(c) > 0xFFFF)
    # An ASCII first character (a keycap's digit) is worth a look only before a non-ASCII one (tests check that no
    # match is ASCII only). Astral first characters go in as one range, the dict rejecting the rest: a class listing
    # hundreds of astral characters is scanned item by item at every position.
    pattern = (f"[{re.escape(''.join(ascii_firsts))}](?=[^\\x00-\\x7f])|[{re.escape(''.join(bmp_firsts))}"
               + (f"{astral[0]}-{astral[-1]}" if astral else "") + "]")
    return Table(regex_table.compile(pattern), group_of)


@lru_cache(maxsize=None)
def group_pattern(index: int) -> re.Pattern[str]:
    """The compiled alternatives of one first-character group, compiled on the first text that needs them (with
    re.compile: one group of many at a time, not worth a place in regex_table)."""
    from postcheck.engine.twitter import twemoji_regex

    return re.compile(twemoji_regex.BY_FIRST[index][1])


def find(text: str) -> list[tuple[int, int]]:
    """Start and end (code points) of each match spanning several code points, left to right as the regex's global
    search finds them. A one-code-point match is left out: it weighs what its character weighs (tests check it)."""
    candidates, group_of = table()
    found: list[tuple[int, int]] = []
    resume = 0
    for candidate in candidates.finditer(text):
        start = candidate.start()
        index = group_of.get(text[start]) if start >= resume else None
        if index is None:
            continue
        match = group_pattern(index).match(text, start)
        if match is not None:
            resume = match.end()
            if resume - start > 1:
                found.append((start, resume))
    return found
