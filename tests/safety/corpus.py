"""The labelled EN/FR/ES corpus of unsafe and hard-negative posts, shared by the test and the benchmark."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CATEGORIES = (
    "movement", "absence", "address", "birthdate", "phone", "email", "coordinates", "vehicle", "credential",
    "staff-identity",
)


@dataclass(frozen=True)
class Post:
    language: str
    text: str
    expect: frozenset[str]
    hard: str | None


def load() -> list[Post]:
    posts = []
    for path in sorted(HERE.glob("corpus_*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["posts"]:
            unknown = set(case["expect"]) - set(CATEGORIES)
            assert not unknown, f"{path.name}: unknown categories {unknown} for {case['text']!r}"
            posts.append(Post(data["language"], case["text"], frozenset(case["expect"]), case.get("hard")))
    return posts


def categories_found(engine, text: str) -> frozenset[str]:
    """The safety categories the engine reports for `text` (rule ids without the "safety." family)."""
    return frozenset(f.rule.split(".", 1)[1] for f in engine.check(text).findings if f.rule.startswith("safety."))
