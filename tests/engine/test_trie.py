"""trie_pattern writes exactly the pattern of the plain nested-dict trie it replaced (so every rule's regular
expressions, hence its findings, stay the same), on the policy's own word lists and on generated ones."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from postcheck.engine.rules._trie import trie_pattern
from postcheck.policy import load_policy


def nested_dict_trie(phrases, letter=re.escape) -> str:
    """The former implementation: a trie of nested dicts, emitted node by node."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if char == " " else letter(char)) + emit(node[char]) for char in sorted(node) if char]
        if "" in node:
            branches.append("")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie) if trie else "(?!)"


def starred(char: str) -> str:
    """The safety rules' letter: a * is any ending of the word."""
    return r"\w*" if char == "*" else re.escape(char)


def word_lists(node) -> list[list[str]]:
    """Every list of strings in the policy, and per table the union of its lists of strings (the rules' unions)."""
    if isinstance(node, dict):
        found = [found for value in node.values() for found in word_lists(value)]
        merged = sorted({word for value in node.values() if isinstance(value, list) for word in value
                         if isinstance(word, str)})
        return found + ([merged] if merged else [])
    if isinstance(node, list) and node and all(isinstance(item, str) for item in node):
        return [node]
    if isinstance(node, list):
        return [found for item in node for found in word_lists(item)]
    return []


def test_the_policys_word_lists_give_the_same_pattern() -> None:
    lists = word_lists(load_policy().model_dump())
    assert len(lists) > 200
    for words in lists:
        for letter in (re.escape, starred):
            assert trie_pattern(words, letter) == nested_dict_trie(words, letter), words[:5]


def test_prefixes_repeats_spaces_and_the_empty_cases() -> None:
    cases = [[], [""], ["", "a"], ["we", "were", "we're", "we"], ["a b", "a  b", "ab"], ["x", "xy", "xyz", "xz"],
             ["convoy*", "convoy", "con"], ["été", "ete", "e\u0301te"], ["\U0010ffff", "\U0010ffffa", "a"]]
    for words in cases:
        for letter in (re.escape, starred, lambda char: re.escape(char) + "+"):
            assert trie_pattern(words, letter) == nested_dict_trie(words, letter), words


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="ab *.é\u2019", max_size=6), max_size=12))
def test_generated_lists_give_the_same_pattern(words: list[str]) -> None:
    assert trie_pattern(words, starred) == nested_dict_trie(words, starred)
    assert trie_pattern(iter(words)) == nested_dict_trie(words)
