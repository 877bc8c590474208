"""Phrase lists of the policy compiled into one pattern each, matched on folded text (case, accents, apostrophes)."""

from __future__ import annotations

import re

from postcheck.engine import regex_table
from postcheck.engine.fold import fold
from postcheck.engine.rules._trie import trie_pattern


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """Whole-word match of any phrase, whatever the spacing between its words; run it on fold(text)."""
    words = {" ".join(fold(p).split()) for p in phrases if p.strip()}
    return regex_table.compile(rf"(?<!\w){trie_pattern(words)}(?!\w)")
