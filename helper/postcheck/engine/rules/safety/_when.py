"""Times of day, days and calendar dates in English, French and Spanish, as patterns over folded text."""

from __future__ import annotations

import re

from postcheck.engine.rules.safety._words import alternation, union
from postcheck.policy.safety_model import When

# Hours run 0-23, minutes 00-59; a lookaround keeps "1:2000" or "12:345" from reading as times.
_HOUR = r"(?:[01]?\d|2[0-3])"


def clock(when: When) -> str:
    """05:30, 6h30, 18h, 6 am, 0600, 1430 hrs: the suffixes come from the policy."""
    suffix = alternation(when.clock_suffixes, glued=True)
    return (
        rf"(?<![\w:./])(?:{_HOUR}[:h][0-5]\d(?:\s?{suffix})?"
        rf"|{_HOUR}\s?{suffix}"
        rf"|0\d[0-5]\d(?:\s?{suffix})?"
        rf"|{_HOUR}[0-5]\d\s?{suffix})(?![\w:])"
    )


def calendar_date(when: When, *, numeric_needs_year: bool = False) -> str:
    """12/03/1988, 12.03.88, 3 March (1990), March 3rd, 1990, le 12 mars, 12 de marzo de 1988."""
    month = alternation(when.months)
    year = r"(?:\d{4}|\d{2})"
    numeric = (
        rf"(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2]|[12]\d|3[01])\1{year}(?![\w/-]|\.\d)"
    )
    if not numeric_needs_year:
        numeric += r"|(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![\w/-]|\.\d)"
    ordinal = r"(?:st|nd|rd|th|er|eme|º|°)?"
    return (
        rf"(?:{numeric}"
        rf"|(?<!\d)(?:0?[1-9]|[12]\d|3[01]){ordinal}\s+(?:of\s+|de\s+)?{month}(?:,?\s+(?:de\s+|del\s+)?\d{{4}})?"
        rf"|{month}\s+(?:0?[1-9]|[12]\d|3[01]){ordinal}(?!\d)(?:,?\s+\d{{4}})?)"
    )


def schedule(when: When) -> re.Pattern[str]:
    """Anything that says when: a clock time, a day word, a calendar date.

    Each begins with a digit, or at the start of a word with the first letter of a day or month word: a lookahead
    on that lets re pass every other position at once (the same matches, a faster scan)."""
    starts = re.escape("".join(sorted({word[0] for word in (*union(when.days), *union(when.months))})))
    return re.compile(rf"(?:(?=\d)|(?<!\w)(?=[{starts}]))(?:{clock(when)}|{alternation(when.days)}|{calendar_date(when)})")


def past(when: When) -> re.Pattern[str]:
    return re.compile(alternation(when.past))
