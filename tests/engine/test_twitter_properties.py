"""Properties of twitter.parse and offset_at_weight for any string: no exception, spans inside the text and true to it.

Strings mix arbitrary code points (lone surrogates included) with fragments that trigger every branch: signs,
protocols, TLDs, emoji parts, combining marks, RTL text and directional marks.
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from postcheck.engine import twitter

fragments = st.sampled_from([
    "#", "@", "＃", "＠", "RT", ":", "/", ".", "..", "-", "_", "(", ")", "?", "&", "=", " ", "\n", "'",
    "http://", "https://", "HTTPS://", "t.co/", "www.", "iom", ".int", ".com", ".co.jp", "みんな", ".پاکستان", "xn--",
    "é", "e\u0301", "\u0301", "ß", "İ", "日本語", "مرحبا", "עברית", "\u202a", "\u202c", "\u2066", "\u200f",
    "\u200d", "\ufe0f", "\ufe0e", "\u20e3", "1", "🏻", "👨", "👩", "❤️‍🔥", "🏳️‍⚧️", "🇺", "🇳", "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    "\ud800", "\udfff", "\ufffe", "\uffff", "ｈａｓｈ", "ﾊﾟ",
])
any_char = st.characters(blacklist_categories=())  # surrogates too: a browser string may hold one on its own
texts = st.one_of(
    st.text(alphabet=any_char, max_size=200),
    st.lists(st.one_of(fragments, st.text(alphabet=any_char, max_size=4)), max_size=50).map("".join),
)
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=texts)
def test_parse_never_raises_and_spans_are_true_to_the_text(text: str) -> None:
    parsed = twitter.parse(text)
    assert parsed.weighted_length >= 0
    for span in (*parsed.hashtags, *parsed.mentions):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start] in "#＃@＠" and text[span.start + 1:span.end] == span.text
    for span in parsed.urls:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == span.text
    starts = [s.start for s in (*parsed.hashtags, *parsed.mentions, *parsed.urls)]
    ends = sorted((s.start, s.end) for s in (*parsed.hashtags, *parsed.mentions, *parsed.urls))
    assert len(set(starts)) == len(starts)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(ends)), "entities overlap"


@SETTINGS
@given(text=texts, budget=st.integers(min_value=0, max_value=300))
def test_offset_at_weight_stays_inside_and_agrees_with_the_length(text: str, budget: int) -> None:
    offset = twitter.offset_at_weight(text, budget)
    assert 0 <= offset <= len(text)
    length = twitter.weighted_length(text)
    assert (offset == len(text)) == (length <= budget)
    assert twitter.offset_at_weight(text, budget + 1) >= offset


@SETTINGS
@given(text=texts)
def test_weighted_length_is_the_same_through_parse(text: str) -> None:
    assert twitter.parse(text).weighted_length == twitter.weighted_length(text)


def _walk_overflow(text: str, units: list, budget: int) -> int:
    """The plain character-by-character walk the fast overflow_index must agree with."""
    from postcheck.engine.twitter import weights

    limit, total, index = budget * weights.SCALE, 0, 0
    for start, end, weight in [*units, (len(text), len(text), 0)]:
        for position in range(index, start):
            total += weights.char_weight(text[position])
            if total > limit:
                return position
        if start < len(text):
            total += weight
            if total > limit:
                return start
        index = end
    return len(text)


@SETTINGS
@given(text=texts, budget=st.integers(min_value=0, max_value=300))
def test_overflow_reuses_the_parse_and_agrees_with_the_plain_walk(text: str, budget: int) -> None:
    from postcheck.engine.twitter import normalization, weights

    parsed = twitter.parse(text)
    assert twitter.offset_at_weight(text, budget, parsed) == twitter.offset_at_weight(text, budget)
    units = list(parsed.units)
    assert weights.overflow_index(parsed.normalized, units, budget) == _walk_overflow(parsed.normalized, units, budget)
    assert normalization.nfc(text) == parsed.normalized
