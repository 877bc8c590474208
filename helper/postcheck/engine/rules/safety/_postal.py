"""A postal address written as a block of lines: a line with a number, then "11000 Beograd, Serbia" or "Bamako, Mali".

Read on the original text: the town and the country are capitalised, the lines are short. The rule decides whether
the block is someone's home from the words before it (to me, chez moi, a mi casa…).
"""

from __future__ import annotations

import re

from postcheck.engine import regex_table

# The last line of a block: an optional postcode, a town, a comma, a country or region.
_TOWN_LINE = regex_table.compile(
    r"^[ \t]*(?:\d{4,6}[ \t]+)?[A-ZÀ-Þ][\w'’. -]{1,30},[ \t]*[A-ZÀ-Þ][\w'’ -]{1,30}[ \t]*$", re.M)
_LINE_WITH_NUMBER = regex_table.compile(r"^[^\n]{2,50}\d[^\n]{0,30}$", re.M)
_LINES_BEFORE = 2


def blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block: from the first numbered line (at most two lines above) to the end of the town
    line."""
    found = []
    for town in _TOWN_LINE.finditer(text):
        above, pos = [], town.start()
        for _ in range(_LINES_BEFORE):
            if pos == 0:
                break
            line_start = text.rfind("\n", 0, pos - 1) + 1
            above.append((line_start, pos - 1))
            pos = line_start
        numbered = [start for start, end in above if _LINE_WITH_NUMBER.fullmatch(text, start, end)]
        if numbered:
            found.append((min(numbered), town.end()))
    return found
