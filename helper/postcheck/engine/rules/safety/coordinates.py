"""GPS coordinates, in decimal ("34.5281, 69.1723") or degree notation ("34°31'41\"N 69°10'20\"E").

What it flags: a latitude/longitude pair precise enough to find a house (the policy's number of decimals, or fewer
with a hemisphere letter or a cue such as GPS, camped at, coordonnées, coordenadas), a degree-minute pair
("34°31'41\"N 69°10'20\"E", "-30° 28.453, 150° 55.265"; one axis alone, "0°00' latitude", is a line, not a place),
military grid references ("18SUJ2348006479") and plus codes ("7FG9+XR").
Why: Security and Privacy: coordinates pin a residence, a warehouse or a team's camp to a few metres — "Be aware of
offline security concerns."
Example: "Our team is camped at 34.52813, 69.17233 tonight"
Instead: name the province or district only.
"""

from __future__ import annotations

import re

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.safety._dialable import ascii_digits, latin_digits, latin_digits_only
from postcheck.engine.rules.safety._anchored_search import AnchoredSearch
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import alternation, union
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Security and Privacy"

# Folded text: hemisphere letters are lower case; "o" is the French and Spanish west (ouest, oeste). Every pattern below
# that reads a number starts with a lookahead on its first character (a sign or a digit): re passes the other
# positions at once instead of trying the lookbehind and the rest there (the same matches, 15-45% cheaper).
_DECIMAL = regex_table.compile(
    r"(?=[-+\d])(?<![\w.,])([-+]?\d{1,2})\.(\d+)\s*°?\s*([ns])?\s*[,;/ ]\s*"
    r"([-+]?\d{1,3})\.(\d+)\s*°?\s*([ewo])?(?!\w|\.\d)"
)
# Decimal commas (French, Spanish): the pair is then split by ";" or "/" ("12,6392 ; -8,0029"). Same groups.
_DECIMAL_COMMA = regex_table.compile(
    r"(?=[-+\d])(?<![\w.,])([-+]?\d{1,2}),(\d+)\s*°?\s*([ns])?\s*[;/]\s*"
    r"([-+]?\d{1,3}),(\d+)\s*°?\s*([ewo])?(?!\w|[.,]\d)"
)
# Two decimal numbers side by side ("14.59, 120.98", "12,6392 ; -8,0029"): a cheap test before the full patterns.
_DECIMAL_HINT = regex_table.compile(
    r"\d\.\d+\s*°?\s*[nsewo]?\s*[,;/ ]\s*[-+]?\d{1,3}\.\d|\d,\d+\s*°?\s*[ns]?\s*[;/]\s*[-+]?\d")
# Degrees then minutes, with or without seconds: 34°31'41"N, 61 deg 49' 49" N, -30° 28.453 (decimal minutes need
# no minute sign). Folded text: "o" is the French and Spanish west (ouest, oeste).
_DEG = r"(?:\s*[°º]|\s*deg(?:rees?)?(?!\w))"
_ONE = (rf"[-+]?\d{{1,3}}{_DEG}\s*(?:\d{{1,2}}(?:[.,]\d+)?\s*['′]\s*(?:\d{{1,2}}(?:[.,]\d+)?\s*(?:\"|″|''|”)\s*)?"
        r"|\d{1,2}\.\d+\s*['′]?\s*)[nsewo]?(?!\w)")
_DEGREES = regex_table.compile(
    rf"(?=[-+\d])(?:(?<![\w.]){_ONE}(?:[\s,;/]*{_ONE})?"
    r"|(?<![\w.])\d{1,2}(?:\.\d+)?\s*°\s*[ns][\s,;/]+\d{1,3}(?:\.\d+)?\s*°\s*[ewo](?!\w))"
)
# One degree sign of a reading: a position has two (latitude and longitude).
_DEG_MARK = regex_table.compile(_DEG)
# A military grid reference (MGRS): zone, band, 100 km square, then easting and northing of equal length
# ("18SUJ2348006479", "37N DF 4523 8876").
_GRID = regex_table.compile(
    r"(?=\d)(?<![\w.])(?:[1-9]|[1-5]\d|60)[c-hj-np-x]\s?[a-hj-np-z]{2}\s?"
    r"(?:\d{5}\s?\d{5}|\d{4}\s?\d{4}|\d{3}\s?\d{3})(?!\w)"
)
# A grid reference's start: a cheap test before the full pattern.
_GRID_HINT = regex_table.compile(r"\d[c-hj-np-x] ?[a-hj-np-z]{2} ?\d{3}")
# Both hints in one scan, their common first digit in front (re jumps from digit to digit), the grid first: the first
# match says whether either hint occurs, and whether a grid one does when it is a grid one; after a decimal one, a
# grid one can only start from there on (none started before: the scan would have found it). On ASCII text (most
# posts) with [0-9], the same as \d there and cheaper to scan for (no \d inside a class in these patterns).
_HINTS = (r"\d(?:(?P<grid>" + _GRID_HINT.pattern[2:] + ")|"
          + "|".join(alternative[2:] for alternative in _DECIMAL_HINT.pattern.split("|")) + ")")
_HINTS_ANYWHERE = regex_table.compile(_HINTS)
_ASCII_HINTS = regex_table.compile(_HINTS.replace(r"\d", "[0-9]"))
_ASCII_GRID_HINT = regex_table.compile(_GRID_HINT.pattern.replace(r"\d", "[0-9]"))
_ASCII_DECIMAL_HINT = regex_table.compile(_DECIMAL_HINT.pattern.replace(r"\d", "[0-9]"))
# The fewest digits a hint holds: "1,2;3" (a decimal comma, then the second axis); a grid one and a decimal one four.
_HINT_DIGITS = 3
# A plus code (Open Location Code): "7FG9+XR", "6GCRPR6C+24"; read on the original text, in capitals. Written to
# begin with its first character, then to look behind it ("not after a letter, digit or +"): re then jumps from one
# code character to the next instead of trying every position (the same matches as (?<![\w+])[2-9CF…]{4,8}\+…).
_CODE = "[2-9CFGHJMPQRVWX]"
_PLUS_CODE = regex_table.compile(rf"{_CODE}(?<![\w+].){_CODE}{{3,7}}\+{_CODE}{{2,3}}(?![\w+])")


def build(policy: Policy):
    settings = policy.safety.coordinates
    reader = Reader(policy)
    # Searched only where their phrases begin (AnchoredSearch): the same matches as their patterns over the text.
    cues = AnchoredSearch(settings.cues)
    hazards = AnchoredSearch(settings.natural_events)
    # The quantity may follow the number directly ("2.3456%"), hence glued.
    quantity = regex_table.compile(r"\s*" + alternation(settings.quantities, glued=True))
    window = policy.safety.window
    # Axes named before each number: the pair needs no decimal mark of its own kind ("lat 12.345 long -1.234").
    number = r"\s*[:=]?\s*([-+]?\d{1,3})[.,](\d+)"
    labelled = regex_table.compile(alternation(settings.latitude_labels) + number + r"()[\s,;/]*"
                          + alternation(settings.longitude_labels) + number + r"()(?!\w|[.,]\d)")
    label_gate = frozenset(union(settings.latitude_labels))
    # Between the two axes of a degree pair, a longitude label may stand ("lat 0°00', long 37°04' e").
    axis_gap = regex_table.compile(r"[\s,;/]*(?:" + alternation(settings.longitude_labels) + r")?\s*[:=]?\s*")

    def plausible(match: re.Match[str], cued: bool) -> bool:
        lat, lat_dec, north_south, lon, lon_dec, east_west = match.groups()
        if abs(float(f"{lat}.{lat_dec}")) > 90 or abs(float(f"{lon}.{lon_dec}")) > 180:
            return False
        precise = min(len(lat_dec), len(lon_dec)) >= settings.min_decimals
        # Fewer decimals are still coordinates when something says so (hemisphere letters, "GPS:").
        return precise or bool(north_south and east_west) or (cued and min(len(lat_dec), len(lon_dec)) >= 2)

    def check(draft: Draft):
        reading = reader.read(draft)
        lower = reading.lower
        # A post whose digits are all 0-9 (an ASCII one, most tweets; or one with ASCII words, most labelled posts)
        # has them counted in C before any scan: every reading below holds a digit, and a hint _HINT_DIGITS; the
        # hints are then read with [0-9] for \d (the same matches there, cheaper). Another post is scanned as it is.
        if lower.isascii():
            latin, count = True, ascii_digits(lower)
        elif latin_digits_only(reading):
            latin, count = True, latin_digits(lower)
        else:
            latin, count = False, _HINT_DIGITS
        if not count:
            return
        degrees = "°" in lower or "º" in lower or "deg" in reading.words or "degrees" in reading.words
        hint = None if count < _HINT_DIGITS else (_ASCII_HINTS if latin else _HINTS_ANYWHERE).search(lower)
        gridded = hint is not None and (hint.group("grid") is not None or (
            _ASCII_GRID_HINT if latin else _GRID_HINT).search(lower, hint.start()) is not None)
        plus = [m for m in _PLUS_CODE.finditer(draft.text) if any(c.isdigit() for c in m.group())] if "+" in lower else []
        named = not label_gate.isdisjoint(reading.words)
        if not (degrees or gridded or plus or named or hint):  # hint: a grid or a decimal one
            return
        folded = reading.folded
        # Degrees alone ("30°") are temperatures; minutes or a hemisphere letter make them a position, and a position
        # needs both axes: "0°00' latitude" alone (the equator) is a line, not a place.
        readings = [m for m in (_DEGREES.finditer(folded) if degrees else ())
                    if any(sign in m.group() for sign in "'′.") or m.group().rstrip()[-1] in "ewo"]
        hits = [m for i, m in enumerate(readings) if len(_DEG_MARK.findall(m.group())) >= 2
                or any(_axis_pair(readings, j, axis_gap) for j in (i - 1, i))]
        hits += _GRID.finditer(folded) if gridded else ()
        hits += plus
        # Both decimal patterns hold a decimal hint: one search of it (on the folded text they read) spares them.
        # A match of either holds one at the last digit of its first number, two signs at most after its start
        # ("-12.", "-1,"): none starts before the first hint less two, and both are read from there on.
        paired = (_ASCII_DECIMAL_HINT if latin else _DECIMAL_HINT).search(folded)
        decimals = [] if paired is None else [
            *_DECIMAL.finditer(folded, max(0, paired.start() - 2)),
            *(_DECIMAL_COMMA.finditer(folded, max(0, paired.start() - 2)) if "," in folded else ())]
        hits += (m for m in (labelled.finditer(folded) if named else ()) if plausible(m, True))
        if not (hits or decimals) or hazards.search(draft, reading, 0, len(folded)):
            return
        for match in decimals:
            if quantity.match(folded, match.end()):
                continue
            # The cue is read near the pair, not over the whole sentence: the cost stays linear in the text.
            first, last = reading.sentence_at(match.start())
            lo, hi = max(first, match.start() - window), min(last, match.end() + window)
            if plausible(match, cues.search(draft, reading, lo, hi) is not None):
                hits.append(match)
        spans = sorted({(m.start(), _trimmed_end(folded, m.start(), m.end())) for m in hits})
        for index, (start, end) in enumerate(spans):
            if index and start < spans[index - 1][1]:
                continue  # the same pair seen by both notations
            yield Hit(
                start, end,
                "These GPS coordinates pin a place to a few metres: a residence, a warehouse or a team's "
                "position becomes a target.",
                "Name the town or province instead of its coordinates.",
            )

    return check


def _axis_pair(readings: list[re.Match[str]], first: int, gap: re.Pattern[str]) -> bool:
    """Whether degree readings `first` and `first + 1` are the two axes of one position, split by a label."""
    if first < 0 or first + 1 >= len(readings):
        return False
    one, other = readings[first], readings[first + 1]
    return other.start() - one.end() <= 16 and gap.fullmatch(one.string, one.end(), other.start()) is not None


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
