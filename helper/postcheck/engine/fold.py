"""Folds text for matching word lists: lower case, accents and curly apostrophes, one character for one character."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from postcheck.engine import regex_table


def _folded(char: str) -> str:
    lowered = char.lower()
    if len(lowered) != 1:  # "İ" lowers to two characters: fold its base letter instead, keeping offsets aligned
        lowered = unicodedata.normalize("NFD", char)[0].lower()
    base = unicodedata.normalize("NFD", lowered)[0]
    return base if base.isalpha() and base.isascii() else lowered


@cache
def _table() -> dict[int, str]:
    # Latin-1 and Latin Extended-A/B cover the accents of English, French and Spanish posts; built once.
    table = {code: _folded(chr(code)) for code in range(0x41, 0x250) if chr(code).isalpha()}
    table.update({ord("’"): "'", ord("‘"): "'", ord("ʼ"): "'"})
    return {code: folded for code, folded in table.items() if folded != chr(code)}


@cache
def _foldable() -> tuple[re.Pattern[str], dict[str, str]]:
    """The characters the table changes, as one character class, and the table by character."""
    changes = {chr(code): folded for code, folded in _table().items()}
    if not changes.keys().isdisjoint(changes.values()):  # replacing each character once must give what translate does
        raise RuntimeError("fold table: a character folds into one that folds again")
    return regex_table.compile("[" + "".join(re.escape(char) for char in sorted(changes)) + "]"), changes


def fold(text: str) -> str:
    """The text lower-cased without accents, the same length as `text` so that offsets carry over.

    Rules read a draft's folding once per check as `draft.folded`. Each character folds on its own (but for the
    Greek capital sigma, which lowers by its place): the ASCII letters are lowered as UTF-8 bytes, and each distinct
    other character the text holds (read as bytes too, the ASCII ones deleted) is replaced at once by its folding
    (`_target`, kept). str.lower and str.translate would visit every character with Unicode's tables or a dict.
    """
    if text.isascii():  # most posts: ASCII lowers one character for one, and nothing else folds
        return text.lower()
    try:
        encoded = text.encode()
    except UnicodeEncodeError:  # a lone surrogate
        return _fold_slowly(text)
    folded = encoded.lower().decode()
    targets, replaced = _TARGETS, 0
    for char in set(encoded.translate(None, _ASCII_BYTES).decode()):
        target = targets.get(char)
        if target is None:
            target = _target(char)
            if len(targets) < _KEPT_TARGETS:
                targets[char] = target
        if target != char:
            replaced += 1
            # Lowers to two characters, or by its place; or so many distinct ones that a replace each (a pass over
            # the text each) would cost more than str.lower: the whole text the slow way.
            if not target or replaced > _MOST_REPLACED:
                return _fold_slowly(text)
            folded = folded.replace(char, target)
    return folded


_ASCII_BYTES = bytes(range(128))
_TARGETS: dict[str, str] = {}  # a character outside ASCII -> its folding, "" when it does not fold on its own
_KEPT_TARGETS = 4096  # bounded whatever the texts: characters past it are folded again when met
_MOST_REPLACED = 32  # distinct characters replaced one by one at most: the cost stays linear in the text


def _target(char: str) -> str:
    """What fold makes of `char` wherever it stands, or "" when that depends on the text (the capital sigma, a
    character lowering to two) or its folding folds again."""
    lowered = char.lower()
    if char == "\u03a3" or len(lowered) != 1:
        return ""
    changes = _foldable()[1]
    target = changes.get(lowered, lowered)
    again = target.lower()
    return target if changes.get(again, again) == target else ""


def _fold_slowly(text: str) -> str:
    """fold(text) through str.lower and the table, for a text with a character that does not fold on its own."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters: take the slow, aligned path
        return text.translate(_table())
    if lowered.isascii():
        return lowered
    foldable, changes = _foldable()
    for char in set(foldable.findall(lowered)):
        lowered = lowered.replace(char, changes[char])
    return lowered


_ESCAPE = regex_table.compile(r"\\.", re.DOTALL)


def fold_pattern(pattern: str) -> str:
    """A regular expression made to match folded text: its letters folded ("congé" reads "conge"), its escapes
    kept as written (folding "\\S" to "\\s" would turn its meaning around)."""
    pieces, last = [], 0
    for escape in _ESCAPE.finditer(pattern):
        pieces += [fold(pattern[last:escape.start()]), escape.group()]
        last = escape.end()
    return "".join(pieces) + fold(pattern[last:])
