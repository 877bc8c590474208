"""The labelled EN/FR/ES corpus of unsafe and hard-negative posts, shared by the test and the benchmark.

Two sources: the project's own files (corpus_*.yml, written beside the rules) and the blind rounds
(blind/round*/<lang>.yml, written by people who had never seen the rules; each kept as delivered, with the figures
measured before any fix beside it). Both have the same shape.
"""

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
    source: str  # "corpus" or the blind round's folder name ("round1")

    @property
    def blind(self) -> bool:
        return self.source != "corpus"


def load(*, blind: bool = True) -> list[Post]:
    """The project's corpus, then (unless `blind` is False) every blind round."""
    files = [(path, "corpus") for path in sorted(HERE.glob("corpus_*.yml"))]
    if blind:
        files += [(path, path.parent.name) for path in sorted(HERE.glob("blind/round*/*.yml"))]
    posts = []
    for path, source in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["posts"]:
            unknown = set(case["expect"]) - set(CATEGORIES)
            assert not unknown, f"{path}: unknown categories {unknown} for {case['text']!r}"
            posts.append(Post(data["language"], case["text"], frozenset(case["expect"]), case.get("hard"), source))
    return posts


def categories_found(engine, text: str) -> frozenset[str]:
    """The safety categories the engine reports for `text` (rule ids without the "safety." family)."""
    return frozenset(f.rule.split(".", 1)[1] for f in engine.check(text).findings if f.rule.startswith("safety."))
