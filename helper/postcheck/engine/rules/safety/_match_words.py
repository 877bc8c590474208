"""The words every match of a regular expression holds, read with re's own parser (Python >= 3.11): safety.absence
tests them on the Reading's words before a scan. `whole_words` gives sets of words such that every match holds one
word of each set (the patterns' union is skipped on a post that misses a set of every expression); `first_words` the
words a match not beginning with a digit begins with (the spans scan starts only before one). Every answer errs on the
safe side: a set left out only makes a test say less, and "unsure" is [] or None."""

from __future__ import annotations

import re
from re import _constants, _parser  # private to the standard library, imported once; anything unreadable is "unsure"

from postcheck.engine import regex_table

__all__ = ["first_words", "whole_words"]

_WORD_CHAR = regex_table.compile(r"\w")
_DIGIT = regex_table.compile(r"\d")


def whole_words(pattern: str) -> list[frozenset[str]]:
    """Sets of words such that every match of `pattern` holds, as a whole word (a run of \\w), one word of each set;
    [] when re's parser shows none. Errs on the safe side: a set left out only tests less."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return []
    return [] if parsed.state.flags & ~re.UNICODE else _words_in(list(parsed.data), False, False)[0]


def _non_word(op, arg) -> bool:
    """Whether the item takes one character that is never a word character (or a run of them, at least one)."""
    c = _constants
    if op is c.LITERAL:
        return not _WORD_CHAR.match(chr(arg))
    if op is c.IN:
        return all((kind is c.LITERAL and not _WORD_CHAR.match(chr(value)))
                   or (kind is c.CATEGORY and value in (c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD)) for kind, value in arg)
    return op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1 and len(arg[2].data) == 1 \
        and _non_word(*arg[2].data[0])


def _ends(items, end: bool) -> bool:
    """Whether no word character can come where `items` begin, after a word character (`end`: after the items)."""
    if not items:
        return end
    op, arg = items[0]
    c = _constants
    if op is c.ASSERT_NOT and arg[0] == 1 and list(arg[1].data) == [(c.IN, [(c.CATEGORY, c.CATEGORY_WORD)])]:
        return True  # (?!\\w)
    return (op is c.AT and arg is c.AT_BOUNDARY) or _non_word(op, arg)


def _words_in(items, start: bool, end: bool, run: str = "") -> tuple[list[frozenset[str]], bool]:
    """The sets the items need, and whether a word starts right after them. `start`: a word starts where they begin
    (a non-word character or a \\b before a word character); `end`: a word ends where they end; `run`: the word
    characters before them since a word start ("ho" before "(?:use|me)", as re's parser writes "house|home")."""
    c = _constants
    found: list[frozenset[str]] = []
    for at, (op, arg) in enumerate(items):
        if op is c.LITERAL and (run or start) and _WORD_CHAR.match(chr(arg)):
            run, start = run + chr(arg), False
            continue
        rest = items[at:]
        grouped = op is c.BRANCH or (op is c.SUBPATTERN and not (arg[1] or arg[2]))
        if run and not grouped:  # a whole word when nothing of a word follows; "holidays?": "holiday" or "holidays"
            if _ends(rest, end):
                found.append(frozenset([run]))
            elif op is c.MAX_REPEAT and arg[:2] == (0, 1) and len(arg[2].data) == 1 \
                    and arg[2].data[0][0] is c.LITERAL and _WORD_CHAR.match(chr(arg[2].data[0][1])) \
                    and _ends(items[at + 1:], end):
                found.append(frozenset([run, run + chr(arg[2].data[0][1])]))
            run = ""
        if op in (c.ASSERT, c.ASSERT_NOT):
            continue  # takes no character
        after = _ends(items[at + 1:], end)
        if op is c.AT:
            start = start or arg is c.AT_BOUNDARY  # a word character after \\b has a non-word one before it
        elif _non_word(op, arg):
            start = True
        elif grouped and op is c.SUBPATTERN:  # the word begun before it goes on inside
            inner, start = _words_in(list(arg[3].data), start, after, run)
            found, run = found + inner, ""
        elif op is c.BRANCH:  # one set of each branch, together
            branches = [_words_in(list(branch.data), start, after, run) for branch in arg[1]]
            if all(sets for sets, _ in branches):
                found.append(frozenset().union(*(min(sets, key=len) for sets, _ in branches)))
            start, run = all(started for _, started in branches), ""
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            first, _ = _words_in(list(arg[2].data), start, False)
            _, started = _words_in(list(arg[2].data), False, False)  # after any repeat, whatever came before
            if arg[0] >= 1:
                found += first
                start = started
            else:  # maybe none: a word starts after only if one started before
                start = start and started
        else:
            start = False
    if run and end:
        found.append(frozenset([run]))
    return found, start


def first_words(pattern: str) -> frozenset[str] | None:
    """The whole words (runs of \\w) with which every match of `pattern` that does not begin with a digit (\\d)
    begins, read with re's parser; None when unsure."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    found = None if parsed.state.flags & ~re.UNICODE else _first_words(list(parsed.data), "")
    return None if found is None else frozenset(found)


def _digits_only(op, arg) -> bool:
    c = _constants
    if op is c.LITERAL:
        return _DIGIT.match(chr(arg)) is not None
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return arg[0] >= 1 and len(arg[2].data) == 1 and _digits_only(*arg[2].data[0])
    return op is c.IN and all((kind is c.LITERAL and _DIGIT.match(chr(value)))
                              or (kind is c.RANGE and "0" <= chr(value[0]) <= chr(value[1]) <= "9")
                              or (kind is c.CATEGORY and value is c.CATEGORY_DIGIT) for kind, value in arg)


def _first_words(items, run: str) -> set[str] | None:
    """`run`: the word characters the match began with before the items."""
    c = _constants
    for at, (op, arg) in enumerate(items):
        rest = items[at + 1:]
        if op is c.LITERAL and _WORD_CHAR.match(chr(arg)):
            if not run and _DIGIT.match(chr(arg)):
                return set()  # begins with a digit
            run += chr(arg)
            continue
        if run and _ends(items[at:], False):
            return {run}
        if op in (c.ASSERT, c.ASSERT_NOT) or (op is c.AT and not run):
            continue  # takes no character
        if op is c.BRANCH or (op is c.SUBPATTERN and not (arg[1] or arg[2])):
            words: set[str] = set()
            for branch in (arg[1] if op is c.BRANCH else [arg[3]]):
                found = _first_words([*branch.data, *rest], run)
                if found is None:
                    return None
                words |= found
            return words
        if op is c.IN and all(kind is c.LITERAL and _WORD_CHAR.match(chr(value)) for kind, value in arg):
            words = set()  # "d(?:u|e)", as re's parser writes "du|de": each letter in turn
            for _, value in arg:
                found = _first_words([(c.LITERAL, value), *rest], run)
                if found is None:
                    return None
                words |= found
            return words
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[:2] == (0, 1):  # "(?:from\\s+)?": taken or not
            taken, skipped = _first_words([*arg[2].data, *rest], run), _first_words(rest, run)
            return None if taken is None or skipped is None else taken | skipped
        return set() if not run and _digits_only(op, arg) else None
    return None  # the match may end inside a word
