"""What re's own parser tells about a regular expression (Python >= 3.11): where its matches may begin and which
literal strings each match holds. The safety rules use it to put an exact lead in front of a big pattern or to leave
out an expression a post cannot match; every answer errs on the safe side ("unsure" changes nothing)."""

from __future__ import annotations

import re
from re import _constants, _parser  # private to the standard library, imported once; anything unreadable is "unsure"

from postcheck.engine import regex_table

__all__ = ["needed_strings", "opens_with_literal", "word_first", "word_or_digit_lead"]

_IS_WORD = regex_table.compile(r"\w")
_IS_DIGIT = regex_table.compile(r"\d")


def opens_with_literal(pattern: str) -> bool:
    """Whether every match of `pattern` opens with one of a few set characters (after its lookarounds)."""
    try:
        return _literal_first(list(_parser.parse(pattern).data))
    except (re.error, AttributeError):
        return False


def _literal_first(items) -> bool:
    c = _constants
    for op, arg in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL:
            return True
        if op is c.IN:
            return all(kind is c.LITERAL for kind, _ in arg)
        if op is c.BRANCH:
            return all(_literal_first(list(branch.data)) for branch in arg[1])
        if op is c.SUBPATTERN:
            return _literal_first(list(arg[3].data))
        return False
    return False


def needed_strings(pattern: str) -> frozenset[str] | None:
    """Literal strings one of which every match of `pattern` holds, or None when re's parser shows none."""
    try:
        parsed = _parser.parse(pattern)
    except (re.error, AttributeError):
        return None
    return None if parsed.state.flags & ~re.UNICODE else _needed_in(list(parsed.data))


def _needed_in(items) -> frozenset[str] | None:
    c = _constants
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is c.LITERAL:
            run.append(chr(arg))
            continue
        if run:  # a run of literal characters: each match holds it as it is
            found.append(frozenset(["".join(run)]))
            run = []
        needs = None
        if op is c.SUBPATTERN and not (arg[1] or arg[2]):  # no inline flags
            needs = _needed_in(list(arg[3].data))
        elif op is c.BRANCH:
            branches = [_needed_in(list(branch.data)) for branch in arg[1]]
            needs = None if None in branches else frozenset().union(*branches)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            needs = _needed_in(list(arg[2].data))
        if needs:
            found.append(needs)
    # the set whose shortest string is longest (the rarest in posts), then the smallest
    return max(found, key=lambda needs: (min(map(len, needs)), -len(needs)), default=None)


def word_or_digit_lead(pattern: str) -> str:
    r"""`(?:(?=\d)|(?<!\w)(?=\w))` when every match of `pattern` begins with a digit, or with a word character that
    starts a word (read with re's parser: a \b or a (?<!\w) before it), else "". Put in front of the pattern, it lets
    re pass the inside of words at once instead of trying every alternative there: the same matches, faster."""
    try:
        parsed = _parser.parse(pattern)
    except (re.error, AttributeError):
        return ""
    if parsed.state.flags & ~re.UNICODE or not _leads(list(parsed.data), False):
        return ""
    return r"(?:(?=\d)|(?<!\w)(?=\w))"


def _leads(items, word_start: bool) -> bool:
    """Whether every match of `items` begins with a digit, or with a word character at a word start."""
    c = _constants
    for index, (op, arg) in enumerate(items):
        rest = items[index + 1:]
        if op is c.AT and arg is c.AT_BOUNDARY:
            word_start = True  # \b then a word character: none before it
        elif op is c.ASSERT_NOT and arg[0] == -1:  # a lookbehind (?<!…): (?<!\w), (?<![\w/.-]) say a word starts
            inside = list(arg[1].data)
            if len(inside) == 1 and inside[0][0] is c.IN and (c.CATEGORY, c.CATEGORY_WORD) in inside[0][1] \
                    and (c.NEGATE, None) not in inside[0][1]:
                word_start = True
        elif op in (c.ASSERT, c.ASSERT_NOT):  # other lookarounds only narrow the matches
            continue
        elif op is c.BRANCH:
            return all(_leads([*branch.data, *rest], word_start) for branch in arg[1])
        elif op is c.SUBPATTERN:
            return not (arg[1] or arg[2]) and _leads([*arg[3].data, *rest], word_start)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return _leads([*arg[2].data, *rest], word_start) and (arg[0] >= 1 or _leads(rest, word_start))
        else:
            kind = _first_kind(op, arg)
            return kind == "digit" or (kind == "word" and word_start)
    return False  # may match the empty string


def _first_kind(op, arg) -> str | None:
    """What the item matches: only digits ("digit"), only word characters ("word"), else None."""
    c = _constants
    if op is c.LITERAL:
        chars = [chr(arg)]
    elif op is c.IN:
        chars = []
        for kind, value in arg:
            if kind is c.LITERAL:
                chars.append(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 256:
                chars += map(chr, range(value[0], value[1] + 1))
            elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                chars.append("0")
            elif kind is c.CATEGORY and value is c.CATEGORY_WORD:
                chars.append("a")
            else:
                return None
    else:
        return None
    if all(_IS_DIGIT.match(char) for char in chars):
        return "digit"
    return "word" if all(_IS_WORD.match(char) for char in chars) else None


def word_first(pattern: str) -> bool:
    r"""Whether `pattern` is \b followed by something whose first character is always a word character (read with
    re's own parser; False whenever unsure)."""
    if not pattern.startswith(r"\b"):
        return False
    try:
        items = _parser.parse(pattern).data
    except (re.error, AttributeError):
        return False
    return len(items) > 1 and items[0] == (_constants.AT, _constants.AT_BOUNDARY) and _starts_with_word(items[1:])


def _starts_with_word(items) -> bool:
    if not items:
        return False
    op, arg = items[0]
    c = _constants
    if op is c.LITERAL:
        return _IS_WORD.match(chr(arg)) is not None
    if op is c.IN:
        return all((kind is c.LITERAL and _IS_WORD.match(chr(value)) is not None)
                   or (kind is c.CATEGORY and value in (c.CATEGORY_WORD, c.CATEGORY_DIGIT))
                   for kind, value in arg)
    if op is c.BRANCH:
        return all(_starts_with_word(list(branch.data)) for branch in arg[1])
    if op is c.SUBPATTERN:
        return _starts_with_word(list(arg[3].data))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        return arg[0] >= 1 and _starts_with_word(list(arg[2].data))
    return False
