"""Every labelled post of the EN/FR/ES safety corpus gets exactly its categories, and the corpus covers what it must."""

from __future__ import annotations

from collections import Counter

import pytest
from postcheck.engine import Engine
from postcheck.engine.offsets import utf16_to_codepoints
from postcheck.policy import load_policy

from tests.safety.corpus import CATEGORIES, Post, categories_found, load

POSTS = load()
ENGINE = Engine(load_policy())


@pytest.mark.parametrize("post", POSTS, ids=[f"{p.source}-{p.language}-{i}" for i, p in enumerate(POSTS)])
def test_post_is_classified_right(post: Post) -> None:
    found = categories_found(ENGINE, post.text)
    if not post.blind:
        assert found == post.expect, f"{post.text!r}: expected {sorted(post.expect)}, got {sorted(found)}"
        return
    # A blind writer's labels follow their own reading ("I travel to X from the 3rd to the 10th" as an absence and
    # a movement, where the project files call it an absence): an unsafe post must be flagged, with no category
    # the writer did not give, and a hard negative must get nothing.
    assert bool(found) == bool(post.expect), f"{post.text!r}: expected {sorted(post.expect)}, got {sorted(found)}"
    assert found <= post.expect, f"{post.text!r}: expected {sorted(post.expect)}, got {sorted(found)}"


def test_corpus_is_large_and_covers_every_category_in_every_language() -> None:
    assert len(POSTS) >= 200
    assert {p.source for p in POSTS} >= {"corpus", "round1", "round2"}
    for language in ("en", "fr", "es"):
        mine = [p for p in POSTS if p.language == language and not p.blind]
        covered = Counter(category for p in mine for category in p.expect)
        missing = [c for c in CATEGORIES if covered[c] < 3]
        assert not missing, f"{language}: fewer than 3 posts for {missing}"
        negatives = [p for p in mine if not p.expect]
        assert all(p.hard for p in negatives), f"{language}: every negative names its kind of hard negative"
        assert len(negatives) >= len(mine) - len(negatives), f"{language}: fewer hard negatives than positives"


def test_hard_negatives_include_the_issue_kinds() -> None:
    kinds = {p.hard for p in POSTS if p.hard}
    assert {"public event", "press contact", "hotline", "figure of speech", "historical convoy", "statistics"} <= kinds


def test_underlines_never_cut_a_word() -> None:
    for post in POSTS:
        text = post.text
        for finding in ENGINE.check(text).findings:
            if not finding.rule.startswith("safety."):
                continue
            start, end = utf16_to_codepoints(text, finding.start), utf16_to_codepoints(text, finding.end)
            assert text[start:end].strip() == text[start:end], f"{finding.rule} underlines spaces: {text!r}"
            cut_before = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
            cut_after = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
            assert not (cut_before or cut_after), f"{finding.rule} cuts a word: {text[start:end]!r} in {text!r}"
