"""A GPS position from EXIF rationals or XMP text, with how precise the recorded figures are.

Precision: the smallest step the stored numbers can express (seconds written as n/100 step by 0.01″, about 0.3 m);
the camera's own error estimate (GPSHPositioningError, metres) is reported beside it when present.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction

_UNITS = (Fraction(1), Fraction(1, 60), Fraction(1, 3600))  # degrees, minutes, seconds
_ISO6709 = re.compile(r"^\s*([+-]\d{2}(?:\.(\d+))?)([+-]\d{3}(?:\.(\d+))?)")
_XMP_COORDINATE = re.compile(r"^\s*(\d{1,3}),(\d{1,2}(?:\.(\d+))?)(?:,(\d{1,2}(?:\.(\d+))?))?\s*([NSEW])\s*$", re.I)


@dataclass(frozen=True)
class Position:
    """Decimal degrees (north and east positive), the step of the stored figures in metres, the camera's error."""

    latitude: float
    longitude: float
    precision_m: float
    error_m: float | None = None

    def text(self, metres_per_degree: float) -> str:
        """'48.858219° N, 2.294478° E' with as many decimals as the figures carry (at most 7)."""
        step_degrees = self.precision_m / metres_per_degree
        decimals = min(7, max(0, math.ceil(-math.log10(step_degrees)))) if step_degrees > 0 else 7
        lat = f"{abs(self.latitude):.{decimals}f}° {'N' if self.latitude >= 0 else 'S'}"
        lon = f"{abs(self.longitude):.{decimals}f}° {'E' if self.longitude >= 0 else 'W'}"
        return f"{lat}, {lon}"


def _rational(value) -> Fraction | None:
    numerator, denominator = getattr(value, "numerator", None), getattr(value, "denominator", None)
    if numerator is None or not denominator:
        return None  # n/0: a camera that wrote no figure
    return Fraction(int(numerator), int(denominator))


def _dms(parts) -> tuple[Fraction, Fraction] | None:
    """(degrees, step in degrees) from EXIF's (d, m, s) rationals, or None when they are not three figures."""
    if not isinstance(parts, tuple) or not 1 <= len(parts) <= 3:
        return None
    values = [_rational(part) for part in parts]
    if any(value is None or value < 0 for value in values):
        return None
    degrees = sum(value * unit for value, unit in zip(values, _UNITS))
    # Cameras store decimal fractions (n/100, n/10000); a writer may reduce 4012/100 to 1003/25: count digits.
    steps = [unit / 10 ** math.ceil(math.log10(value.denominator)) for value, unit in zip(values, _UNITS)]
    # A trailing 0/1 after a fractional figure (48° 51.4932′ 0″) adds no precision: the fraction set the step.
    while len(steps) > 1 and values[len(steps) - 1] == 0 and values[len(steps) - 2].denominator > 1:
        steps.pop()
    return degrees, steps[-1]


def from_exif(gps_ifd: dict, metres_per_degree: float) -> Position | None:
    """The position in an EXIF GPS IFD (tags 1-4, 31), or None when it holds none, or only 0°, 0° (no fix)."""
    lat, lon = _dms(gps_ifd.get(2)), _dms(gps_ifd.get(4))
    if lat is None or lon is None or (lat[0] == 0 and lon[0] == 0) or lat[0] > 90 or lon[0] > 180:
        return None
    lat_sign = -1 if str(gps_ifd.get(1, "N")).strip().upper().startswith("S") else 1
    lon_sign = -1 if str(gps_ifd.get(3, "E")).strip().upper().startswith("W") else 1
    error = _rational(gps_ifd.get(31)) if 31 in gps_ifd else None
    return Position(float(lat[0]) * lat_sign, float(lon[0]) * lon_sign,
                    round(float(max(lat[1], lon[1])) * metres_per_degree, 3),
                    float(error) if error is not None else None)


def _xmp_coordinate(text: str) -> tuple[float, float] | None:
    match = _XMP_COORDINATE.match(text or "")
    if not match:
        return None
    degrees, minutes, minute_digits, seconds, second_digits, hemisphere = match.groups()
    value = int(degrees) + float(minutes) / 60 + (float(seconds) / 3600 if seconds else 0)
    step = (10 ** -len(second_digits or "")) / 3600 if seconds else (10 ** -len(minute_digits or "")) / 60
    return (-value if hemisphere.upper() in "SW" else value), step


def from_xmp(latitude: str, longitude: str, metres_per_degree: float) -> Position | None:
    """The position in XMP's exif:GPSLatitude/GPSLongitude ('48,51.4932N'), or None."""
    lat, lon = _xmp_coordinate(latitude), _xmp_coordinate(longitude)
    if lat is None or lon is None or (lat[0] == 0 and lon[0] == 0) or abs(lat[0]) > 90 or abs(lon[0]) > 180:
        return None
    return Position(lat[0], lon[0], round(max(lat[1], lon[1]) * metres_per_degree, 3))


def from_iso6709(text: str, metres_per_degree: float) -> Position | None:
    """The position in a video's ISO 6709 string ('+48.8582+002.2945+035.000/'), decimal degrees only, or None."""
    match = _ISO6709.match(text or "")
    if not match:
        return None
    lat, lat_digits, lon, lon_digits = match.groups()
    latitude, longitude = float(lat), float(lon)
    if (latitude == 0 and longitude == 0) or abs(latitude) > 90 or abs(longitude) > 180:
        return None
    step = 10 ** -min(len(lat_digits or ""), len(lon_digits or ""))
    return Position(latitude, longitude, round(step * metres_per_degree, 3))
