"""GPS coordinates, in decimal ("34.5281, 69.1723") or degree notation ("34°31'41\"N 69°10'20\"E").

What it flags: a latitude/longitude pair precise enough to find a house (the policy's number of decimals, or fewer
with a hemisphere letter or a cue such as GPS, coordonnées, coordenadas), and any degree-minute notation.
Why: Security and Privacy: coordinates pin a residence, a warehouse or a team's camp to a few metres — "Be aware of
offline security concerns."
Example: "Our team is camped at 34.52813, 69.17233 tonight"
Instead: name the province or district only.
"""

from __future__ import annotations

import re

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import alternation, word_pattern
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Security and Privacy"

# Folded text: hemisphere letters are lower case; "o" is the French and Spanish west (ouest, oeste).
_DECIMAL = re.compile(
    r"(?<![\w.,])([-+]?\d{1,2})\.(\d+)\s*°?\s*([ns])?\s*[,;/ ]\s*([-+]?\d{1,3})\.(\d+)\s*°?\s*([ewo])?(?!\w|\.\d)"
)
# Two decimal numbers side by side ("14.59, 120.98"): a cheap test before the full pattern.
_DECIMAL_HINT = re.compile(r"\d\.\d+\s*°?\s*[nsewo]?\s*[,;/ ]\s*[-+]?\d{1,3}\.\d")
_DEGREES = re.compile(
    r"(?<![\w.])\d{1,3}\s*°\s*\d{1,2}(?:[.,]\d+)?\s*['′]\s*(?:\d{1,2}(?:[.,]\d+)?\s*(?:\"|″|'')\s*)?[nsewo]?"
    r"(?:[\s,;/]*\d{1,3}\s*°\s*\d{1,2}(?:[.,]\d+)?\s*['′]\s*(?:\d{1,2}(?:[.,]\d+)?\s*(?:\"|″|'')\s*)?[nsewo]?)?"
    r"|(?<![\w.])\d{1,2}(?:\.\d+)?\s*°\s*[ns][\s,;/]+\d{1,3}(?:\.\d+)?\s*°\s*[ewo](?!\w)"
)


def build(policy: Policy):
    settings = policy.safety.coordinates
    reader = Reader(policy)
    cues = word_pattern(settings.cues)
    hazards = word_pattern(settings.natural_events)
    # The quantity may follow the number directly ("2.3456%"), hence glued.
    quantity = re.compile(r"\s*" + alternation(settings.quantities, glued=True))

    def plausible(match: re.Match[str], cued: bool) -> bool:
        lat, lat_dec, north_south, lon, lon_dec, east_west = match.groups()
        if abs(float(f"{lat}.{lat_dec}")) > 90 or abs(float(f"{lon}.{lon_dec}")) > 180:
            return False
        precise = min(len(lat_dec), len(lon_dec)) >= settings.min_decimals
        # Fewer decimals are still coordinates when something says so (hemisphere letters, "GPS:").
        return precise or bool(north_south and east_west) or (cued and min(len(lat_dec), len(lon_dec)) >= 2)

    def check(draft: Draft):
        reading = reader.read(draft)
        degrees = "°" in reading.lower
        if not degrees and _DECIMAL_HINT.search(reading.lower) is None:
            return
        folded = reading.folded
        # Degrees alone ("30°") are temperatures; minutes or a hemisphere letter make them a position.
        hits = [m for m in (_DEGREES.finditer(folded) if degrees else ())
                if "'" in m.group() or "′" in m.group() or m.group()[-1] in "ewo"]
        decimals = list(_DECIMAL.finditer(folded))
        if not (hits or decimals) or hazards.search(folded):
            return
        for match in decimals:
            if quantity.match(folded, match.end()):
                continue
            start, end = reading.sentence_at(match.start())
            if plausible(match, cues.search(folded, start, end) is not None):
                hits.append(match)
        spans = sorted({(m.start(), len(folded[:m.end()].rstrip())) for m in hits})
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
