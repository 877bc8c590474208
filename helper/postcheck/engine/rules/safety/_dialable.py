"""Digit runs that could be dialled, and the ones that cannot (links, dates, clock times, ranges, decimals, measures);
the lengths a region's numbers can have."""

from __future__ import annotations

import re
from types import ModuleType

from postcheck.engine import regex_table
from postcheck.engine.rules.safety._separators import ODD_SEPARATORS

# A run that could hold a phone number: digits with the usual separators, optionally after "+". Read on text whose
# separators are plain (see _separators): "202‑555‑0148" with non-breaking hyphens is a candidate too.
CANDIDATE = regex_table.compile(r"[\d+(][\d\s().\-/]{5,23}\d")
DIGIT = regex_table.compile(r"\d")
# Links carry digits (t.co/9aX…) and so do dates and clock times ("2012-06-03 19:20:43"): none is a number to call.
# Every one begins with h, w or a digit, so the pattern begins with that character (re then jumps from one to the
# next) and checks after it what its alternatives checked before it: "(?<!\w.)" after the first character is "\b"
# before it, "(?<![\d.].)" is "(?<![\d.])". No date or time starts inside a run of digits ("(?<!\d.)"). The same
# matches as (?:https?://\S+|\bwww\.\S+|\b\d{4}[-/.]…|(?<![\d.])\d{1,2}([/.])…|\b\d{1,2}:\d{2}…), a third cheaper.
_DATE_OR_TIME = (
    r"(?:(?<!\w.)\d{3}[-/.]\d{1,2}[-/.]\d{1,2}\b"  # 2012-06-03
    r"|(?<![\d.].)\d?([/.])\d{1,2}\1(?:19|20)?\d\d(?![.\d])"  # 12/03/1988, 17.07.15
    r"|(?<!\w.)\d?:\d{2}(?::\d{2})?\b)"  # 19:20:43
)
_NOT_A_NUMBER = regex_table.compile(
    r"[hw\d](?:(?<=h)ttps?://\S+|(?<=w)(?<!\w.)ww\.\S+|(?<=\d)(?<!\d.)" + _DATE_OR_TIME + ")")
# A text without "://" and "www." holds no link: its matches are the dates and times alone, a pattern that re tries
# at digits only, not at every "h" and "w" too (~25% cheaper on a post with a number).
_DATES_AND_TIMES = regex_table.compile(r"\d(?<!\d.)" + _DATE_OR_TIME)
# One piece of a run that is a decimal ("35.008", "21,5") or a day.month ("03.07"): a run holding one is a list of
# figures or a date range, never one number ("Rates today: 35.008 31.354", "03.07 - 17.07").
_FIGURE = regex_table.compile(r"\d+[.,]\d+")
_PIECES = regex_table.compile(r"[\s/-]+")


_LIBRARY: list[ModuleType] = []  # phonenumbers, once imported


def library() -> ModuleType:
    """libphonenumber (the phonenumbers package), imported on first use: most posts have no number, and the library
    and its metadata cost tens of milliseconds and about 1 MB to load (benchmarks/bench_safety.py measures it).
    Where the installed version offers it (enable_pattern_cache), its metadata patterns are kept compiled instead of
    being looked up in re's cache at every parse: the same results, a few times fewer microseconds."""
    if not _LIBRARY:
        import phonenumbers

        keep_compiled = getattr(phonenumbers, "enable_pattern_cache", None)
        if keep_compiled is not None:
            keep_compiled()
        _LIBRARY.append(phonenumbers)
    return _LIBRARY[0]


def number_type(number) -> object:
    """phonenumbers.number_type(number): the same PhoneNumberType, UNKNOWN exactly when the number is invalid.

    For a country code several regions share (+1: US, CA and the Caribbean; +44: GB, GG, IM, JE; +7…) the library
    finds the number's region by typing the number against each region's metadata until one knows it (or its leading
    digits name it), then types it again against that region: here the type found on the way is the answer (the same
    metadata, the same national significant number), one pass fewer: 5.8 → 3.1 µs for a US number, 12.4 → 8.2 for
    a GB one. It uses the library's own (private) typing step; without it, the library's number_type answers."""
    pn = library()
    regions = pn.COUNTRY_CODE_TO_REGION_CODE.get(number.country_code)
    typed, compiled = _TYPING if _TYPING else _typing(pn)
    if regions is None or len(regions) == 1 or typed is None:
        return pn.number_type(number)
    national = pn.national_significant_number(number)
    unknown = pn.PhoneNumberType.UNKNOWN
    for region in regions:
        meta = pn.PhoneMetadata.metadata_for_region(region.upper(), None)
        if meta is None:
            continue
        if meta.leading_digits is not None:
            if compiled(meta.leading_digits).match(national):
                return typed(national, meta)  # the region named by its leading digits types it
        else:
            found = typed(national, meta)
            if found != unknown:
                return found
    return unknown  # no region knows it: the library finds no region, hence no metadata, and says UNKNOWN


# The library's typing step, (national number, metadata) -> PhoneNumberType, and its pattern compiler (its own
# cache of compiled metadata patterns), once looked up.
_TYPING: list = []


def _typing(pn: ModuleType) -> list:
    re_util = getattr(pn, "re_util", None)
    _TYPING[:] = [getattr(getattr(pn, "phonenumberutil", None), "_number_type_helper", None),
                  getattr(re_util, "re_compile", re.compile)]
    return _TYPING


def same_type(one, other) -> bool:
    """Whether number_type gives both numbers the same answer: it reads only the country code and the national
    significant number."""
    pn = library()
    return one.country_code == other.country_code and (
        pn.national_significant_number(one) == pn.national_significant_number(other))


def dialable_run(count: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`count` digits with nothing but separators between them (spaces, ().-/+ and the odd separators of
    _separators): searched on a post, None means that no CANDIDATE run of plain_separators(post) holds `count` digits
    (each lies in one stretch of such characters, and plain_separators only turns odd separators into " " or "-"),
    nor does the post hold `count` digits at all. Possessive: each try stops at the stretch's end (linear).
    Two patterns: for any text, and the same for ASCII text (no odd separator there; [0-9] are its digits, and re
    skips to it faster)."""
    if count <= 0:
        return regex_table.compile(""), regex_table.compile("")
    between = "[" + re.escape(" ().-/+" + ODD_SEPARATORS) + r"\s]*+"
    ascii_between = "[" + re.escape(" ().-/+") + r"\s]*+"
    return (regex_table.compile(r"\d" + rf"(?:{between}\d)" * (count - 1)),
            regex_table.compile("[0-9]" + rf"(?:{ascii_between}[0-9])" * (count - 1)))


_DIGIT_BYTES = b"0123456789"


def ascii_digits(text: str) -> int:
    """The number of digits of an ASCII `text`, counted in C (bytes translate: ~0.15 µs a tweet)."""
    return len(text) - len(text.encode().translate(None, _DIGIT_BYTES))


def latin_digits(text: str) -> int:
    """The number of 0-9 digits of any `text`, counted in C on its UTF-8 bytes (a character beyond ASCII is
    bytes ≥ 0x80, never a digit's)."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _DIGIT_BYTES))


def latin_digits_only(reading) -> bool:
    """Whether every digit (re's \\d) of the reading's text and folded text is one of 0-9: true when its words are
    ASCII, since a digit is a word character and folding keeps digits where they are (it changes letters and
    apostrophes only). `reading`: a safety Reading (its `joined_words`, which the gates build for most posts)."""
    return reading.joined_words.isascii()


def digits(text: str) -> str:
    return "".join(DIGIT.findall(text))


def blank_non_numbers(text: str) -> str:
    """`text` with links, dates and clock times blanked, the same length."""
    linked = "://" in text or "www." in text
    return (_NOT_A_NUMBER if linked else _DATES_AND_TIMES).sub(_blank, text)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def figures_not_number(run: str) -> bool:
    """True when the run is figures side by side (decimals, a day.month range), not one number to dial. A "+" run
    is always a number; so is one piece with several dots ("0414.555.93.21")."""
    if run.lstrip("( ").startswith("+"):
        return False
    return any(_FIGURE.fullmatch(piece) for piece in _PIECES.split(run.strip()))


class Lengths:
    """The lengths a region's numbers can have, from libphonenumber's metadata (read at first use): a digit run of
    another length, with or without the national prefix or the country code, is not worth parsing there."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[frozenset[int], str, str] | None] = {}
        self._shapes: dict[str, _Shape | None] = {}

    def fits(self, region: str, run: str) -> bool:
        if region not in self._known:
            meta = library().PhoneMetadata.metadata_for_region(region)
            simple = meta is not None and meta.national_prefix_for_parsing in (None, meta.national_prefix)
            self._known[region] = (frozenset(meta.general_desc.possible_length), meta.national_prefix or "",
                                   str(meta.country_code)) if simple else None
        known = self._known[region]
        if known is None or run.startswith(("00", "011")):  # a prefix rule too rich to filter, or dialled abroad
            return True
        sizes, prefix, code = known
        return (len(run) in sizes or (prefix and run.startswith(prefix) and len(run) - len(prefix) in sizes)
                or (run.startswith(code) and len(run) - len(code) in sizes))

    def may_be_valid(self, region: str, chunk: str, run: str, plain: bool | None = None) -> bool:
        """False only when parse(chunk, region) surely raises or gives a number is_valid_number rejects; `run` is
        the chunk's digits, `plain` plain_chunk(chunk) when the caller has it (it asks for several regions in turn).
        Cheaper than the parse (a few regex matches instead of ~30 µs of pure Python).

        Why it is exact: on a chunk of ASCII digits and separators (no letter, "+", "#" or ";": no extension, no
        RFC 3966 part, no letters read as digits, no "+" country code), without the region's international prefix
        at its start, parse gives the region's own country code and, as national significant number, the run itself
        or the run after the country code and/or a national prefix (the region's, then its country's main region's)
        at its start: neither region may have a prefix transform rule. is_valid_number then needs that number to
        have one of the possible lengths of, and match the general pattern of, a region sharing the country code."""
        if not self.fits(region, run):
            return False
        shape = self._shapes.get(region, _UNREAD)
        if shape is _UNREAD:
            shape = self._shapes[region] = _Shape.of(region)
        if shape is None or not (plain_chunk(chunk) if plain is None else plain) or shape.abroad.match(run):
            return True
        general = shape.general
        for start in shape.starts(run):
            if general.fullmatch(run, start):
                return True
        return False


_UNREAD = object()  # a region whose metadata was not read yet


def plain_chunk(chunk: str) -> bool:
    """Whether parse reads `chunk` as its digits alone (see may_be_valid): ASCII, no sign of _UNSURE."""
    return chunk.isascii() and _UNSURE.search(chunk) is None


# Signs after which parse may read the chunk in another way than as its digits: letters (extensions, "tel:", words
# spelled in digits), "+" (a country code), "#" and ";" (extensions, RFC 3966 parameters). A ";" that ends or begins
# the chunk ("Modena 059200200; Mirandola") is not one: every RFC 3966 parameter holds letters, and an extension
# after ";" holds digits after it; parse drops it as it drops a comma there.
_UNSURE = regex_table.compile(r"[A-Za-z+#]|(?<=[\s\S]);(?=[\s\S])")


class _Shape:
    """What a region's metadata says a valid national significant number looks like, for may_be_valid."""

    __slots__ = ("abroad", "code", "general", "prefixes", "sizes")

    @classmethod
    def of(cls, region: str) -> _Shape | None:
        """None when the region's rules are too rich for the shortcut (no metadata or a national prefix transform
        rule, in the region or in its country code's main region)."""
        pn = library()
        meta = pn.PhoneMetadata.metadata_for_region(region)
        if meta is None or not meta.international_prefix:
            return None
        main = pn.PhoneMetadata.metadata_for_region(pn.region_code_for_country_code(meta.country_code))
        if main is None or meta.national_prefix_transform_rule or main.national_prefix_transform_rule:
            return None
        shared = [pn.PhoneMetadata.metadata_for_region(other)
                  for other in pn.COUNTRY_CODE_TO_REGION_CODE[meta.country_code]]
        if any(other is None or other.general_desc is None or not other.general_desc.national_number_pattern
               for other in shared):
            return None
        shape = cls()
        # The library's patterns for one country, compiled when a number of it is first read: re.compile, not
        # regex_table (which holds the policy's patterns).
        shape.abroad = re.compile(meta.international_prefix)
        shape.code = str(meta.country_code)
        ruling = (meta,) if main is meta else (meta, main)
        shape.prefixes = tuple(re.compile(m.national_prefix_for_parsing) for m in ruling if m.national_prefix_for_parsing)
        lengths = [other.general_desc.possible_length for other in shared]
        shape.sizes = None if not all(lengths) else frozenset(n for found in lengths for n in found)
        shape.general = re.compile("|".join(f"(?:{other.general_desc.national_number_pattern})" for other in shared))
        return shape

    def starts(self, run: str) -> list[int]:
        """Where the national significant number may start in `run`: at 0 or after the country code, then after
        up to two national prefixes; only the starts leaving a possible length."""
        found = {0, len(self.code)} if run.startswith(self.code) else {0}
        fresh = found
        for _ in range(2 if self.prefixes else 0):
            # Only the starts found last are read on: the others' prefixes are in `found` already.
            fresh = {start + match.end() for start in fresh for prefix in self.prefixes
                     if (match := prefix.match(run[start:])) is not None} - found
            if not fresh:
                break
            found |= fresh
        sizes = self.sizes
        return [start for start in found if sizes is None or len(run) - start in sizes]
