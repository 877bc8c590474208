"""The hashtag character classes read from hashtag_chars.py hold exactly the code points `regex` puts in
twitter-text's \\p{L}\\p{M}\\p{Nd} classes, and hashtags() finds what it found with `regex` (kept here as the
oracle)."""

from __future__ import annotations

import re
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from postcheck.engine.twitter import tags

REPO = Path(__file__).resolve().parents[2]
SPECIAL = "_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7"
ALNUM = rf"[\p{{L}}\p{{M}}\p{{Nd}}{SPECIAL}]"
BODY = regex.compile(rf"(?![\ufe0f\u20e3]){ALNUM}+")
HAS_ALPHA = regex.compile(r"[\p{L}\p{M}]")
NOT_BOUNDARY = regex.compile(rf"(?![\ufe0e\ufe0f])(?:{ALNUM}|[&\ud800-\udfff])")


def regex_hashtags(text: str) -> list[tags.Tag]:
    """hashtags() as it was written with the `regex` module."""
    found: list[tags.Tag] = []
    resume = 0
    for sign in re.finditer("[#\uff03]", text):
        at = sign.start()
        if at > 0 and (at - 1 < resume or NOT_BOUNDARY.match(text, at - 1)):
            continue
        body = BODY.match(text, at + 1)
        if body is None or not HAS_ALPHA.search(body[0]):
            continue
        resume = body.end()
        after = text[resume:resume + 3]
        if after[:1] in ("#", "\uff03") or after == "://":
            continue
        found.append(tags.Tag(body[0], at, resume))
    return found


def test_every_code_point_is_classed_as_regex_classes_it() -> None:
    hashtag_char, alpha = regex.compile(ALNUM), regex.compile(r"[\p{L}\p{M}]")
    for code in range(0x110000):
        char = chr(code)
        assert tags._is_hashtag_char(char) == bool(hashtag_char.fullmatch(char)), hex(code)
        assert tags._has_alpha(char) == bool(alpha.fullmatch(char)), hex(code)
        assert tags._joins_before(char) == bool(NOT_BOUNDARY.fullmatch(char)), hex(code)


def test_the_ascii_fast_paths_are_the_classes_ascii_part() -> None:
    ascii_chars = [chr(code) for code in range(128)]
    run = [c for c in ascii_chars if tags._ASCII_RUN.fullmatch(c)]
    assert [c for c in ascii_chars if regex.fullmatch(ALNUM, c)] == run
    letters = [c for c in ascii_chars if tags._ASCII_LETTER.fullmatch(c)]
    assert [c for c in ascii_chars if HAS_ALPHA.fullmatch(c)] == letters


TRICKY = "#\uff03&_a1 .:/é\u0301\ufe0e\ufe0f\u20e3\u200c\u00b7\u0660\u00bd\ud800日\U0001f600"


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=TRICKY, max_size=24))
def test_hashtags_as_regex_found_them(text: str) -> None:
    assert tags.hashtags(text) == regex_hashtags(text)


def test_hashtags_of_the_crisis_tweets_as_regex_found_them() -> None:
    tweets = (REPO.parent / "shared" / "corpora" / "crisislex-t26-tweets.txt").read_text(encoding="utf-8").splitlines()
    assert sum(bool(tags.hashtags(t)) for t in tweets) > 1000
    for tweet in tweets:
        assert tags.hashtags(tweet) == regex_hashtags(tweet), tweet
