"""Hashtags and @-mentions as twitter-text v3 extracts them (extract.yml), offsets in code points.

Rather than sliding one big regex over every position, each '#'/'@' sign is examined where it stands: the
character before it decides whether it may start an entity, the text after it what the entity is. twitter-text's
regexes consume that preceding character, so a sign directly after an entity (or a rejected one) never starts one;
`resume` keeps that rule.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

_SPECIAL = "_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7"
_ALNUM = rf"[\p{{L}}\p{{M}}\p{{Nd}}{_SPECIAL}]"
_HASHTAG_BODY = regex.compile(rf"(?![\ufe0f\u20e3]){_ALNUM}+")
_HAS_ALPHA = regex.compile(r"[\p{L}\p{M}]")
# A character that may stand before '#': not a hashtag character nor '&' (and not half a surrogate pair), or a
# variation selector (which is a mark, so would otherwise count as part of a word).
_NOT_BOUNDARY = regex.compile(rf"(?![\ufe0e\ufe0f])(?:{_ALNUM}|[&\ud800-\udfff])")
_HASH_SIGNS = re.compile("[#\uff03]")

_AT_SIGNS = re.compile("[@\uff20]")
_SCREEN_NAME = re.compile(r"([a-zA-Z0-9_]{1,20})(/[a-zA-Z][a-zA-Z0-9_\-]{0,24})?")
_NOT_BEFORE_MENTION = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_!#$%&*@\uff20")
_NOT_BEFORE_RT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+~.-")
_LATIN_ACCENTS = re.compile(
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
        if at > 0 and (at - 1 < resume or _NOT_BOUNDARY.match(text, at - 1)):
            continue
        body = _HASHTAG_BODY.match(text, at + 1)
        if body is None or not _HAS_ALPHA.search(body[0]):
            continue
        resume = body.end()
        after = text[resume:resume + 3]
        if after[:1] in ("#", "\uff03") or after == "://":
            continue
        found.append(Tag(body[0], at, resume))
    return found


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

