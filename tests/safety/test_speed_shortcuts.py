"""The shortcuts the safety rules take before their costly steps never change an answer (issue 11, speed pass).

Each test draws many random inputs (fixed seeds) and checks a shortcut against the step it saves: the pre-filter on
libphonenumber's parse, the digit-run gate and the blanking of links and dates of safety.phone, the hint scan and
the plus-code pattern of safety.coordinates.
"""

from __future__ import annotations

import random
import re

import phonenumbers
import pytest

from postcheck.engine.rules.safety import coordinates
from postcheck.engine.rules.safety._dialable import _NOT_A_NUMBER, CANDIDATE, Lengths, dialable_run, digits
from postcheck.engine.rules.safety._separators import plain_separators

from tests.safety.phone_chunks import REGIONS, random_chunk


def test_a_region_is_skipped_only_where_parse_finds_no_valid_number() -> None:
    rng, lengths, skipped = random.Random(7), Lengths(), 0
    for _ in range(6000):
        region = rng.choice(REGIONS)
        chunk = random_chunk(rng, region)
        run = digits(chunk)
        # Only what the shape check adds is tested: the older length filter (fits) is left as it was.
        if len(run) > 15 or not lengths.fits(region, run) or lengths.may_be_valid(region, chunk, run):
            continue
        skipped += 1
        try:
            valid = phonenumbers.is_valid_number(phonenumbers.parse(chunk, region))
        except phonenumbers.NumberParseException:
            valid = False
        assert not valid, (region, chunk)
    assert skipped > 200  # the draw reaches the shortcut often enough to mean something (602 with phonenumbers 9.0.43)


@pytest.mark.parametrize("alphabet", ["0123456789      ().-/+a:\u00a0\u2013\u2212x٣,\x1c\t",
                                      "0123456789   ().-/+a:\x1c\t,"])
def test_a_post_without_a_dialable_run_has_no_candidate_with_enough_digits(alphabet: str) -> None:
    rng = random.Random(3)
    anywhere, ascii_only = dialable_run(7)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        found = (ascii_only if text.isascii() else anywhere).search(text) is not None
        if text.isascii():
            assert found == (anywhere.search(text) is not None), text
        plain = plain_separators(text)
        if any(len(digits(c.group())) >= 7 for c in CANDIDATE.finditer(plain)):
            assert found, text
        if not found:
            assert len(re.findall(r"\d", text)) < 7 or not any(
                len(digits(c.group())) >= 7 for c in CANDIDATE.finditer(plain)), text


def test_one_scan_for_both_coordinate_hints_says_what_the_two_scans_said() -> None:
    rng = random.Random(2)
    for _ in range(30000):
        text = "".join(rng.choice("0123456789., cdefjknpsuwxyzo°-+;/٣") for _ in range(rng.randrange(0, 25)))
        ascii_text = text.isascii()
        hint = (coordinates._ASCII_HINTS if ascii_text else coordinates._HINTS_ANYWHERE).search(text)
        grid = coordinates._GRID_HINT.search(text) is not None
        decimal = coordinates._DECIMAL_HINT.search(text) is not None
        assert (hint is not None) == (grid or decimal), text
        if hint is not None:
            grid_from_there = (coordinates._ASCII_GRID_HINT if ascii_text else coordinates._GRID_HINT).search(
                text, hint.start()) is not None
            assert (hint.group("grid") is not None or grid_from_there) == grid, text


def test_the_plus_code_pattern_finds_what_the_lookbehind_first_one_found() -> None:
    first = re.compile(r"(?<![\w+])[2-9CFGHJMPQRVWX]{4,8}\+[2-9CFGHJMPQRVWX]{2,3}(?![\w+])")
    rng = random.Random(1)
    for _ in range(30000):
        text = "".join(rng.choice("23456789CFGHJMPQRVWX+ a1é_-Z0\n") for _ in range(rng.randrange(0, 30)))
        assert [m.span() for m in first.finditer(text)] == [m.span() for m in coordinates._PLUS_CODE.finditer(text)]


def test_links_dates_and_times_are_blanked_as_the_lookahead_first_pattern_did() -> None:
    first = re.compile(
        r"(?=[hw\d])(?:https?://\S+|\bwww\.\S+"
        r"|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|(?<![\d.])\d{1,2}([/.])\d{1,2}\1(?:19|20)?\d\d(?![.\d])"
        r"|\b\d{1,2}:\d{2}(?::\d{2})?\b)")
    pieces = ["http://", "https://", "www.", "h", "w", "ww", "t.co/x", "2012-06-03", "12/03/1988", "17.07.15",
              "19:20:43", "5:30", "1", "12", "2024", ".", "/", "-", ":", " ", "a", "é", "٣", "\n", "x"]
    rng = random.Random(9)
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        assert [m.span() for m in first.finditer(text)] == [m.span() for m in _NOT_A_NUMBER.finditer(text)], text


@pytest.mark.parametrize("name", ["_DECIMAL", "_DECIMAL_COMMA", "_DEGREES", "_GRID"])
def test_the_lookahead_on_a_coordinate_pattern_first_character_changes_no_match(name: str) -> None:
    pattern = getattr(coordinates, name)
    lookahead = re.match(r"\(\?=[^)]*\)", pattern.pattern)
    assert lookahead is not None
    without = re.compile(pattern.pattern[lookahead.end():])
    rng = random.Random(13)
    pieces = ["1", "12", "34", "123", ".", ",", "5281", " ", "-", "+", "°", "º", "deg", "'", "\"", "n", "e", "s",
              "w", "o", "37", "s", "uj", "df", "a", ";", "/", "\n", "٣"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        assert [m.span() for m in without.finditer(text)] == [m.span() for m in pattern.finditer(text)], text


def test_the_ascii_coordinate_hints_match_as_the_unicode_ones_on_ascii_text() -> None:
    rng = random.Random(17)
    pairs = [(coordinates._HINTS_ANYWHERE, coordinates._ASCII_HINTS),
             (coordinates._GRID_HINT, coordinates._ASCII_GRID_HINT)]
    for _ in range(20000):
        text = "".join(rng.choice("0123456789., cdefjknpsuwxyzo-+;/\t") for _ in range(rng.randrange(0, 25)))
        for anywhere, ascii_only in pairs:
            assert [(m.span(), m.lastgroup) for m in anywhere.finditer(text)] == [
                (m.span(), m.lastgroup) for m in ascii_only.finditer(text)], text



def test_plain_separators_replaces_as_the_translation_table_says() -> None:
    from postcheck.engine.rules.safety._separators import _TABLE, ODD_SEPARATORS

    rng = random.Random(23)
    alphabet = ODD_SEPARATORS + "0123456789 -ab\u00e9\n"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        assert plain_separators(text) == text.translate(_TABLE), text
