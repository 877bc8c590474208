"""The [safety] policy drives the rules: a workstation's allowlists take effect, and a broken pattern is named."""

from __future__ import annotations

from pathlib import Path

import pytest
from postcheck.engine import Engine
from postcheck.paths import policy_override
from postcheck.policy import PolicyError, load_policy


def _override(text: str) -> Path:
    path = policy_override()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _safety_rules(policy, text: str) -> list[str]:
    return [f.rule for f in Engine(policy).check(text).findings if f.rule.startswith("safety.")]


def test_a_listed_hotline_is_allowed(postcheck_home: Path) -> None:
    text = "Reach our Manila team on +63 917 123 4567"
    assert _safety_rules(load_policy(), text) == ["safety.phone"]
    path = _override('[safety]\nallowed_phones = ["+41 22 717 9111", "+63 917 123 4567"]\n')
    assert _safety_rules(load_policy(path), text) == []


def test_an_institutional_domain_is_allowed(postcheck_home: Path) -> None:
    text = "Write to a.karimi@mission.example.org for the photo archive"
    assert _safety_rules(load_policy(), text) == ["safety.email"]
    path = _override('[safety]\ninstitutional_email_domains = ["example.org"]\n')
    assert _safety_rules(load_policy(path), text) == []


def test_a_region_of_the_mission_finds_its_national_numbers(postcheck_home: Path, monkeypatch) -> None:
    for variable in ("LC_ALL", "LC_CTYPE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")  # a locale without a country: the default regions only
    # A Nigerian mobile in national format, with no word saying to dial it: only the mission's regions read it.
    text = "Musa in Kano: 0803 123 4567"
    assert _safety_rules(load_policy(), text) == []
    path = _override('[safety]\nregions = ["NG"]\n')
    assert _safety_rules(load_policy(path), text) == ["safety.phone"]


def test_the_workstation_country_is_a_region_by_default(postcheck_home: Path, monkeypatch) -> None:
    for variable in ("LC_ALL", "LC_CTYPE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "ha_NG.UTF-8")
    policy = load_policy()
    assert policy.safety.regions[0] == "NG"
    assert _safety_rules(policy, "Musa in Kano: 0803 123 4567") == ["safety.phone"]


def test_a_bad_region_is_named(postcheck_home: Path) -> None:
    path = _override('[safety]\nregions = ["Nigeria"]\n')
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    message = str(caught.value)
    assert str(path) in message and "safety.regions" in message and "workstation" in message


def test_a_dial_word_reads_any_national_format(postcheck_home: Path) -> None:
    # Nigeria is not among the default regions: "WhatsApp" before the digit groups is enough.
    assert _safety_rules(load_policy(), "WhatsApp Musa on 0803 123 4567") == ["safety.phone"]


def test_a_broken_pattern_names_the_file_and_key(postcheck_home: Path) -> None:
    path = _override("[safety.absence.patterns]\nen = ['on (leave']\n")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    message = str(caught.value)
    assert str(path) in message and "safety.absence.patterns" in message and "on (leave" in message


def test_an_unknown_safety_key_is_named(postcheck_home: Path) -> None:
    path = _override("[safety.movement]\nvehicules = ['jeep']\n")
    with pytest.raises(PolicyError, match=r"safety\.movement\.vehicules: unknown key"):
        load_policy(path)
