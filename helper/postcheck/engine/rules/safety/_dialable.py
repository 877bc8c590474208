"""Digit runs that could be dialled, and the ones that cannot (links, dates, clock times, ranges, decimals, measures);
the lengths a region's numbers can have."""

from __future__ import annotations

import re
from types import ModuleType

# A run that could hold a phone number: digits with the usual separators, optionally after "+". Read on text whose
# separators are plain (see _separators): "202‑555‑0148" with non-breaking hyphens is a candidate too.
CANDIDATE = re.compile(r"[\d+(][\d\s().\-/]{5,23}\d")
DIGIT = re.compile(r"\d")
# Links carry digits (t.co/9aX…) and so do dates and clock times ("2012-06-03 19:20:43"): none is a number to call.
# Every one begins with h, w or a digit: the lookahead in front lets re pass any other character at once (3x faster).
_NOT_A_NUMBER = re.compile(
    r"(?=[hw\d])(?:https?://\S+|\bwww\.\S+"
    r"|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|(?<![\d.])\d{1,2}([/.])\d{1,2}\1(?:19|20)?\d\d(?![.\d])"  # 2012-06-03, 12/03/1988, 17.07.15
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b)"
)
# One piece of a run that is a decimal ("35.008", "21,5") or a day.month ("03.07"): a run holding one is a list of
# figures or a date range, never one number ("Rates today: 35.008 31.354", "03.07 - 17.07").
_FIGURE = re.compile(r"\d+[.,]\d+")
_PIECES = re.compile(r"[\s/-]+")


_LIBRARY: list[ModuleType] = []  # phonenumbers, once imported


def library() -> ModuleType:
    """libphonenumber (the phonenumbers package), imported on first use: most posts have no number, and the library
    and its metadata cost tens of milliseconds and about 1 MB to load (benchmarks/bench_safety.py measures it).
    Where the installed version offers it (enable_pattern_cache), its metadata patterns are kept compiled instead of
    being looked up in re's cache at every parse: the same results, a few times fewer microseconds."""
    if not _LIBRARY:
        import phonenumbers

        keep_compiled = getattr(phonenumbers, "enable_pattern_cache", None)
        if keep_compiled is not None:
            keep_compiled()
        _LIBRARY.append(phonenumbers)
    return _LIBRARY[0]


def digits(text: str) -> str:
    return "".join(DIGIT.findall(text))


def blank_non_numbers(text: str) -> str:
    """`text` with links, dates and clock times blanked, the same length."""
    return _NOT_A_NUMBER.sub(lambda m: " " * len(m.group()), text)


def figures_not_number(run: str) -> bool:
    """True when the run is figures side by side (decimals, a day.month range), not one number to dial. A "+" run
    is always a number; so is one piece with several dots ("0414.555.93.21")."""
    if run.lstrip("( ").startswith("+"):
        return False
    return any(_FIGURE.fullmatch(piece) for piece in _PIECES.split(run.strip()))


class Lengths:
    """The lengths a region's numbers can have, from libphonenumber's metadata (read at first use): a digit run of
    another length, with or without the national prefix or the country code, is not worth parsing there."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[frozenset[int], str, str] | None] = {}

    def fits(self, region: str, run: str) -> bool:
        if region not in self._known:
            meta = library().PhoneMetadata.metadata_for_region(region)
            simple = meta is not None and meta.national_prefix_for_parsing in (None, meta.national_prefix)
            self._known[region] = (frozenset(meta.general_desc.possible_length), meta.national_prefix or "",
                                   str(meta.country_code)) if simple else None
        known = self._known[region]
        if known is None or run.startswith(("00", "011")):  # a prefix rule too rich to filter, or dialled abroad
            return True
        sizes, prefix, code = known
        return (len(run) in sizes or (prefix and run.startswith(prefix) and len(run) - len(prefix) in sizes)
                or (run.startswith(code) and len(run) - len(code) in sizes))
