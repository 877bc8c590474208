"""Phone numbers said in words: "oh-six-nine, one two three, four five six", "zéro-sept, quarante-deux, dix-huit…",
"cero cuatro uno cuatro, siete siete dos…".

A run of number words (the policy's [safety.phone.spoken_numbers], word → value, per language) joined by spaces,
hyphens or commas is read as the digits it says: units one digit each, tens with their unit as two ("quarante-deux"
→ 42, "dix-huit" → 18, "soixante-douze" → 72, "quatre-vingt" → 80). A run that says `min_digits` digits or more is a
number: nobody spells out a count digit by digit.
"""

from __future__ import annotations

import re

from postcheck.engine import regex_table
from postcheck.engine.fold import fold
from postcheck.engine.rules.safety._words import Gate

_JOIN = r"[\s,\-–‑.]+"
_TENS_WITH_TEENS = (60, 80)  # "soixante-douze", "quatre-vingt-dix": French counts by twenty above sixty


class Spoken:
    """Built from the policy's spoken number words; find() gives (start, end) of each number said in words."""

    def __init__(self, spoken: dict[str, dict[str, int]], min_digits: int) -> None:
        self._values = {fold(word): value for table in spoken.values() for word, value in table.items()}
        words = "|".join(sorted(map(re.escape, self._values), key=len, reverse=True))
        self._run = regex_table.compile(rf"\b(?:{words})\b(?:{_JOIN}(?:{words})\b)*")
        self._word = regex_table.compile(rf"\b(?:{words})\b")
        self._min_digits = min_digits
        # Words that are not digits ("one" in "no one", "un", "uno") are common: the run is looked for only when a
        # post holds at least three different number words.
        self._gate = frozenset(self._values)
        # Whether it holds one at all, one bit of the reading's gate index (every single number word is a key).
        self._any = Gate([word for table in spoken.values() for word in table])

    def find(self, reading) -> list[tuple[int, int]]:
        if not self._any.open(reading) or len(self._gate & reading.words) < 3:  # most posts: no number word at all
            return []
        found = []
        for run in self._run.finditer(reading.folded):
            if len(self.digits(run.group())) >= self._min_digits:
                found.append((run.start(), run.end()))
        return found

    def digits(self, run: str) -> str:
        """The digits a run of number words says: "oh six nine" → "069", "quarante-deux dix-huit" → "4218"."""
        said, current = [], None
        words = list(self._word.finditer(run))
        values = [self._values[word.group()] for word in words]
        for index, value in enumerate(values):
            # "quatre-vingt-dix quatre-vingts": a unit before "vingt" starts a number (4 × 20), it ends none; a comma
            # or a full stop ends one ("quatre-vingts, dix-sept").
            starts_score = index + 1 < len(values) and values[index + 1] == 20 and value == 4
            apart = index > 0 and any(sign in run[words[index - 1].end():words[index].start()] for sign in ",.")
            if current is not None and not (starts_score or apart) and _joins(current, value):
                current = current * value if value == 20 else current + value
                continue
            if current is not None:
                said.append(str(current))
            current = value
        if current is not None:
            said.append(str(current))
        return "".join(said)


def _joins(current: int, value: int) -> bool:
    """Whether `value` continues the number `current` began: 40 + 2, 10 + 8, 60 + 12, 4 × 20."""
    if current >= 20 and current % 10 == 0 and 0 < value < 10:
        return True
    if current == 10 and 7 <= value <= 9:
        return True
    if current in _TENS_WITH_TEENS and 10 <= value < 20:
        return True
    return current == 4 and value == 20
