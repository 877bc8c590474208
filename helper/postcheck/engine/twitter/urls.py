"""URL extraction as twitter-text v3 does it (extract.yml `urls`), offsets in code points.

twitter-text's grammar: a preceding character, optional http(s)://, sub-domains, a domain name, a known TLD, then
port, path (balanced parentheses allowed) and query; then IDNA label lengths, bare domains narrowed to their ASCII
part, t.co slugs. One regex holding ~1,600 TLDs costs 60-200 ms to compile, so the domain is found here instead: a
URL's domain lies in a run of domain characters containing a dot, and at each start the sub-domain count is tried
greedily (most first), each TLD being a set lookup (domains.py) — the order the regex would backtrack in.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from postcheck.engine import regex_table
from postcheck.engine.twitter import domains
from postcheck.engine.twitter.domains import LATIN_ACCENTS

_CYRILLIC = "\u0400-\u04ff"
_PATH_CHAR = rf"[a-z{_CYRILLIC}0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&{LATIN_ACCENTS}]"
_PARENS = rf"\((?:{_PATH_CHAR}+|{_PATH_CHAR}*\({_PATH_CHAR}+\){_PATH_CHAR}*)\)"
_PATH_END = rf"[+\-a-z{_CYRILLIC}0-9=_#/{LATIN_ACCENTS}]"
# twitter-text splices its ending-characters pattern "[…]|(?:parens)" into the path unit without a group, so the
# "|" splits the unit: characters ending in an ending character, or balanced parentheses alone, or "@…/". Hence
# "/:http://@(/x)" stops after "//" and "/'(x)" after "/", as in the official library.
_PATH = rf"(?:{_PATH_CHAR}*(?:{_PARENS}{_PATH_CHAR}*)*{_PATH_END}|{_PARENS}|@{_PATH_CHAR}+/)"
_QUERY = r"\?[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*[a-z0-9\-_&=#/]"
_TAIL = regex_table.compile(rf"(?::[0-9]+)?(?P<path>/{_PATH}*)?(?:{_QUERY})?", re.IGNORECASE)
_TCO = regex_table.compile(rf"https?://t\.co/([a-z0-9]+)(?:{_QUERY})?", re.IGNORECASE)
_NOT_BEFORE_URL = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@\uff20$#\uff03" + domains.INVALID
)
_BARE_BAD_BEFORE = frozenset("-_./")
_MAX_URL_LENGTH = 4096  # UTF-16 units, protocol included
_MAX_TCO_SLUG = 40


class Url(NamedTuple):
    text: str
    start: int
    end: int


def extract(text: str) -> list[Url]:
    """Every URL in `text`, in order, as twitter-text's extractUrlsWithIndices finds them."""
    if "." not in text:
        return []
    found: list[Url] = []
    resume = 0  # twitter-text's lastIndex: the next match must consume its preceding character from here on
    for run_start, run_end in domains.dotted_runs(text):
        if run_end <= resume or not domains.run_has_tld(text, run_start, run_end):
            continue
        # One run can hold several URLs ("twitter.jp日本語it.so"): keep trying after each match, past its end.
        for start, mid_character in _starts(text, run_start, run_end):
            if not (start >= resume if mid_character else _may_start(text, start, resume)):
                continue
            matched = _match_at(text, start, run_start, run_end)
            if matched is not None:
                resume = matched[2]
                _accept(text, start, *matched, mid_character, found)
    return found


def _starts(text: str, run_start: int, run_end: int) -> list[tuple[int, bool]]:
    """Where a URL may begin for this run, in twitter-text's search order (by the preceding character's index).

    twitter-text's regexes run on UTF-16 units: beside each astral character there is one more start, with its high
    surrogate as the preceding character and the domain beginning at its low one (`mid_character`). Only a bare
    domain can start there, and its ASCII narrowing leaves the astral character out: "$😷.co.jp" links "co.jp".
    """
    starts: list[tuple[int, bool]] = []
    for start in range(run_start, text.rfind(".", run_start, run_end)):
        starts.append((start, False))
        if ord(text[start]) > 0xFFFF:
            starts.append((start, True))
    for protocol in ("https://", "http://"):
        if run_start >= len(protocol) and text[run_start - len(protocol):run_start].lower() == protocol:
            starts.insert(0, (run_start - len(protocol), False))
            break
    if starts[:1] == [(0, False)] and len(starts) > 1 and starts[1][0] <= 1:
        # At index 0 the regex first takes text[0] (or its high surrogate) as the preceding character, then "^".
        starts[0], starts[1] = starts[1], starts[0]
    return starts


def _may_start(text: str, start: int, resume: int) -> bool:
    if start == 0:
        return resume == 0
    return start - 1 >= resume and text[start - 1] not in _NOT_BEFORE_URL


def _match_at(text: str, start: int, run_start: int, run_end: int) -> tuple[int, int, int, bool] | None:
    """(domain start, domain end, URL end, has a path) for a URL starting at `start`, or None."""
    domain_start = max(start, run_start)  # before the run only a protocol can stand
    domain_end = domains.domain_end(text, domain_start, run_end)
    if domain_end is None:
        return None
    tail = _TAIL.match(text, domain_end)
    return domain_start, domain_end, tail.end(), tail["path"] is not None


def _accept(
    text: str, start: int, domain_start: int, domain_end: int, end: int, has_path: bool, mid_character: bool,
    found: list[Url],
) -> None:
    url, domain = text[start:end], text[domain_start:domain_end]
    has_protocol = domain_start > start
    protocol_length = domain_start - start if has_protocol else len("https://")
    # From mid-character, the official library's domain begins with a lone low surrogate: punycode sees that.
    idna_domain = _low_surrogate(domain[0]) + domain[1:] if mid_character else domain
    if not domains.idna_ok(idna_domain) or protocol_length + _utf16_len(url) > _MAX_URL_LENGTH:
        return
    if has_protocol:
        tco = _TCO.match(url)
        if tco is not None:
            if len(tco[1]) > _MAX_TCO_SLUG:
                return
            url, end = tco[0], start + len(tco[0])
        found.append(Url(url, start, end))
        return
    if not mid_character and start > 0 and text[start - 1] in _BARE_BAD_BEFORE:
        return
    # Without a protocol only the ASCII (and Latin-accented) part of the domain links: "日本語example.com".
    parts = domains.ascii_domains(domain)
    placed_to = 0
    for part_start, part_end in parts:
        # twitter-text places each part with indexOf from the previous part's end, so an identical earlier text
        # ("ш.co.jpwww.xn--❤️.co.jp": the match is the second "co.jp") takes the place; X's composer counts it there.
        part = domain[part_start:part_end]
        placed = domain.find(part, placed_to)
        placed_to = placed + len(part)
        found.append(Url(part, start + placed, start + placed_to))
    if parts and has_path:
        last = found[-1]
        found[-1] = Url(last.text + text[domain_end:end], last.start, end)


def _low_surrogate(char: str) -> str:
    return chr(0xDC00 + ((ord(char) - 0x10000) & 0x3FF))


def _utf16_len(text: str) -> int:
    if 2 * len(text) <= _MAX_URL_LENGTH:
        return len(text)  # far below the limit whatever it holds: no need to count astral characters
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)

