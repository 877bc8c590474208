"""Hashtags and @-mentions as twitter-text v3 extracts them (extract.yml), offsets in code points.

Rather than sliding one big regex over every position, each '#'/'@' sign is examined where it stands: the
character before it decides whether it may start an entity, the text after it what the entity is. twitter-text's
regexes consume that preceding character, so a sign directly after an entity (or a rejected one) never starts one;
`resume` keeps that rule.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from postcheck.engine import regex_table
from postcheck.engine.twitter.hashtag_chars import HASHTAG_ALPHA, HASHTAG_CHAR

# twitter-text's hashtag characters are \p{L}\p{M}\p{Nd} and a few specials (hashtag_chars.py, generated from the
# `regex` module, which `re` lacks these classes of); their ASCII ones are [A-Za-z0-9_], run at C speed by `re`.
_ASCII_RUN = regex_table.compile("[A-Za-z0-9_]*")
_ASCII_LETTER = regex_table.compile("[A-Za-z]")
# A hashtag does not start with U+FE0F or U+20E3 (which end a keycap emoji, "#️⃣"), marks though they are.
_NOT_FIRST = "\ufe0f\u20e3"
# Before '#', a variation selector (a mark) does not count as part of a word.
_SELECTORS = "\ufe0e\ufe0f"
_HASH_SIGNS = regex_table.compile("[#\uff03]")

_AT_SIGNS = regex_table.compile("[@\uff20]")
_SCREEN_NAME = regex_table.compile(r"([a-zA-Z0-9_]{1,20})(/[a-zA-Z][a-zA-Z0-9_\-]{0,24})?")
_NOT_BEFORE_MENTION = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_!#$%&*@\uff20")
_NOT_BEFORE_RT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+~.-")
_LATIN_ACCENTS = regex_table.compile(
    "[\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f"
    "\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff]"
)


class Tag(NamedTuple):
    text: str  # without its sign
    start: int  # at the sign
    end: int


def hashtags(text: str) -> list[Tag]:
    found: list[Tag] = []
    resume = 0
    for sign in _HASH_SIGNS.finditer(text):
        at = sign.start()
        if at > 0 and (at - 1 < resume or _joins_before(text[at - 1])):
            continue
        # At the very end of the text the slice is "", which `in` finds too: no body either way.
        end = at + 1 if text[at + 1:at + 2] in _NOT_FIRST else _run_end(text, at + 1)
        body = text[at + 1:end]
        if not body or not _has_alpha(body):
            continue
        resume = end
        after = text[resume:resume + 3]
        if after[:1] in ("#", "\uff03") or after == "://":
            continue
        found.append(Tag(body, at, resume))
    return found


def _is_hashtag_char(char: str) -> bool:
    return bisect_right(HASHTAG_CHAR, ord(char)) & 1 == 1


def _run_end(text: str, start: int) -> int:
    """Where the run of hashtag characters from `start` ends (`start` when there is none)."""
    end = _ASCII_RUN.match(text, start).end()  # type: ignore[union-attr]
    while end < len(text) and not text[end].isascii() and _is_hashtag_char(text[end]):
        end = _ASCII_RUN.match(text, end + 1).end()  # type: ignore[union-attr]
    return end


def _has_alpha(body: str) -> bool:
    """Whether `body` holds a letter or a mark: a hashtag of digits and underscores only is none."""
    if _ASCII_LETTER.search(body):
        return True
    return not body.isascii() and any(bisect_right(HASHTAG_ALPHA, ord(char)) & 1 for char in body)


def _joins_before(char: str) -> bool:
    """Whether `char`, just before a '#', makes it part of a word: a hashtag character (a variation selector
    aside), '&' or half a surrogate pair."""
    if char in _SELECTORS:
        return False
    return _is_hashtag_char(char) or char == "&" or "\ud800" <= char <= "\udfff"


def mentions(text: str) -> list[Tag]:
    """@screen_name and @screen_name/list (the text then includes "/list"): both address someone."""
    found: list[Tag] = []
    resume = 0
    for sign in _AT_SIGNS.finditer(text):
        at = sign.start()
        if not _may_precede_mention(text, at, resume):
            continue
        name = _SCREEN_NAME.match(text, at + 1)
        if name is None:
            continue
        resume = name.end()
        after = text[resume:resume + 3]
        if after[:1] in ("@", "\uff20") or _LATIN_ACCENTS.match(after[:1]) or after == "://":
            continue
        found.append(Tag(name[0], at, resume))
    return found


def _may_precede_mention(text: str, at: int, resume: int) -> bool:
    if at == 0:
        return True
    if at - 1 >= resume and text[at - 1] not in _NOT_BEFORE_MENTION:
        return True
    # "RT@user", "RT:@user": the retweet marker, itself at the start or after a non-word character.
    marker = at - 1 if text[at - 1] == ":" else at
    if marker - 2 < resume or text[marker - 2:marker].lower() != "rt":
        return False
    return marker - 2 == 0 or (marker - 3 >= resume and text[marker - 3] not in _NOT_BEFORE_RT)

