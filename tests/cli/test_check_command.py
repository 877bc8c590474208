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


def test_platform_x_and_any_case_are_twitter() -> None:
    for name in ("x", "X", "Twitter"):
        done = run("--json", "--platform", name, TWEET)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == check(TWEET, "twitter").model_dump(mode="json")


def test_platform_option_has_help_naming_the_aliases_and_the_default() -> None:
    done = subprocess.run([sys.executable, "-m", "postcheck", "check", "--help"], capture_output=True, text=True,
                          timeout=60)
    help_text = " ".join(done.stdout.split())
    assert "--platform PLATFORM the platform the post is for: twitter, facebook, instagram, youtube (x means " \
           "twitter), in any case (default: twitter)" in help_text


def test_a_blank_draft_is_nothing_to_check() -> None:
    for text in ("", "   \n\t"):
        done = run("-", stdin=text)
        assert done.returncode == 0
        assert "Nothing to check: the draft is empty or only whitespace." in done.stdout
        assert "No findings" not in done.stdout
        report = json.loads(run("--json", "-", stdin=text).stdout)
        assert report["findings"] == [] and report["stats"]["blank"] is True


def test_on_a_terminal_it_says_it_reads_standard_input() -> None:
    import os
    import pty

    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen([sys.executable, "-m", "postcheck", "check", "--json"], stdin=terminal,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        os.close(terminal)
        first = process.stderr.readline()  # said before it waits: a person sees it at once
        assert first.startswith("postcheck check: reading the post from standard input; end it with Ctrl-D")
        os.write(controller, b"Hello #a #b #c #d\n\x04")  # a line, then Ctrl-D at the start of the next
        out, _ = process.communicate(timeout=60)
    finally:
        os.close(controller)
    assert process.returncode == 0 and json.loads(out)["stats"]["hashtags"][3]["text"] == "d"
    piped = run("--json", stdin="Hello")
    assert piped.stderr == "" and piped.returncode == 0  # from a pipe it says nothing


def test_excerpts_follow_utf16_offsets_after_astral_characters() -> None:
    text = "🙏🏽🇵🇭 " * 40 + "Call the WXQZ team: #a #b #c #d 🙏 #e"
    done = run("--platform", "instagram", text)
    assert "«WXQZ»" in done.stdout and "«#d»" in done.stdout and "«#e»" in done.stdout, done.stdout


def test_to_names_the_person_a_reply_answers() -> None:
    text = "Maria Lopez thank you for your message. –L"
    named = json.loads(run("--json", "--platform", "facebook", "--reply", "--to", "Maria Lopez", text).stdout)
    assert named == json.loads(check(text, "facebook", "reply", addressee="Maria Lopez").model_dump_json())
    assert "reply.missing-greeting" not in {f["rule"] for f in named["findings"]}
    refused = run("--to", "Maria Lopez", text)
    assert refused.returncode == 2 and "add --reply" in refused.stderr


def test_lang_gives_the_findings_in_french_or_spanish() -> None:
    done = run("--lang", "es", "Llamen a Amal al +254 712 345 678")
    assert done.returncode == 1 and "es un número de teléfono" in done.stdout
    assert "Guideline: Security and Privacy" in done.stdout  # sections cite the document as written
