"""twitter-text's official conformance suite, read from ../shared (never copied into the project).

extract.yml: hashtags, mentions, urls and their *_with_indices sections (indices in code points, as our Spans are).
validate.yml: weighted length and valid range (UTF-16 units, as the browser counts) for the v3 emoji-discounted and
directional-marker sections. Set TWITTER_TEXT_CONFORMANCE to the suite's directory to use another copy.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml
from postcheck import check
from postcheck.engine import twitter
from postcheck.engine.offsets import Utf16Map, utf16_len

from tests.support.shared import shared_path

# Cases we knowingly answer differently, with why. The test fails if one of them disappears from the suite.
EXCEPTIONS = {
    ("UnicodeDirectionalMarkerCounterTest", "Handle invalid characters", "validRange"): (
        "validRangeEnd stops at the first invalid character (U+FFFF) although the text is only 12 long; "
        "offset_at_weight answers where the *length* budget runs out, which is what the length rules underline"
    ),
}


@cache
def _suite(name: str) -> dict:
    directory = shared_path("conformance/twitter-text", env="TWITTER_TEXT_CONFORMANCE")
    return yaml.safe_load((Path(directory) / name).read_text(encoding="utf-8"))["tests"]


def _mismatches(section: str, cases: list[dict], actual, expected) -> list[str]:
    wrong = []
    for case in cases:
        got, want = actual(case["text"]), expected(case)
        if got != want:
            wrong.append(f"{section}: {case['description']}\n  text {case['text']!r}\n  got  {got}\n  want {want}")
    return wrong


EXTRACT_SECTIONS = {
    "hashtags": (lambda t: [s.text for s in twitter.parse(t).hashtags], lambda c: c["expected"]),
    "hashtags_from_astral": (lambda t: [s.text for s in twitter.parse(t).hashtags], lambda c: c["expected"]),
    "hashtags_with_indices": (
        lambda t: [(s.text, [s.start, s.end]) for s in twitter.parse(t).hashtags],
        lambda c: [(e["hashtag"], e["indices"]) for e in c["expected"]],
    ),
    "mentions": (lambda t: [s.text for s in twitter.parse(t).mentions], lambda c: c["expected"]),
    "mentions_with_indices": (
        lambda t: [(s.text, [s.start, s.end]) for s in twitter.parse(t).mentions],
        lambda c: [(e["screen_name"], e["indices"]) for e in c["expected"]],
    ),
    # We count @user/list as a mention (it addresses @user); its text keeps the "/list" part.
    "mentions_or_lists_with_indices": (
        lambda t: [(s.text, [s.start, s.end]) for s in twitter.parse(t).mentions],
        lambda c: [(e["screen_name"] + e["list_slug"], e["indices"]) for e in c["expected"]],
    ),
    "urls": (lambda t: [s.text for s in twitter.parse(t).urls], lambda c: c["expected"]),
    "tco_urls_with_params": (lambda t: [s.text for s in twitter.parse(t).urls], lambda c: c["expected"]),
    "urls_with_indices": (
        lambda t: [(s.text, [s.start, s.end]) for s in twitter.parse(t).urls],
        lambda c: [(e["url"], e["indices"]) for e in c["expected"]],
    ),
    "urls_with_directional_markers": (
        lambda t: [(s.text, [s.start, s.end]) for s in twitter.parse(t).urls],
        lambda c: [(e["url"], e["indices"]) for e in c["expected"]],
    ),
}
VALIDATE_SECTIONS = ("WeightedTweetsWithDiscountedEmojiCounterTest", "UnicodeDirectionalMarkerCounterTest")


@pytest.mark.parametrize("section", sorted(EXTRACT_SECTIONS))
def test_extract_section(section: str) -> None:
    cases = _suite("extract.yml")[section]
    assert cases, f"extract.yml has no cases in {section}"
    actual, expected = EXTRACT_SECTIONS[section]
    wrong = _mismatches(section, cases, actual, expected)
    assert not wrong, f"{len(wrong)}/{len(cases)} cases differ:\n" + "\n".join(wrong)


@pytest.mark.parametrize("section", VALIDATE_SECTIONS)
def test_weighted_length(section: str) -> None:
    cases = _suite("validate.yml")[section]
    wrong = _mismatches(section, cases, lambda t: twitter.parse(t).weighted_length,
                        lambda c: c["expected"]["weightedLength"])
    assert not wrong, f"{len(wrong)}/{len(cases)} cases differ:\n" + "\n".join(wrong)


@pytest.mark.parametrize("section", VALIDATE_SECTIONS)
def test_valid_range_end_is_where_the_overflow_starts(section: str) -> None:
    """validRangeEnd is the last UTF-16 unit that fits; offset_at_weight is the first code point that does not."""
    limit = 280
    cases = [c for c in _suite("validate.yml")[section]
             if (section, c["description"], "validRange") not in EXCEPTIONS]
    wrong = _mismatches(
        section, cases,
        lambda t: Utf16Map(t)(twitter.offset_at_weight(t, limit)),
        lambda c: c["expected"]["validRangeEnd"] + 1 if c["text"] else 0,
    )
    assert not wrong, f"{len(wrong)}/{len(cases)} cases differ:\n" + "\n".join(wrong)


def test_every_listed_exception_is_still_in_the_suite() -> None:
    for section, description, _ in EXCEPTIONS:
        descriptions = {c["description"] for c in _suite("validate.yml")[section]}
        assert description in descriptions, f"exception for {description!r} no longer matches a case in {section}"


@pytest.mark.parametrize("section, kind", [
    ("hashtags_with_indices", "hashtags"), ("mentions_with_indices", "mentions"), ("urls_with_indices", "urls"),
])
def test_check_reports_entities_in_utf16_units(section: str, kind: str) -> None:
    """The public report speaks UTF-16: the suite's code-point indices, converted, are what check() returns."""
    for case in _suite("extract.yml")[section]:
        text = case["text"]
        to16 = Utf16Map(text)
        want = [[to16(e["indices"][0]), to16(e["indices"][1])] for e in case["expected"]]
        got = [[e.start, e.end] for e in getattr(check(text).stats, kind)]
        assert got == want, f"{case['description']}: {text!r}"
        assert all(0 <= s <= e <= utf16_len(text) for s, e in got)


def test_astral_text_offsets_differ_between_the_two_units() -> None:
    """The conversion is real: with emoji before an entity, UTF-16 offsets run ahead of code points."""
    text = "🌍🌍 #IOM"
    assert [(s.start, s.end) for s in twitter.parse(text).hashtags] == [(3, 7)]
    assert [(e.start, e.end) for e in check(text).stats.hashtags] == [(5, 9)]
