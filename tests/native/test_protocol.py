"""The native host through a real subprocess: good frames, malformed ones, callers it must refuse."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import urllib.request

import pytest

from postcheck import paths
from postcheck.native.framing import MAX_INCOMING, MAX_OUTGOING, encode_frame
from postcheck.server import signing
from tests.native.conftest import OUR_ORIGIN, frame, parse_frames, run_host


def test_status_without_a_helper_does_not_start_one():
    replies, code, _ = run_host(frame({"kind": "status"}), OUR_ORIGIN)
    assert replies == [{"kind": "status", "running": False, "version": replies[0]["version"]}]
    assert code == 0
    assert not paths.helper_file().exists()


def test_hello_starts_the_helper_and_pairs_with_it():
    replies, code, _ = run_host(frame({"kind": "hello"}) + frame({"kind": "status"}) + frame({"kind": "hello"}),
                                OUR_ORIGIN)
    hello, status, again = replies
    assert code == 0
    assert hello["kind"] == "hello" and hello["url"].startswith("http://127.0.0.1:") and len(hello["token"]) >= 32
    assert status == {"kind": "status", "running": True, "url": hello["url"], "version": hello["version"]}
    assert (again["url"], again["token"]) == (hello["url"], hello["token"])  # the running helper is reused
    request = urllib.request.Request(f"{hello['url']}/v1/health", headers=signing.sign(
        hello["token"], "GET", hello["url"].removeprefix("http://"), "/v1/health"))
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=10) as response:
        assert json.loads(response.read())["status"] == "ok"
    # A second host process (the browser starts one per sendNativeMessage) finds the same helper.
    replies, _, _ = run_host(frame({"kind": "hello"}), OUR_ORIGIN)
    assert replies[0]["token"] == hello["token"]
    assert hello["token"] not in (paths.log_dir() / "native-host.log").read_text()  # logs never hold the token


@pytest.mark.parametrize("body, code", [
    (b"{not json", "malformed-message"),
    (b"\xff\xfe{}", "malformed-message"),
    (b"[1, 2]", "malformed-message"),
    (b"[" * 60000, "malformed-message"),
    (b"", "malformed-message"),
    (json.dumps({"kind": "launch-missiles"}).encode(), "unknown-kind"),
    (json.dumps({"no": "kind"}).encode(), "unknown-kind"),
    (json.dumps({"kind": ["hello"]}).encode(), "unknown-kind"),
    (b'{"kind": "\\ud800"}', "unknown-kind"),  # a lone surrogate: valid JSON, not valid Unicode text
    (json.dumps({"kind": "x" * 60000}).encode(), "unknown-kind"),
])
def test_a_bad_message_gets_an_error_and_the_host_carries_on(body, code):
    replies, status, _ = run_host(frame(body) + frame({"kind": "status"}), OUR_ORIGIN)
    assert [r["kind"] for r in replies] == ["error", "status"]
    assert replies[0]["error"]["code"] == code and replies[0]["error"]["message"]
    assert status == 0


@pytest.mark.parametrize("stdin, code", [
    (struct.pack("=I", MAX_INCOMING + 1) + b"{}", "frame-too-large"),
    (struct.pack("=I", 0xFFFFFFFF), "frame-too-large"),
    (b"\x05\x00", "truncated-frame"),
    (struct.pack("=I", 100) + b'{"kind":', "truncated-frame"),
])
def test_a_broken_stream_gets_an_error_then_a_clean_exit(stdin, code):
    # The oversize frame's body is never read (nor waited for): no hang, no 4 GiB allocation.
    replies, status, stderr = run_host(stdin, OUR_ORIGIN)
    assert [r["error"]["code"] for r in replies] == [code]
    assert status == 1
    assert "Traceback" not in stderr


def test_a_closed_pipe_is_a_clean_exit():
    replies, status, stderr = run_host(b"", OUR_ORIGIN)
    assert (replies, status, stderr) == ([], 0, "")


def test_a_browser_that_stops_listening_is_a_clean_exit():
    host = subprocess.Popen([sys.executable, "-m", "postcheck", "native-host", OUR_ORIGIN], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))
    host.stdout.close()  # the reply has nowhere to go
    _, stderr = host.communicate(frame({"kind": "status"}), timeout=90)
    assert host.returncode == 0
    assert b"Traceback" not in stderr


@pytest.mark.parametrize("argv", [
    ("chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/",),
    ("/home/u/.mozilla/native-messaging-hosts/int.iom.postcheck.json", "someone-else@example.org"),
    (),
])
def test_a_caller_the_policy_does_not_list_is_refused(argv):
    replies, status, _ = run_host(frame({"kind": "hello"}), *argv)
    assert replies[0]["kind"] == "error" and replies[0]["error"]["code"] == "caller-not-allowed"
    assert status == 1
    assert not paths.helper_file().exists()  # refused before anything was started


@pytest.mark.parametrize("argv", [
    (OUR_ORIGIN, "--parent-window=0"),  # Chrome on Windows adds this
    ("/home/u/.mozilla/native-messaging-hosts/int.iom.postcheck.json", "postcheck@iom.int"),  # Firefox
])
def test_each_browser_s_way_of_naming_our_extension_is_accepted(argv):
    replies, status, _ = run_host(frame({"kind": "status"}), *argv)
    assert replies[0]["kind"] == "status" and status == 0


def test_a_broken_policy_is_reported_in_a_frame_not_a_traceback():
    paths.policy_override().parent.mkdir(parents=True, exist_ok=True)
    paths.policy_override().write_text("[helper]\nport = 'many'\n", encoding="utf-8")
    replies, status, _ = run_host(frame({"kind": "hello"}), OUR_ORIGIN)
    assert replies[0]["error"]["code"] == "policy-invalid" and "helper.port" in replies[0]["error"]["message"]
    assert status == 1


def test_a_reply_over_the_browser_s_limit_is_refused_before_it_is_sent():
    with pytest.raises(ValueError, match="limit"):
        encode_frame({"kind": "status", "padding": "x" * MAX_OUTGOING})


def test_hosts_started_at_the_same_moment_share_one_helper():
    # The browser starts one host per sendNativeMessage: several tabs waking up at once race to start the helper.
    hosts = [subprocess.Popen([sys.executable, "-m", "postcheck", "native-host", OUR_ORIGIN], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=dict(os.environ))
             for _ in range(3)]
    outputs = [host.communicate(frame({"kind": "hello"}), timeout=90)[0] for host in hosts]
    tokens = {parse_frames(out)[0].get("token") for out in outputs}
    assert len(tokens) == 1 and None not in tokens, outputs


def test_a_helper_that_cannot_start_is_reported_with_its_log(postcheck_home):
    (postcheck_home / "run").write_text("not a folder")  # the helper cannot create helper.json here
    replies, status, _ = run_host(frame({"kind": "hello"}), OUR_ORIGIN)
    assert replies[0]["error"]["code"] == "helper-not-started"
    assert str(postcheck_home / "log" / "helper-output.log") in replies[0]["error"]["message"]
    assert status == 0  # the host stays usable: the extension may ask again once the problem is fixed
