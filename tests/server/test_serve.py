"""`postcheck serve` as a real process: helper.json 0600, one instance, clean SIGTERM, logs without text or token."""

from __future__ import annotations

import json
import signal
import socket
import stat
import urllib.error
import urllib.request

from postcheck import paths
from postcheck.server import running_helper
from tests.server.conftest import start_serve, stop, wait_for_helper_file
from tests.support.signing import signed_headers


def call(info: dict, path: str, body: dict | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body else None
    headers = signed_headers({"Authorization": f"Bearer {info['token']}", "Content-Type": "application/json"},
                             "POST" if data else "GET", info["url"].removeprefix("http://"), path, data)
    request = urllib.request.Request(f"{info['url']}{path}", data=data, headers=headers)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=30) as response:
        return response.status, json.loads(response.read())


def test_helper_json_is_private_and_describes_the_helper(served):
    process, info = served
    path = paths.helper_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert set(info) == {"url", "token", "pid", "version"}
    assert info["pid"] == process.pid and info["version"] == "0.1.0"
    assert info["url"].startswith("http://127.0.0.1:") and len(info["token"]) >= 32
    assert running_helper() == info
    assert call(info, "/v1/health") == (200, {"status": "ok", "version": "0.1.0"})


def test_second_instance_is_refused_and_says_where_the_first_is(served):
    _, info = served
    second = start_serve("--port", "0")
    _, err = second.communicate(timeout=60)
    assert second.returncode == 1
    assert info["url"] in err and str(info["pid"]) in err and str(paths.helper_file()) in err
    assert running_helper() == info  # the first one is untouched


def test_sigterm_is_a_clean_exit_that_removes_helper_json(served):
    process, info = served
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
    assert not paths.helper_file().exists()
    assert running_helper() is None


def test_sigint_too_and_a_fresh_token_each_start():
    first = start_serve("--port", "0")
    try:
        token = wait_for_helper_file(first, paths.helper_file())["token"]
        first.send_signal(signal.SIGINT)
        assert first.wait(timeout=30) == 0
    finally:
        stop(first)
    again = start_serve("--port", "0")
    try:
        assert wait_for_helper_file(again, paths.helper_file())["token"] != token
    finally:
        stop(again)


def test_busy_port_is_a_clear_error():
    with socket.socket() as squatter:  # another program holding the port
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        process = start_serve("--port", str(port))
        _, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert f"port {port} on 127.0.0.1 is in use" in err and "--port 0" in err
    assert not paths.helper_file().exists()


def test_a_helper_still_starting_is_not_doubled(served):
    _, info = served
    # helper.json gone (as before the first helper has written it): its lock still refuses a second one.
    paths.helper_file().rename(paths.helper_file().with_name("first.json"))
    other = start_serve("--port", "0")
    _, err = other.communicate(timeout=60)
    paths.helper_file().with_name("first.json").rename(paths.helper_file())
    assert other.returncode == 1 and "another postcheck helper is starting or running" in err


def test_logs_never_hold_post_text_or_the_token(served):
    process, info = served
    secret_text = "CONFIDENTIAL-DRAFT-7f3a about the #Summit"
    call(info, "/v1/check", {"text": secret_text, "platform": "twitter"})
    call(info, "/v1/activity", {"type": "post-published", "platform": "twitter", "hashtags": ["Summit"]})
    try:
        call(info, "/v1/check", {"text": secret_text, "platform": "nowhere"})
    except urllib.error.HTTPError as exc:
        assert exc.code == 422
        exc.close()
    stop(process)
    log = "".join(p.read_text() for p in paths.log_dir().glob("helper.log*"))
    assert "POST /v1/activity 201" in log and "POST /v1/check 422" in log
    assert "POST /v1/check 200" not in log  # one line per pause in typing would be noise
    assert "CONFIDENTIAL" not in log and info["token"] not in log


def test_stale_helper_json_is_replaced(served):
    process, info = served
    process.kill()  # SIGKILL: no chance to remove helper.json
    process.wait()
    assert paths.helper_file().exists() and running_helper() is None
    fresh = start_serve("--port", "0")
    try:
        new = wait_for_helper_file(fresh, paths.helper_file())
        while new["pid"] != fresh.pid:  # the stale file may be read before the new helper replaces it
            new = json.loads(paths.helper_file().read_text())
        assert running_helper() == new
    finally:
        stop(fresh)


def test_default_port_comes_from_the_policy():
    with socket.socket() as probe:  # a port free right now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    paths.policy_override().parent.mkdir(parents=True, exist_ok=True)
    paths.policy_override().write_text(f"[helper]\nport = {port}\n")
    process = start_serve()
    try:
        assert wait_for_helper_file(process, paths.helper_file())["url"] == f"http://127.0.0.1:{port}"
    finally:
        stop(process)
