"""Domain names as twitter-text reads them: labels, a known TLD (set lookups on tlds.txt), IDNA limits.

Domain characters (twitter-text 3.1) are anything but ASCII punctuation (except '"' and '`'), its spaces, its invalid
characters and the bidi marks; sub-domain labels may hold '_' and '-' inside, the domain name only '-'. A TLD must not run on into an
ASCII letter or digit, '@', '+' or '-'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from postcheck.engine import regex_table
from postcheck.engine.twitter import tlds

INVALID = "\ufffe\ufeff\uffff"
LATIN_ACCENTS = (
    "\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f"
    "\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_SPACES = "\t-\r \x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_DIRECTIONAL = "\u202a-\u202e\u061c\u200e\u200f\u2066-\u2069"  # bidi marks: around a URL, never inside a domain
_PUNCT_BUT_LABEL_SIGNS = r"!'#%&()*+,\\/:;<=>?@\[\]^{|}~$"  # without '_', '-', '.'
_RUN_CHAR = f"[^{_PUNCT_BUT_LABEL_SIGNS}{_SPACES}{INVALID}{_DIRECTIONAL}]"
_RUN = regex_table.compile(f"{_RUN_CHAR}*+")
_TLD_FORBIDDEN_NEXT = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@+-")
_PUNYCODE_TLD = regex_table.compile("xn--[-0-9a-z]+", re.IGNORECASE)
_ASCII_LABELS = regex_table.compile(rf"(?:[\-a-z0-9{LATIN_ACCENTS}]+\.)+", re.IGNORECASE)
_IDNA_DOTS = regex_table.compile("[.\u3002\uff0e\uff61]")
_MAX_LABEL = 63


def dotted_runs(text: str):
    """(start, end) of each maximal run of domain characters, '_', '-' and '.' that holds a dot: where domains lie.

    Driven by the dots (few) rather than a regex tried at every character: the run's tail is matched forward and its
    head on the reversed text, both in C.
    """
    reversed_text: str | None = None
    end = 0
    dot = text.find(".")
    while dot >= 0:
        if reversed_text is None:
            reversed_text = text[::-1]
        head = _RUN.match(reversed_text, len(text) - dot)
        start = dot - (head.end() - head.start())
        end = _RUN.match(text, dot).end()
        yield start, end
        dot = text.find(".", end)


@lru_cache(maxsize=1)
def _tld_sets() -> tuple[tuple[frozenset[str], tuple[int, ...]], ...]:
    """(TLDs, their lengths longest first) for generic then country TLDs, the order twitter-text tries them in."""
    sections = tlds.load()
    return tuple(
        (frozenset(sections[name]), tuple(sorted({len(t) for t in sections[name]}, reverse=True)))
        for name in ("generic", "country")
    )


def tld_length(text: str, at: int, limit: int) -> int:
    """Length of the TLD starting at `at` (0 if none); a TLD is made of domain characters, so ends by `limit`."""
    room = limit - at
    if room <= 0:
        return 0
    for known, lengths in _tld_sets():
        for size in lengths:
            if size > room:
                continue
            stop = at + size
            if text[at:stop].lower() in known and (stop == len(text) or text[stop] not in _TLD_FORBIDDEN_NEXT):
                return size
    punycode = _PUNYCODE_TLD.match(text, at, limit)
    return punycode.end() - at if punycode else 0


def domain_end(text: str, start: int, run_end: int) -> int | None:
    """End of the domain beginning at `start` (sub-domains, domain name, TLD), or None if there is none."""
    labels: list[tuple[int, int]] = []
    position = start
    while (dot := text.find(".", position, run_end)) >= 0:
        labels.append((position, dot))
        if not _label_ok(text, position, dot, "_-"):
            break  # a label unusable as a sub-domain is no domain name either: nothing after it can join
        position = dot + 1
    subdomains = 0
    while subdomains < len(labels) - 1 and _label_ok(text, *labels[subdomains], "_-"):
        subdomains += 1
    # The regex's sub-domain repetition is greedy: try the most sub-domains first, then back off one at a time.
    for count in range(subdomains, -1, -1):
        if count >= len(labels) or not _label_ok(text, *labels[count], "-"):
            continue
        tld_start = labels[count][1] + 1
        size = tld_length(text, tld_start, _run_limit(text, tld_start, run_end))
        if size:
            return tld_start + size
    return None


def run_has_tld(text: str, run_start: int, run_end: int) -> bool:
    """Whether any dot of the run is followed by a known TLD: most dotted runs ("safety.", "e.g.") are no URL."""
    position = run_start
    while (dot := text.find(".", position, run_end)) >= 0:
        position = dot + 1
        if tld_length(text, position, _run_limit(text, position, run_end)):
            return True
    return False


def _run_limit(text: str, at: int, run_end: int) -> int:
    # Dots end a TLD too: "example.com.au" offers "com" then "au", never "com.au".
    dot = text.find(".", at, run_end)
    return run_end if dot < 0 else dot


def _label_ok(text: str, start: int, end: int, inner_signs: str) -> bool:
    if start == end or text[start] in "_-" or text[end - 1] in "_-":
        return False
    return "_" in inner_signs or "_" not in text[start:end]


def ascii_domains(domain: str) -> list[tuple[int, int]]:
    """The ASCII/Latin-accented domains inside `domain` (twitter-text's validAsciiDomain, applied globally)."""
    found: list[tuple[int, int]] = []
    position = 0
    while (labels := _ASCII_LABELS.search(domain, position)) is not None:
        end = _ascii_domain_end(domain, labels.start(), labels.end())
        if end is None:
            # Any later start inside these labels meets the same TLD positions: move past the first label.
            position = domain.index(".", labels.start()) + 1
            continue
        found.append((labels.start(), end))
        position = end
    return found


def _ascii_domain_end(domain: str, start: int, labels_end: int) -> int | None:
    dots = [i for i in range(start, labels_end) if domain[i] == "."]
    for dot in reversed(dots):  # greedy: the longest chain of labels first
        size = tld_length(domain, dot + 1, _run_limit(domain, dot + 1, len(domain)))
        if size:
            return dot + 1 + size
    return None


def idna_ok(domain: str) -> bool:
    """twitter-text's IDNA check: no raw Unicode after an xn-- prefix, each punycode label 1 to 63 long."""
    if domain.startswith("xn--") and not ascii_domains(domain):
        return False
    for label in domain.split("."):
        if len(label) > _MAX_LABEL:
            return False  # punycode never shortens a label
        parts = _IDNA_DOTS.split(label)
        if not 1 <= sum(_encoded_length(part) for part in parts) + len(parts) - 1 <= _MAX_LABEL:
            return False
    return True


@lru_cache(maxsize=4096)
def _encoded_length(part: str) -> int:
    # Python's punycode codec is pure Python (~10 us a label); labels recur from keystroke to keystroke.
    return len(part) if part.isascii() else len("xn--") + len(part.encode("punycode"))
