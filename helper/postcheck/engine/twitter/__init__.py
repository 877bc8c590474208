"""twitter-text v3: weighted length and hashtag, mention and URL extraction (code-point offsets).

Conformance-tested against ../shared/conformance/twitter-text (tests/engine/test_twitter_conformance.py). Emoji count as
the x.com web client counts them: a match of twemoji 15.0's regex weighs 2, newer sequences weigh by their code points
(twemoji.py); tests/engine/test_twitter_against_js.py compares with twitter-text 3.1.0 run with that emoji parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from postcheck.engine import regex_table
from postcheck.engine.offsets import utf16_len
from postcheck.engine.twitter import normalization, tags, twemoji, urls, weights

__all__ = ["Parsed", "Span", "offset_at_weight", "parse", "weighted_length"]

_ASTRAL = regex_table.compile("[\U00010000-\U0010FFFF]")


@dataclass(frozen=True, slots=True)
class Span:
    """An entity in code-point offsets; `text` is without its sign, start..end covers the sign too."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Parsed:
    """weighted_length as twitter-text's parseTweet counts it (every URL 23); entities in reading order, no two of
    any kind overlapping (as its extractEntitiesWithIndices returns them)."""

    weighted_length: int
    hashtags: tuple[Span, ...]
    mentions: tuple[Span, ...]
    urls: tuple[Span, ...]
    # What the count walked: the NFC text and its whole units (URLs, emoji), kept so that offset_at_weight need not
    # find them again when a length rule asks where a budget runs out.
    normalized: str = field(default="", repr=False, compare=False)
    units: tuple[weights.Unit, ...] = field(default=(), repr=False, compare=False)


def parse(text: str) -> Parsed:
    found_urls = urls.extract(text)
    normalized = normalization.nfc(text)
    length_urls = found_urls if normalized is text else urls.extract(normalized)
    hashtags = tags.hashtags(text) if "#" in text or "\uff03" in text else []
    mentions = tags.mentions(text) if "@" in text or "\uff20" in text else []
    groups = _without_overlaps((found_urls, mentions, hashtags))
    units = tuple(_units(normalized, length_urls))
    return Parsed(
        weighted_length=weights.weighted_length(normalized, units),
        hashtags=groups[2],
        mentions=groups[1],
        urls=groups[0],
        normalized=normalized,
        units=units,
    )


def weighted_length(text: str) -> int:
    normalized = normalization.nfc(text)
    return weights.weighted_length(normalized, _units(normalized, urls.extract(normalized)))


def offset_at_weight(text: str, budget: int, parsed: Parsed | None = None) -> int:
    """Code-point offset of the first character that takes the weighted length over `budget` (len(text) if none).

    A URL or an emoji sequence is never split: when it does not fit, the offset is where it starts. This is
    twitter-text's validRangeEnd + 1, mapped back to the text as typed when NFC changed it.
    """
    if parsed is not None and parsed.normalized:  # `parsed` must be parse(text): its walk is reused
        normalized, units = parsed.normalized, list(parsed.units)
    else:
        normalized = normalization.nfc(text)
        units = _units(normalized, urls.extract(normalized))
    index = weights.overflow_index(normalized, units, budget)
    return normalization.to_original(text, normalized, index)


def _units(text: str, found_urls: list[urls.Url]) -> list[weights.Unit]:
    """URLs and emoji (twemoji matches) that count as a whole, in reading order, as twitter-text's walk meets them.

    The walk jumps over a whole unit, so a unit starting inside an earlier one is never met; at one position a URL
    wins over an emoji.
    """
    # twitter-text's walk skips url.length UTF-16 units, not the URL's span: they differ when a bare domain's path
    # is joined to its ASCII part ("1a.int＃＠.com/x" links "1a.int/x"), and the official count follows the text.
    units = [_url_unit(text, u) for u in found_urls]
    if not text.isascii():
        units.extend((start, end, weights.EMOJI_WEIGHT) for start, end in twemoji.find(text))
        units.sort(key=lambda unit: (unit[0], unit[2] < weights.URL_WEIGHT))  # URLs weigh at least 23
    kept: list[weights.Unit] = []
    reached = 0
    for unit in units:
        if unit[0] >= reached:
            kept.append(unit)
            reached = unit[1]
    return kept


def _url_unit(text: str, url: urls.Url) -> weights.Unit:
    """The stretch twitter-text's walk skips for `url`: url.length UTF-16 units from its start, weighing 23.

    If that ends inside an astral character, the walk resumes on its low surrogate, which weighs as a character of
    its own (and the emoji starting there is never met as one).
    """
    units = utf16_len(url.text)
    end = url.start + units
    if _ASTRAL.search(text, url.start, end) is None:
        return url.start, end, weights.URL_WEIGHT
    for index in range(url.start, len(text)):
        units -= 2 if ord(text[index]) > 0xFFFF else 1
        if units == 0:
            return url.start, index + 1, weights.URL_WEIGHT
        if units < 0:
            return url.start, index + 1, weights.URL_WEIGHT + weights.DEFAULT_WEIGHT
    return url.start, len(text), weights.URL_WEIGHT


def _without_overlaps(groups: tuple[list, ...]) -> list[tuple[Span, ...]]:
    """Entities of all kinds with overlaps removed as twitter-text's extractEntitiesWithIndices does it.

    The earliest start wins; at one start a URL beats a mention beats a hashtag ("＃t.co/x": U+FF03 is a domain
    character, so the official extractors find both the hashtag "t" and the URL "t.co/x").
    """
    spans: list[list[Span]] = [[] for _ in groups]
    if sum(1 for group in groups if group) < 2:  # one extractor never overlaps itself
        for kept, group in zip(spans, groups):
            kept.extend(Span(e.text, e.start, e.end) for e in group)
        return [tuple(kept) for kept in spans]
    ranked = sorted((e.start, kind, e) for kind, group in enumerate(groups) for e in group)
    reached = 0
    for start, kind, entity in ranked:
        if start >= reached:
            spans[kind].append(Span(entity.text, entity.start, entity.end))
            reached = entity.end
    return [tuple(kept) for kept in spans]
