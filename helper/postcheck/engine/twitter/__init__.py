"""twitter-text v3: weighted length and hashtag, mention and URL extraction (code-point offsets)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# First version, to be replaced by the conformance-tested implementation (see tests/engine/test_twitter_conformance.py).


@dataclass(frozen=True, slots=True)
class Span:
    """An entity in code-point offsets; `text` is without its sign, start..end covers the sign too."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Parsed:
    weighted_length: int
    hashtags: tuple[Span, ...]
    mentions: tuple[Span, ...]
    urls: tuple[Span, ...]


_HASHTAG = re.compile(r"(?<![\w&])[#＃](\w*[^\W\d]\w*)")
_MENTION = re.compile(r"(?<![\w@])[@＠](\w{1,20})")
_URL = re.compile(r"https?://[^\s]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|int|net|int|gov|edu|ly)(?:/[^\s]*)?", re.I)


def _spans(pattern: re.Pattern[str], text: str, group: int) -> tuple[Span, ...]:
    return tuple(Span(m.group(group), m.start(), m.end()) for m in pattern.finditer(text))


def parse(text: str) -> Parsed:
    urls = _spans(_URL, text, 0)
    length = sum(100 if ord(c) <= 4351 else 200 for c in text) // 100
    length += sum(23 - len(u.text) for u in urls)
    return Parsed(length, _spans(_HASHTAG, text, 1), _spans(_MENTION, text, 1), urls)


def offset_at_weight(text: str, budget: int) -> int:
    """Code-point offset of the first character that takes the weighted length over `budget`."""
    total = 0
    for index, char in enumerate(text):
        total += 1 if ord(char) <= 4351 else 2
        if total > budget:
            return index
    return len(text)
