"""The shortcuts of speed pass 3 (issue 11) on safety.phone, safety.coordinates and safety.email never change an
answer: each is checked against the step it saves, over many random inputs (fixed seeds) rich in what matters.

An ASCII post's digits counted in C; the spoken-number gate; number_type for country codes several regions share; ";"
at a chunk's edge in the parse pre-filter; the coordinate hints' fewest digits; links, dates and times blanked
without a link pattern; safety.email's search loop and bracket test.
"""

from __future__ import annotations

import random
import re

import phonenumbers

from postcheck.engine import twitter
from postcheck.engine.draft import Draft
from postcheck.engine.rules.safety import coordinates, email
from postcheck.engine.rules.safety._dialable import (
    _NOT_A_NUMBER, Lengths, ascii_digits, blank_non_numbers, digits, number_type,
    plain_chunk, same_type,
)
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._spoken import Spoken
from postcheck.policy import load_policy

from tests.safety.corpus import load
from tests.safety.phone_chunks import REGIONS, random_chunk

_DIGIT = re.compile(r"\d")
_TYPES = list(phonenumbers.PhoneNumberType.values()) if hasattr(phonenumbers.PhoneNumberType, "values") else [
    getattr(phonenumbers.PhoneNumberType, name) for name in dir(phonenumbers.PhoneNumberType) if name.isupper()]

def test_the_spoken_gate_opens_whenever_a_post_holds_a_number_word() -> None:
    policy = load_policy()
    spoken = Spoken(policy.safety.phone.spoken_numbers, policy.safety.phone.min_digits)
    reader = Reader(policy)
    number_words = sorted(spoken._gate)
    rng = random.Random(9)
    posts = [post.text for post in load()]
    # Corpus posts, and posts with number words put in (one, three, or as part of another word).
    posts += [" ".join(rng.sample(posts[rng.randrange(len(posts))].split(), 3) + rng.sample(number_words, k))
              for k in (1, 1, 2, 3) for _ in range(300)]
    posts += [f"{rng.choice(number_words)}x {rng.choice(number_words).upper()} call" for _ in range(300)]
    opened = 0
    for text in posts:
        reading = reader.read(Draft(text, "twitter", "post", twitter.parse(text)))
        holds = not spoken._gate.isdisjoint(reading.words)
        assert spoken._any.open(reading) or not holds, text
        opened += holds
        # find() answers as the set test it replaces
        expected = [] if len(spoken._gate & reading.words) < 3 else [
            (run.start(), run.end()) for run in spoken._run.finditer(reading.folded)
            if len(spoken.digits(run.group())) >= spoken._min_digits]
        assert spoken.find(reading) == expected, text
    assert opened > 500


def test_number_type_answers_as_the_library() -> None:
    """Every region of every country code shared by several regions (+1, +44, +7, +47, +61, +212, +262, +590, +599…),
    their example numbers of every type and random national numbers around them; a few single-region codes too."""
    rng = random.Random(13)
    shared = [code for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items() if len(regions) > 1]
    assert len(shared) >= 10
    numbers = []
    for code in [*shared, 33, 41, 57, 63, 34, 93, 234]:
        for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]:
            for kind in _TYPES:
                example = phonenumbers.example_number_for_type(region, kind)
                if example is not None:
                    numbers.append(example)
                    national = str(example.national_number)
                    for _ in range(3):  # the same length, digits changed: valid elsewhere, or nowhere
                        changed = "".join(c if rng.random() < 0.6 else str(rng.randrange(10)) for c in national)
                        numbers.append(phonenumbers.PhoneNumber(country_code=code, national_number=int(changed)))
            for _ in range(10):
                digits_ = "".join(str(rng.randrange(10)) for _ in range(rng.randrange(4, 13)))
                numbers.append(phonenumbers.PhoneNumber(country_code=code, national_number=int(digits_),
                                                        italian_leading_zero=rng.random() < 0.1))
    known = 0
    for number in numbers:
        expected = phonenumbers.number_type(number)
        assert number_type(number) == expected, number
        known += expected != phonenumbers.PhoneNumberType.UNKNOWN
    assert known > 500 and len(numbers) - known > 500


def test_same_type_means_the_same_number_type() -> None:
    one = phonenumbers.parse("+1 867 221 9034", "ZZ")
    assert same_type(one, phonenumbers.parse("(867) 221-9034", "US"))
    assert not same_type(one, phonenumbers.parse("+1 867 221 9035", "ZZ"))
    assert not same_type(one, phonenumbers.parse("+7 867 221 9034", "ZZ"))
    zero = phonenumbers.parse("+39 06 1234 5678", "ZZ")  # Italian leading zero: part of the national number
    assert not same_type(zero, phonenumbers.PhoneNumber(country_code=39, national_number=612345678))


def test_a_semicolon_at_a_chunks_edge_leaves_the_parse_prefilter_exact() -> None:
    """may_be_valid says False only where parse finds no valid number, with ";" on either edge of the chunk
    ("Modena 059200200; Mirandola…"), "," and spaces too; a ";" inside still makes it unsure."""
    rng, lengths, skipped = random.Random(17), Lengths(), 0
    for _ in range(6000):
        region = rng.choice(REGIONS)
        chunk = random_chunk(rng, region).strip("#x\u00e9")
        chunk = rng.choice([";", "", " ", ","]) + chunk + rng.choice([";", ";", "", ","])
        run = digits(chunk)
        # The caller's reading of the chunk, handed over, answers as the chunk read again.
        assert lengths.may_be_valid(region, chunk, run, plain_chunk(chunk)) == lengths.may_be_valid(region, chunk, run)
        if len(run) > 15 or not lengths.fits(region, run) or lengths.may_be_valid(region, chunk, run):
            continue
        skipped += 1
        try:
            valid = phonenumbers.is_valid_number(phonenumbers.parse(chunk, region))
        except phonenumbers.NumberParseException:
            valid = False
        assert not valid, (region, chunk)
    assert skipped > 200
    assert Lengths().may_be_valid("FR", "06 12;34 56 78", "0612345678")  # unsure: left to the parse


def test_ascii_digits_counts_the_digits_of_an_ascii_text() -> None:
    rng = random.Random(19)
    for _ in range(5000):
        text = "".join(rng.choice("0123456789 abc.,-+/") for _ in range(rng.randrange(0, 40)))
        assert ascii_digits(text) == len(_DIGIT.findall(text)), text


def test_a_coordinate_hint_holds_at_least_hint_digits_digits() -> None:
    """safety.coordinates skips its hint scan on a post with fewer digits than _HINT_DIGITS: each hint has as many."""
    rng, found = random.Random(23), 0
    groups = ["", "1", "7", "12", "345", "6789"]
    signs = [".", ".", ",", ",", ";", "/", " ", ", ", "°", "° n ", "º", "n", "e", "o", "s", "x", "uj", "c", "-", "+"]
    for _ in range(40000):
        text = "".join(rng.choice(groups) + rng.choice(signs) for _ in range(rng.randrange(2, 6)))
        for pattern in (coordinates._HINTS_ANYWHERE, coordinates._ASCII_HINTS, coordinates._GRID_HINT):
            for match in pattern.finditer(text):
                found += 1
                assert len(_DIGIT.findall(match.group())) >= coordinates._HINT_DIGITS, (text, match.group())
    assert found > 500
    assert coordinates._ASCII_HINTS.search("1,2;3") is not None  # the fewest: three digits


def test_links_dates_and_times_are_blanked_as_one_scan_blanked_them() -> None:
    """Without "://" and "www." the dates-and-times pattern alone is used: the same text as _NOT_A_NUMBER gives."""
    rng, linkless = random.Random(29), 0
    numbers = ["12", "2012", "3", "06", "1988", "19", "20", "7", "0917"]
    signs = ["-", "/", ".", ":", " ", " ", "h", "w", "ww", "x", "é", "٣", ","]
    links = ["http", "https", "://", "www.", "t.co/9a"]
    for _ in range(20000):
        pieces = [rng.choice(numbers) + rng.choice(signs) for _ in range(rng.randrange(1, 8))]
        if rng.random() < 0.3:
            pieces.insert(rng.randrange(len(pieces) + 1), rng.choice(links))
        text = "".join(pieces)
        expected = _NOT_A_NUMBER.sub(lambda m: " " * len(m.group()), text)
        assert blank_non_numbers(text) == expected, text
        linkless += "://" not in text and "www." not in text and expected != text
    assert linkless > 400  # the link-free pattern blanked something often enough to mean something


def test_email_reads_every_address_finditer_would_and_a_bracket_before_its_scan() -> None:
    """safety.email searches "@" domains one search after another (where finditer would look next) and looks for an
    opening bracket before the bracketed-word scan: the same addresses as before on addresses side by side."""
    rng = random.Random(31)
    policy = load_policy()
    check = email.build(policy)
    pieces = ["maria.lopez78", "@", "@ ", "gmail.com", "yahoo.fr", "iom.int", "x", " ", ", ", "[at]", "(at)", "at",
              "dot", "com", "@handle", ".", "press", "@2x.png", "olena.k87"]
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10)))
        spans = [m.span() for m in email._DOMAIN.finditer(text)]
        searched, at = [], email._DOMAIN.search(text)
        while at is not None:
            searched.append(at.span())
            at = email._DOMAIN.search(text, at.end())
        assert searched == spans, text
        assert email._has_bracket(text) == any(sign in text for sign in email._BRACKETS), text
        found += len(list(check(Draft(text, "twitter", "post", twitter.parse(text)))))
    assert found > 100  # the draw holds addresses the rule flags


def test_every_decimal_pair_holds_a_decimal_hint() -> None:
    """safety.coordinates reads its two decimal patterns only where the decimal hint stands: each of their matches
    holds one (the ASCII hint on ASCII text too)."""
    rng, found = random.Random(37), 0

    def pick(*options: str) -> str:
        return rng.choice(options)

    for _ in range(20000):
        # Two numbers with a decimal mark, what may stand between them, and a little on each side.
        def number() -> str:
            return pick("", "-", "+") + pick("1", "12", "123", "٣") + pick(".", ",", ".") + pick("5", "4567", "")

        between = pick("", " ", "°", " ° ") + pick("", "n", "s", "e", "o") + pick(" ", ",", ";", "/", " ; ", ", ", "x")
        text = pick("", " ", "a", ".", "(") + number() + between + number() + pick("", " ", "e", " o", ".5", "x")
        if coordinates._DECIMAL.search(text) or coordinates._DECIMAL_COMMA.search(text):
            found += 1
            assert coordinates._DECIMAL_HINT.search(text) is not None, text
            if text.isascii():
                assert coordinates._ASCII_DECIMAL_HINT.search(text) is not None, text
    assert found > 500
