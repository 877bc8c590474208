"""`postcheck check` as a user runs it: a real subprocess, its exit codes, and JSON equal to the Python API's."""

from __future__ import annotations

import json
import subprocess
import sys

from postcheck import check

TWEET = "Join us #WorldRefugeeDay #Migration #Refugees #Hope with @UN @UNHCR @WFP @UNICEF"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "postcheck", "check", *args], input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_json_output_equals_the_api() -> None:
    done = run("--json", TWEET)
    assert json.loads(done.stdout) == check(TWEET).model_dump(mode="json")


def test_reads_standard_input_and_reply_kind() -> None:
    done = run("--json", "--reply", "--platform", "facebook", "-", stdin="thanks for the feedback")
    report = json.loads(done.stdout)
    assert (report["platform"], report["kind"]) == ("facebook", "reply")
    assert report == check("thanks for the feedback", "facebook", "reply").model_dump(mode="json")


def test_human_output_shows_excerpt_rule_and_guideline() -> None:
    done = run(TWEET)
    assert done.returncode == 0, done.stderr  # warnings only
    assert "hashtags.too-many" in done.stdout and "«#Hope»" in done.stdout
    assert "Guideline: Twitter › Hashtags" in done.stdout


def test_exit_1_on_an_error_finding() -> None:
    done = run("x" * 300)
    assert done.returncode == 1 and "length.over-limit" in done.stdout


def test_exit_2_on_bad_usage() -> None:
    done = run("--platform", "myspace", "hello")
    assert done.returncode == 2 and "invalid choice: 'myspace'" in done.stderr


def test_broken_policy_override_is_a_usage_error_naming_the_file(postcheck_home) -> None:
    override = postcheck_home / "config" / "policy.toml"
    override.parent.mkdir(parents=True)
    override.write_text("[mentions]\nmax_per_post = -1\n", encoding="utf-8")
    done = run("hello")
    assert done.returncode == 2
    assert f"{override}: mentions.max_per_post" in done.stderr
