"""A mobile team's route over the week: "Mon – Tapachula / Tue – Huixtla", "el lunes en Lajas Blancas, el miércoles
pasa a San Vicente". Each day is followed closely by a place name (a capitalised word in the original text)."""

from __future__ import annotations

import re

from postcheck.engine.rules.safety._words import alternation

# Between a day and its place: a dash or colon, or up to three short words ("en", "pasa a", "back at the").
# Read on the original text, where a place's capital stops it.
_BETWEEN = re.compile(r"[\s/]*(?:[-–—:]\s*)?(?:[a-zà-ÿ']{1,8}\s+){0,3}")


class Itinerary:
    """Built from the policy's itinerary days (abbreviations included); stops() gives each (start, end) of a
    day-and-place pair."""

    def __init__(self, days) -> None:
        self._days = re.compile(alternation(days))

    def stops(self, text: str, folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        found = []
        for day in self._days.finditer(folded, start, len(folded) if end is None else end):
            between = _BETWEEN.match(text, day.end())
            place = between.end()
            if place < len(text) and text[place].isupper():
                stop = place
                while stop < len(text) and (text[stop].isalnum() or text[stop] in "-'"):
                    stop += 1
                found.append((day.start(), stop))
        return found
