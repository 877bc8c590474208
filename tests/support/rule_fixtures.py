"""The texts of the rule fixture files (tests/fixtures/rules/<rule-id>.yml; format in tests/engine/test_rule_fixtures.py),
for the tools that run the engine over every fixture: benchmarks/compare_safety_findings.py and
scripts/generate_regex_table.py."""

from __future__ import annotations

from pathlib import Path

import yaml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rules"


def fixture_texts(pattern: str = "*.yml") -> list[str]:
    """Every `text` (or bare string) of the fixture files whose names match `pattern`, files sorted, in file order."""
    found: list[str] = []
    for path in sorted(FIXTURES.glob(pattern)):
        found += _strings(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [node["text"]] if isinstance(node.get("text"), str) else [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    return []
