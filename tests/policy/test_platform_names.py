"""Platform names as people write them: `x` is twitter, and case does not matter, in policy files as elsewhere."""

from __future__ import annotations

from pathlib import Path

import jsonschema_rs
import pytest

from postcheck.paths import policy_override
from postcheck.policy import PolicyError, load_policy
from postcheck.policy.platforms import PLATFORM_SCHEMA, platform_name


@pytest.mark.parametrize("written,meant", [("x", "twitter"), ("X", "twitter"), ("Twitter", "twitter"),
                                           ("TWITTER", "twitter"), ("FaceBook", "facebook"), ("instagram", "instagram"),
                                           ("YouTube", "youtube")])
def test_aliases_and_any_case_give_the_canonical_name(written: str, meant: str) -> None:
    assert platform_name(written) == meant


@pytest.mark.parametrize("other", ["myspace", "x.com", " twitter", "twitter ", "faceboo\u212a", "", 3, None])
def test_anything_else_is_left_for_validation_to_refuse(other) -> None:
    # The Kelvin sign lowercases to "k" in Python, but ASCII-only case folding keeps the OpenAPI pattern honest.
    assert platform_name(other) is other


def test_the_openapi_schema_accepts_exactly_what_the_validator_accepts() -> None:
    # An ECMA 262 regex engine, as JSON Schema specifies (Python's `$` would also match before a final newline).
    schema = jsonschema_rs.Draft202012Validator(PLATFORM_SCHEMA)
    for name in ("x", "X", "twitter", "tWiTtEr", "FACEBOOK", "Instagram", "youtube"):
        assert schema.is_valid(name) and platform_name(name) in ("twitter", "facebook", "instagram", "youtube")
    for name in ("myspace", "xx", "twitter ", "faceboo\u212a", "x\n", "X-Twitter"):
        assert not schema.is_valid(name) and platform_name(name) == name


def _override(text: str) -> Path:
    path = policy_override()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_policy_override_names_platforms_any_way(postcheck_home: Path) -> None:
    path = _override('[limits]\nX = 300\n[length]\nplatforms = ["X", "Instagram"]\n'
                     '[schedule.quotas.x]\nminimum = 4\n[schedule.check_times]\nFacebook = ["08:00"]\n')
    policy = load_policy(path)
    assert policy.limits.twitter == 300 and policy.limits.facebook == 63206  # the override wins over default.toml
    assert policy.length.platforms == ["twitter", "instagram"]
    assert policy.schedule.quotas["twitter"].minimum == 4
    assert policy.schedule.quotas["twitter"].ideal == (2, 5)  # merged key by key, as the loader merges tables
    assert policy.schedule.check_times["facebook"] == ["08:00"]
    assert set(policy.schedule.check_times) == {"twitter", "facebook", "instagram"}


def test_an_unknown_platform_in_the_policy_is_still_named(postcheck_home: Path) -> None:
    path = _override('[length]\nplatforms = ["myspace"]\n')
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert f"{path}: length.platforms.0: Input should be 'twitter', 'facebook', 'instagram' or 'youtube'" \
        in str(caught.value)
