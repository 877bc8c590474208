"""A mobile team's route over the week: "Mon – Tapachula / Tue – Huixtla", "el lunes en Lajas Blancas, el miércoles
pasa a San Vicente". Each day is followed closely by a place name (a capitalised word in the original text)."""

from __future__ import annotations

from postcheck.engine import regex_table

# Between a day and its place: a dash or colon, or up to three short words ("en", "pasa a", "back at the").
# Read on the original text, where a place's capital stops it.
_BETWEEN = regex_table.compile(r"[\s/]*(?:[-–—:]\s*)?(?:[a-zà-ÿ']{1,8}\s+){0,3}")


def stops(text: str, days) -> list[tuple[int, int]]:
    """Each (start, end) of a day-and-place pair, from the (start, end) of the day words ([safety.movement.
    itinerary_days], abbreviations included) found in the folded text."""
    found = []
    for start, end in days:
        between = _BETWEEN.match(text, end)
        place = between.end()
        if place < len(text) and text[place].isupper():
            stop = place
            while stop < len(text) and (text[stop].isalnum() or text[stop] in "-'"):
                stop += 1
            found.append((start, stop))
    return found
