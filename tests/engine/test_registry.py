"""The rule registry: ids come from file names, and every rule documents what it flags and why."""

from __future__ import annotations

import pytest

from postcheck.engine.registry import discover, rule_id

SPECS = discover()
HEADINGS = ("What it flags:", "Why:", "Example:", "Instead:")


def test_rule_id_comes_from_the_file_name() -> None:
    assert rule_id("postcheck.engine.rules.hashtags.too_many_words") == "hashtags.too-many-words"
    assert all(spec.id == rule_id(spec.module.__name__) for spec in SPECS)
    assert len({spec.id for spec in SPECS}) == len(SPECS)


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.id)
def test_rule_documents_itself(spec) -> None:
    doc = spec.module.__doc__ or ""
    missing = [heading for heading in HEADINGS if heading not in doc]
    assert not missing, f"{spec.id} docstring lacks {missing}"
    assert spec.guideline.strip(), f"{spec.id} cites no guideline section"
    assert spec.id.split(".")[0] in {"length", "hashtags", "mentions", "links", "safety", "tone", "reply", "style", "image"}


def test_citation_follows_the_platform_where_the_guidelines_repeat_a_rule() -> None:
    from postcheck.engine import Engine
    from postcheck.policy import load_policy

    engine = Engine(load_policy())
    text = "Sources: https://en.wikipedia.org/wiki/Migration #a #b #c #d"
    cited = {p: {f.rule: f.guideline for f in engine.check(text, p).findings} for p in ("twitter", "facebook", "instagram")}
    assert cited["twitter"]["links.wikipedia-source"] == "Twitter › Links"
    assert cited["facebook"]["links.wikipedia-source"] == "Facebook › Links"
    assert cited["twitter"]["hashtags.too-many"] == "Twitter › Hashtags"
    assert cited["instagram"]["hashtags.too-many"] == "Instagram › Hashtags"
