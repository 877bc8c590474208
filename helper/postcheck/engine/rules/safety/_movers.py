"""Who and what moves, read from the text for safety.movement: a named person before a motion, routes written with a
dash, the distance between clues without bracketed asides, and clues sliced by position (bisection keeps it linear).
Which of its word lists a post holds, and where, is _phrase_scan's."""

from __future__ import annotations

import re
from bisect import bisect_left

from postcheck.engine import regex_table

# Brackets between what moves and its verb do not part them: "Le camion de cash (Isuzu blanc, plaque …) part de …".
_ASIDE = regex_table.compile(r"\([^()]*\)")


# Where a person's trip goes: a preposition and a capitalised place ("a Bangkok", "to Dhaka", "vers Abéché").
PLACE_AFTER = regex_table.compile(r"(?<!\w)(?:to|into|a|à|au|hacia|vers|towards|para|pour)\s+[A-ZÀ-Ý]")
# Where a mobile clinic or relief team will be: at a point, coordinates or a capitalised place ("au point 18.64, …",
# "en Pedernales", "at Kakuma", read on the original text); not "in Kakuma": a clinic in a town is its base, said with its opening hours.
_AT = r"(?<!\w)(?:at|en|à|au|al|a)\s+(?:the\s+|el\s+|le\s+|la\s+)?"
# a point, a pair of decimal coordinates ("18.6498, -74.1136"; not "a 90.000 refugiados") or degrees ("18°14'")
_POINT = r"(?:point\b|punto\b|-?\d{1,3}\.\d{3,}\s*,\s*-?\d{1,3}\.\d{3,}|\d{1,3}°)"
AT_PLACE = regex_table.compile(f"{_AT}(?:[A-ZÀ-Ý]|{_POINT})")
# Where any mover will be: a point or coordinates ("en el punto -19.27, …", "au point 18.64, …", "at 18.21, -72.3").
AT_POINT = regex_table.compile(f"{_AT}{_POINT}")

# "the Lodwar–Kakuma run": two places joined by an en or em dash (a hyphen joins names: "Dame-Marie").
_DASHED = regex_table.compile(r"([^\W\d_][\w'-]*)[–—]([^\W\d_][\w'-]*)")


def dashed_routes(text: str, reading, vehicles: re.Pattern[str], window: int) -> list[tuple[int, int]]:
    """Routes written "A–B" (both capitalised), each with a vehicle ([safety.movement.vehicles]) before it in its
    sentence, within `window` characters: "Franco–German team" is no route. Each lookback is bounded: linear."""
    if "–" not in text and "—" not in text:
        return []
    return [m.span() for m in _DASHED.finditer(reading.lower) if text[m.start(1)].isupper()
            and text[m.start(2)].isupper() and vehicles.search(
                reading.folded, max(reading.sentence_at(m.start())[0], m.start() - window), m.start()) is not None]


def apart(folded: str, a: int, b: int) -> int:
    """Characters between two positions, without bracketed asides."""
    lo, hi = min(a, b), max(a, b)
    return hi - lo - sum(len(m.group()) for m in _ASIDE.finditer(folded, lo, hi))


def named_before(text: str, start: int, sentence_start: int) -> tuple[int, int] | None:
    """The (start, end) of the capitalised name right before a motion ("… Hernán drives it"), not the first word of a
    sentence."""
    end = start
    while end > sentence_start and text[end - 1] == " ":
        end -= 1
    first = end
    while first > sentence_start and (text[first - 1].isalpha() or text[first - 1] in "-'"):
        first -= 1
    if first == end or not text[first].isupper() or not text[first + 1:end].islower() or text[start].isupper():
        return None  # "Red Cross", "Fourmile Creek passing": a capitalised motion or a second capital is a name
    before = text[max(sentence_start, first - 40):first].rstrip()  # bounded: a long sentence stays linear
    if not before.strip(" \t\"'“”«»([-–—:,") or before[-1:].isupper() or before.endswith(tuple("0123456789")):
        return None
    last = before.split()[-1] if before.split() else ""
    return None if last[:1].isupper() else (first, end)


class Sorted:
    """Clues in text order (tuples, each beginning with its start and end), sliced by position with bisection: every
    lookup costs the clues it returns, not all the clues of the post (a long post with many movers stays linear)."""

    __slots__ = ("_starts", "matches")

    def __init__(self, matches) -> None:
        self.matches = list(matches)
        self._starts = [m[0] for m in self.matches]

    def near(self, start: int, end: int, anchor: int, window: int) -> list:
        """The clues inside [start, end) that lie within `window` characters of `anchor`."""
        lo, hi = max(start, anchor - window), min(end, anchor + window + 1)
        return self.matches[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]


class Ahead(Sorted):
    """The (start, end) of a scan's matches, read only as far as a lookup needs: a movement's time near the start of a
    post leaves the rest of it unscanned. Each match is read once, in text order: linear."""

    __slots__ = ("_source",)

    def __init__(self, matches) -> None:
        super().__init__(())
        self._source = iter(matches)

    def near(self, start: int, end: int, anchor: int, window: int) -> list:
        hi = min(end, anchor + window + 1)
        while self._source is not None and (not self._starts or self._starts[-1] < hi):
            match = next(self._source, None)
            if match is None:
                self._source = None
            else:
                self.matches.append(match.span())
                self._starts.append(match.start())
        return super().near(start, end, anchor, window)
