"""Every rule is driven by its fixture file tests/fixtures/rules/<rule-id>.yml: flagged, OK and regression cases.

Format (YAML):
    platform: twitter          # default for the cases below (twitter if absent)
    kind: post                 # default kind (post if absent)
    flagged:                   # each must get at least one finding of this rule
      - "plain text"
      - {text: "…", platform: instagram, kind: reply, span: "#TheUnderlinedPart"}
      - {text: "…", kind: reply, addressee: "Maria Lopez"}   # the person a reply answers, when the box knows it
    ok:                        # none may get a finding of this rule
      - "…"
    regressions:               # past mistakes; `flagged: true|false` says which way
      - {text: "…", flagged: false}
`span`, when given, must equal the text under one of the rule's findings (offsets are UTF-16, as in the browser).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from postcheck.engine.offsets import utf16_to_codepoints
from postcheck.engine.registry import discover
from postcheck.policy import load_policy
from postcheck.engine import Engine

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rules"
RULE_IDS = [spec.id for spec in discover()]
ENGINE = Engine(load_policy())


def _cases():
    for path in sorted(FIXTURES.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        defaults = {"platform": data.get("platform", "twitter"), "kind": data.get("kind", "post")}
        for section, expected in (("flagged", True), ("ok", False), ("regressions", None)):
            for index, case in enumerate(data.get(section) or []):
                case = {"text": case} if isinstance(case, str) else dict(case)
                flagged = case.pop("flagged", expected)
                assert flagged is not None, f"{path.name}: regression {index} needs flagged: true|false"
                yield pytest.param(path.stem, {**defaults, **case}, flagged, id=f"{path.stem}-{section}-{index}")


@pytest.mark.parametrize("rule", RULE_IDS)
def test_every_rule_has_a_fixture_with_both_sides(rule: str) -> None:
    path = FIXTURES / f"{rule}.yml"
    assert path.exists(), f"rule {rule} has no fixture file {path}"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    assert data.get("flagged") and data.get("ok"), f"{path.name} needs flagged and ok cases"


def test_every_fixture_names_a_rule() -> None:
    orphans = {p.stem for p in FIXTURES.glob("*.yml")} - set(RULE_IDS)
    assert not orphans, f"fixtures for rules that do not exist: {sorted(orphans)}"


@pytest.mark.parametrize(("rule", "case", "flagged"), list(_cases()))
def test_fixture_case(rule: str, case: dict, flagged: bool) -> None:
    text = case["text"]
    report = ENGINE.check(text, case["platform"], case["kind"], addressee=case.get("addressee"))
    mine = [f for f in report.findings if f.rule == rule]
    if not flagged:
        assert not mine, f"{rule} should not flag {text!r}: {[f.message for f in mine]}"
        return
    assert mine, f"{rule} should flag {text!r}; findings were {[f.rule for f in report.findings]}"
    if "span" in case:
        spans = [text[utf16_to_codepoints(text, f.start):utf16_to_codepoints(text, f.end)] for f in mine]
        assert case["span"] in spans, f"{rule} underlined {spans}, expected {case['span']!r}"
