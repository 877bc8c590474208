"""Times of day, days and calendar dates in English, French and Spanish, as patterns over folded text."""

from __future__ import annotations

import re
from re import _constants, _parser  # re's own pattern parser (Python >= 3.11), to read how an expression starts

from postcheck.engine import regex_table
from postcheck.engine.rules._trie import trie_pattern
from postcheck.engine.rules.safety._words import alternation, union
from postcheck.policy.safety_model import When

# Hours run 0-23, minutes 00-59; a lookaround keeps "1:2000" or "12:345" from reading as times.
_HOUR = r"(?:[01]?\d|2[0-3])"


def clock(when: When) -> str:
    """05:30, 6h30, 18h, 6 am, 0600, 1430 hrs: the suffixes come from the policy."""
    suffix = alternation(when.clock_suffixes, glued=True)
    return (
        rf"(?<![\w:./])(?:{_HOUR}[:h][0-5]\d(?:\s?{suffix})?"
        rf"|{_HOUR}\s?{suffix}"
        rf"|0\d[0-5]\d(?:\s?{suffix})?"
        rf"|{_HOUR}[0-5]\d\s?{suffix})(?![\w:])"
    )


def _calendar_parts(when: When, numeric_needs_year: bool) -> tuple[str, str, str]:
    """The three kinds of calendar_date: numeric and day-first (both begin with a digit), month-first (with a
    month word)."""
    month = alternation(when.months)
    year = r"(?:\d{4}|\d{2})"
    numeric = (
        rf"(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2]|[12]\d|3[01])\1{year}(?![\w/-]|\.\d)"
    )
    if not numeric_needs_year:
        numeric += r"|(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![\w/-]|\.\d)"
    ordinal = r"(?:st|nd|rd|th|er|eme|º|°)?"
    day_first = rf"(?<!\d)(?:0?[1-9]|[12]\d|3[01]){ordinal}\s+(?:of\s+|de\s+)?{month}(?:,?\s+(?:de\s+|del\s+)?\d{{4}})?"
    month_first = rf"{month}\s+(?:0?[1-9]|[12]\d|3[01]){ordinal}(?!\d)(?:,?\s+\d{{4}})?"
    return numeric, day_first, month_first


def calendar_date(when: When, *, numeric_needs_year: bool = False) -> str:
    """12/03/1988, 12.03.88, 3 March (1990), March 3rd, 1990, le 12 mars, 12 de marzo de 1988."""
    return "(?:" + "|".join(_calendar_parts(when, numeric_needs_year)) + ")"


def schedule(when: When, *word_led: str) -> re.Pattern[str]:
    """Anything that says when: a clock time, a day word, a calendar date, then each of `word_led` (the caller's
    expressions over folded text, tried last in their order).

    Each begins with a digit, or at the start of a word with the first letter of a day or month word: a lookahead
    on that lets re pass every other position at once (the same matches, a faster scan). Those that begin with a digit
    and those that begin with a letter are tried apart, each kind in its order (no position can start both). When
    re's parser does not show each of `word_led` to begin with \\b and a letter, they keep their place after the
    rest."""
    letters = {word[0] for word in (*union(when.days), *union(when.months))}
    initials = [_initials(expression) for expression in word_led]
    extra = [f"(?:{expression})" for expression in word_led]
    if any(found is None for found in initials) or not all(letter.isalpha() for letter in letters):
        first = re.escape("".join(sorted(letters)))
        dated = rf"(?:(?=\d)|(?<!\w)(?=[{first}]))(?:{clock(when)}|{alternation(when.days)}|{calendar_date(when)})"
        return regex_table.compile("|".join([dated, *extra]))
    numeric, day_first, month_first = _calendar_parts(when, False)
    worded = "|".join([alternation(when.days), month_first, *extra])
    leads = _leads(when, word_led)
    if leads is None:
        first = re.escape("".join(sorted(letters.union(*initials))))
        return regex_table.compile(rf"(?=\d)(?:{clock(when)}|{numeric}|{day_first})|(?<!\w)(?=[{first}])(?:{worded})")
    # Better than a first letter: the strings a word-led match begins with, as one trie tried at each word start,
    # which most words fail in a letter or two instead of trying every expression in turn.
    return regex_table.compile(
        rf"(?=\d)(?:{clock(when)}|{numeric}|{day_first})|(?<!\w)(?={trie_pattern(leads)})(?:{worded})")


def _leads(when: When, word_led) -> set[str] | None:
    """Strings one of which begins every match of a day phrase, a month word or an expression of `word_led` (after
    its \\b), a space standing for a run of spaces (as in trie_pattern); None when re's parser cannot tell. A day
    phrase or month word begins with itself, up to a "*"."""
    leads = {phrase.split("*")[0] for phrase in (*union(when.days), *union(when.months))}
    for expression in word_led:
        done, going = _literals(list(_parser.parse(expression).data)[1:], {""})  # parsed by _initials already
        leads |= done | going
    return leads if "" not in leads else None


def _literals(items, going: set[str]) -> tuple[set[str], set[str]]:
    """What begins every match of `items` after one of `going`: (strings that stop there, strings that the rest
    may go on). A literal, a run of spaces (" ", as trie_pattern reads it), a group or a choice of those goes on."""
    c = _constants
    done: set[str] = set()
    for op, arg in items:
        if not going:
            break
        if op is c.LITERAL:
            going = {prefix + chr(arg) for prefix in going}
        elif op is c.MAX_REPEAT and arg[0] >= 1 and list(arg[2].data) == [(c.IN, [(c.CATEGORY, c.CATEGORY_SPACE)])]:
            going = {prefix + " " for prefix in going}
        elif op is c.SUBPATTERN and not arg[1] & re.IGNORECASE:
            stopped, going = _literals(list(arg[3].data), going)
            done |= stopped
        elif op is c.BRANCH:
            branches = [_literals(list(branch.data), going) for branch in arg[1]]
            done = done.union(*(stopped for stopped, _ in branches))
            going = set().union(*(on for _, on in branches))
        else:
            return done | going, set()
    return done, going


def _initials(expression: str) -> set[str] | None:
    """The letters `expression` may begin with when it surely begins with \\b and then a letter; else None."""
    try:
        parsed = _parser.parse(expression)
    except re.error:
        return None
    items = list(parsed.data)
    if parsed.state.flags & re.IGNORECASE or len(items) < 2 or items[0] != (_constants.AT, _constants.AT_BOUNDARY):
        return None
    letters = _first(items[1:])
    return letters if letters and all(letter.isalpha() for letter in letters) else None


def _first(items) -> set[str] | None:
    if not items:
        return None
    op, arg = items[0]
    c = _constants
    if op is c.LITERAL:
        return {chr(arg)}
    if op is c.IN and all(kind is c.LITERAL for kind, _ in arg):
        return {chr(value) for _, value in arg}
    if op is c.BRANCH:
        branches = [_first(list(branch.data)) for branch in arg[1]]
        return None if any(b is None for b in branches) else set().union(*branches)
    if op is c.SUBPATTERN and not arg[1] & re.IGNORECASE:
        return _first(list(arg[3].data))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
        return _first(list(arg[2].data))
    return None


def past(when: When) -> re.Pattern[str]:
    return regex_table.compile(alternation(when.past))
