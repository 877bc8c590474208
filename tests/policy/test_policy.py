"""The policy file: the guidelines' numbers are there, overrides merge, and bad files are named precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from postcheck.paths import policy_override
from postcheck.policy import PolicyError, load_policy


def test_default_policy_holds_the_guidelines_numbers() -> None:
    policy = load_policy()
    assert (policy.length.ideal, policy.length.retweet_room) == (120, 132)
    assert (policy.limits.twitter, policy.limits.instagram, policy.limits.facebook) == (280, 2200, 63206)
    assert (policy.hashtags.max_per_post, policy.hashtags.max_words, policy.mentions.max_per_post) == (3, 3, 3)
    assert policy.schedule.check_times["facebook"] == ["09:00", "17:00"]
    assert policy.schedule.check_times["twitter"] == ["11:00", "18:00"]
    assert policy.schedule.check_times["instagram"] == ["10:00", "16:00"]
    assert policy.schedule.quotas["twitter"].minimum == 2 and policy.schedule.quotas["twitter"].ideal == (2, 5)
    duties = {duty.id: duty for duty in policy.schedule.duties}
    assert duties["official-hashtags"].weekday == "monday" and duties["official-hashtags"].due == "11:00"
    assert duties["twitter-official-hashtag-tweets"].count == 5
    assert duties["instagram-official-hashtag-posts"].count == 2
    assert duties["facebook-demographics"].monthday == 1
    assert duties["guidelines-review"].month == 6
    assert "IDP" not in policy.acronyms.known  # the guidelines' own example of an acronym to define


def test_every_table_names_its_guideline_section() -> None:
    policy = load_policy()
    for name in ("helper", "length", "limits", "hashtags", "mentions", "links", "tone", "reply", "acronyms",
                 "safety", "schedule", "images"):
        assert getattr(policy, name).section.strip(), f"[{name}] has no section"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_override_merges_over_the_default(postcheck_home: Path) -> None:
    path = _write(policy_override(), '[hashtags]\nofficial = ["WorldRefugeeDay"]\n[length]\nideal = 100\n')
    policy = load_policy(path)
    assert policy.hashtags.official == ["WorldRefugeeDay"]
    assert policy.hashtags.max_per_post == 3  # untouched keys keep the default
    assert policy.length.ideal == 100


def test_unknown_key_names_the_override_file_and_key(postcheck_home: Path) -> None:
    path = _write(policy_override(), "[hashtags]\nmax_per_tweet = 4\n")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert str(path) in str(caught.value) and "hashtags.max_per_tweet: unknown key" in str(caught.value)


def test_wrong_type_names_the_file_and_key(postcheck_home: Path) -> None:
    path = _write(policy_override(), '[mentions]\nmax_per_post = "three"\n')
    with pytest.raises(PolicyError, match=r"policy\.toml: mentions\.max_per_post: .*integer"):
        load_policy(path)


def test_broken_toml_is_named(postcheck_home: Path) -> None:
    path = _write(policy_override(), "[hashtags\nmax_per_post = 3\n")
    with pytest.raises(PolicyError, match="not valid TOML"):
        load_policy(path)


def test_bad_pattern_is_named(postcheck_home: Path) -> None:
    path = _write(policy_override(), '[tone]\npatronizing = ["(unclosed"]\n')
    with pytest.raises(PolicyError, match=r"tone\.patronizing: .*not a valid regular expression"):
        load_policy(path)


def test_missing_override_is_no_error(postcheck_home: Path) -> None:
    assert load_policy(postcheck_home / "nowhere.toml").length.ideal == 120
