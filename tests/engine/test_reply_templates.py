"""The guideline's reply templates, filled in with a first name and an initial, pass every reply and tone rule."""

from __future__ import annotations

import pytest
from postcheck.engine import Engine
from postcheck.policy import load_policy

POLICY = load_policy()
ENGINE = Engine(POLICY)
TEMPLATES = sorted(POLICY.reply.templates.items())
PEOPLE = [("Ana", "L"), ("Élodie", "C"), ("Lucía", "J"), ("@Omar", "M")]


def _rules_on(text: str) -> list[str]:
    report = ENGINE.check(text, "facebook", "reply")
    return [f.rule for f in report.findings if f.rule.startswith(("reply.", "tone."))]


def test_the_policy_has_the_guidelines_templates() -> None:
    assert {"negative", "positive", "damaging"} <= set(POLICY.reply.templates)


@pytest.mark.parametrize(("name", "template"), TEMPLATES)
@pytest.mark.parametrize(("first_name", "initial"), PEOPLE)
def test_filled_template_passes(name: str, template, first_name: str, initial: str) -> None:
    text = template.text.format(first_name=first_name, initial=initial)
    assert _rules_on(text) == [], f"template {name!r} filled in as {text!r}"


@pytest.mark.parametrize(("name", "template"), TEMPLATES)
def test_template_left_blank_is_flagged(name: str, template) -> None:
    # The 2014 text's "Hi _____," with no sign-off: what a hurried copy-paste gives.
    text = template.text.format(first_name="_____", initial="").rstrip(" –")
    assert {"reply.missing-greeting", "reply.missing-signoff"} <= set(_rules_on(text))
