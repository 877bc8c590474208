"""CodepointMap (UTF-16 offsets back to code points, for the CLI's excerpts) agrees with the plain scan everywhere."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from postcheck.engine.offsets import CodepointMap, Utf16Map, utf16_len, utf16_to_codepoints

TEXT = st.lists(st.sampled_from(["a", " ", "é", "\n", "😀", "🙏🏽", "\U0001F1F5", "\u200b", "#"]), max_size=40).map("".join)


@given(TEXT)
def test_matches_the_scan_at_every_utf16_offset(text: str) -> None:
    to_codepoints = CodepointMap(text)
    for offset in range(utf16_len(text) + 1):
        assert to_codepoints(offset) == utf16_to_codepoints(text, offset), (text, offset)


@given(TEXT)
def test_inverts_utf16map(text: str) -> None:
    to16, back = Utf16Map(text), CodepointMap(text)
    assert all(back(to16(index)) == index for index in range(len(text) + 1))
