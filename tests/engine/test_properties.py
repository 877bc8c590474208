"""Properties of check() for any string: it never raises, and every offset lies within the text in UTF-16 units."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postcheck.engine import Engine
from postcheck.engine.offsets import utf16_len
from postcheck.policy import PLATFORMS, load_policy

ENGINE = Engine(load_policy())

# Text that stresses offsets: astral emoji, ZWJ sequences, combining marks, RTL, lone surrogates, signs and URLs.
pieces = st.sampled_from([
    "#", "@", "＃", "https://", "www.", ".com", "/", " ", "\n", "\u200f", "\u200d", "\ufe0f", "\u0301", "é", "ß",
    "🏳️‍⚧️", "❤️‍🔥", "🧑🏽‍🌾", "👍🏿", "🇵🇭", "1️⃣", "日本", "مرحبا", "עברית", "\ud800", "\udfff", "IOM", "IDP",
    "convoy", "05:30", "+63 917 123 4567", "bit.ly/x", "wikipedia.org", "we are sorry you feel this way", "–L",
])
texts = st.one_of(st.text(max_size=300), st.lists(st.one_of(pieces, st.text(max_size=5)), max_size=60).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, platform=st.sampled_from(PLATFORMS), kind=st.sampled_from(["post", "reply"]))
def test_check_never_raises_and_spans_stay_inside(text: str, platform: str, kind: str) -> None:
    report = ENGINE.check(text, platform, kind)
    size = utf16_len(text)
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= size, finding
    for entity in (*report.stats.hashtags, *report.stats.mentions, *report.stats.urls):
        assert 0 <= entity.start < entity.end <= size, entity
    assert report.stats.weighted_length >= 0
    report.model_dump_json()  # serialisable, lone surrogates included


def test_lone_surrogates_become_replacement_characters_at_the_same_offsets() -> None:
    # Found by the property above: a lone surrogate inside a URL reached the report and broke its JSON.
    report = ENGINE.check("https://\ud800bit.ly/x #a", "twitter")
    assert report.stats.urls[0].text == "https://\ufffdbit.ly/x"
    assert report.stats.hashtags[0].start == 18  # unchanged: both characters are one UTF-16 unit
    assert "\\ufffd" in report.model_dump_json() or "\ufffd" in report.model_dump_json()
