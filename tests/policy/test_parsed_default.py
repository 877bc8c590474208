"""The bundled policy's kept parse (data/default_policy.marshal) is tomllib's parse of default.toml as it is now, and
load_policy() gives the same policy with it as with tomllib; a kept copy of another text is not used."""

from __future__ import annotations

import datetime
import tomllib

import pytest

from postcheck.policy import load_policy, parsed_default
from postcheck.policy.loader import default_text
from postcheck.policy.models import Policy

REGENERATE = "default.toml changed since its parse was kept: run scripts/generate_parsed_default.py"


def test_the_kept_parse_is_tomllibs_parse_of_default_toml():
    kept = parsed_default.parsed(default_text())
    assert kept is not None, REGENERATE
    assert kept == tomllib.loads(default_text())


def test_load_policy_gives_the_policy_tomllib_gives():
    assert load_policy() == Policy.model_validate(tomllib.loads(default_text()))


def test_each_call_gives_a_dict_of_its_own():
    first = parsed_default.parsed(default_text())
    assert first is not None, REGENERATE
    first["safety"].clear()
    assert parsed_default.parsed(default_text())["safety"]


def test_a_kept_parse_of_another_text_or_a_damaged_file_is_not_used(tmp_path):
    kept = tmp_path / "kept.marshal"
    kept.write_bytes(parsed_default.render("[a]\nb = 1\n", {"a": {"b": 1}}))
    assert parsed_default.parsed("[a]\nb = 1\n", kept) == {"a": {"b": 1}}
    assert parsed_default.parsed("[a]\nb = 2\n", kept) is None
    kept.write_bytes(kept.read_bytes()[:-3])
    assert parsed_default.parsed("[a]\nb = 1\n", kept) is None
    assert parsed_default.parsed("[a]\nb = 1\n", tmp_path / "absent.marshal") is None


def test_a_value_marshal_cannot_keep_is_refused():
    with pytest.raises(ValueError):
        parsed_default.render("d = 2026-12-01\n", {"d": datetime.date(2026, 12, 1)})
