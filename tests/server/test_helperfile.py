"""running_helper() trusts helper.json only as far as it must: a live pid, a loopback URL, a helper that answers."""

from __future__ import annotations

import json
import os
import stat

from postcheck import paths
from postcheck.server import helperfile, running_helper


def test_missing_or_garbled_file_means_no_helper():
    assert running_helper() is None
    paths.helper_file().parent.mkdir(parents=True)
    paths.helper_file().write_text("{not json")
    assert running_helper() is None
    paths.helper_file().write_text(json.dumps({"url": "http://127.0.0.1:1", "token": 5, "pid": 1, "version": "x"}))
    assert running_helper() is None


def test_dead_pid_means_no_helper():
    helperfile.write({"url": "http://127.0.0.1:9", "token": "t", "pid": 2**22 + 12345, "version": "0.1.0"})
    assert running_helper() is None


def test_token_is_never_sent_off_the_loopback(served):
    _, info = served
    # A tampered helper.json pointing elsewhere, with a live pid: running_helper() must not call that URL.
    helperfile.write({**info, "url": "http://attacker.example:80"})
    assert running_helper() is None
    helperfile.write({**info, "url": "http://127.0.0.1:80@attacker.example"})
    assert running_helper() is None


def test_wrong_token_means_not_our_helper(served):
    _, info = served
    helperfile.write({**info, "token": "not-the-token"})
    assert running_helper() is None


def test_write_is_0600_and_replaces_atomically():
    path = helperfile.write({"url": "http://127.0.0.1:5", "token": "a", "pid": os.getpid(), "version": "0.1.0"})
    helperfile.write({"url": "http://127.0.0.1:6", "token": "b", "pid": os.getpid(), "version": "0.1.0"})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert helperfile.read()["token"] == "b"
    assert [p.name for p in path.parent.iterdir()] == ["helper.json"]  # no temporary file left behind
    helperfile.remove_if_ours(os.getpid() + 1)
    assert path.exists()
    helperfile.remove_if_ours(os.getpid())
    assert not path.exists()
