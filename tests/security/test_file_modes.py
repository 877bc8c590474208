"""Other local accounts and postcheck's files: nothing readable by them, nothing of theirs trusted.

Before the fix, folders an installer or the native host made first stayed 0755 and the activity log, its WAL and the
logs 0644 (any local user could read who published what and when); a POSTCHECK_HOME another account made (or could
write) was used as it was, so that account could plant run/helper.json and redirect pairing to its own server.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.native.conftest import OUR_ORIGIN, frame, run_host
from tests.native.processes import stop_processes_with_home
from tests.support.helper_process import running_helper

NOBODY = 65534


@pytest.fixture(autouse=True)
def stop_helpers(postcheck_home: Path):
    yield
    stop_processes_with_home(postcheck_home)


def modes(home: Path) -> dict[str, str]:
    found = {}
    for root, dirs, files in os.walk(home):
        for name in [*dirs, *files]:
            path = Path(root) / name
            found[str(path.relative_to(home)) + ("/" if path.is_dir() else "")] = f"{path.stat().st_mode & 0o777:o}"
    return found


def test_a_per_user_install_writes_private_files_only(postcheck_home: Path, tmp_path: Path):
    # A umask that leaves everything readable, as on many desktops: the install must not rely on it.
    os.umask(0o022)
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "POSTCHECK_HOME": str(postcheck_home)}
    done = subprocess.run([sys.executable, "-m", "postcheck", "install", "--browser", "chromium", "--no-autostart"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    found = modes(postcheck_home)
    assert {"data/native-messaging/postcheck-native-host", "data/native-messaging/install-record.json"} <= set(found)
    expected = {name: "700" if name.endswith("/") or name.endswith("postcheck-native-host") else "600"
                for name in found}
    assert found == expected
    manifest = home / ".config/chromium/NativeMessagingHosts/int.iom.postcheck.json"
    assert f"{manifest.stat().st_mode & 0o777:o}" == "600"
    assert f"{postcheck_home.stat().st_mode & 0o777:o}" == "700"


def test_every_folder_0700_and_file_0600_whoever_created_them_first(postcheck_home: Path):
    # What an installer or an older version left: open folders and world-readable files.
    os.umask(0o022)
    for sub in ("config", "data", "log", "run"):
        (postcheck_home / sub).mkdir(mode=0o755)
    (postcheck_home / "log" / "native-host.log").write_text("old line\n")
    (postcheck_home / "log" / "native-host.log").chmod(0o644)
    postcheck_home.chmod(0o755)

    # The first start: the browser runs the native host, which starts the helper; the helper records an event.
    replies, code, err = run_host(frame({"kind": "hello"}), OUR_ORIGIN)
    assert code == 0 and replies[0]["kind"] == "hello", err
    assert stop_processes_with_home(postcheck_home)  # the helper the host started, detached
    with running_helper(postcheck_home) as helper:  # and a second start
        assert helper.get("/v1/activity?limit=1") == {"events": []}
        found = modes(postcheck_home)
    assert {"data/activity.sqlite3", "log/helper.log", "log/native-host.log"} <= set(found)
    assert any(name.endswith("-wal") for name in found)
    loose = {name: mode for name, mode in found.items() if mode != ("700" if name.endswith("/") else "600")}
    assert loose == {}
    assert f"{postcheck_home.stat().st_mode & 0o777:o}" == "700"


def test_doctor_names_a_folder_readable_by_others(postcheck_home: Path):
    (postcheck_home / "data").mkdir(mode=0o700)
    (postcheck_home / "data").chmod(0o755)
    done = subprocess.run([sys.executable, "-m", "postcheck", "doctor", "--json"], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ))
    checks = {check["name"]: check for check in json.loads(done.stdout)["checks"]}
    private = checks["private files"]
    assert not private["ok"] and f"{postcheck_home / 'data'} is readable by others (mode 755)" in private["detail"]


def test_a_run_folder_of_another_account_is_refused_and_its_helper_json_never_trusted(postcheck_home: Path):
    # Another account made the run folder first and planted a helper.json pointing at its own server.
    run = postcheck_home / "run"
    run.mkdir(mode=0o755)
    planted = run / "helper.json"
    planted.write_text(json.dumps({"url": "http://127.0.0.1:9", "token": "t" * 43, "pid": os.getpid(),
                                   "version": "0.1.0"}))
    os.chown(run, NOBODY, -1)
    os.chown(planted, NOBODY, -1)

    served = subprocess.run([sys.executable, "-m", "postcheck", "serve", "--port", "0"], capture_output=True,
                            text=True, timeout=60, env=dict(os.environ))
    assert served.returncode == 1
    assert f"{run} belongs to another account (uid {NOBODY})" in served.stderr and "remove it" in served.stderr

    replies, code, _ = run_host(frame({"kind": "hello"}), OUR_ORIGIN)
    assert code == 1 and replies == [{"kind": "error", "error": {"code": "unsafe-folder", "message": replies[0]
                                                                    ["error"]["message"]}}]
    assert "belongs to another account" in replies[0]["error"]["message"]


def test_a_home_writable_by_others_is_refused(postcheck_home: Path):
    postcheck_home.chmod(0o777)
    served = subprocess.run([sys.executable, "-m", "postcheck", "serve", "--port", "0"], capture_output=True,
                            text=True, timeout=60, env=dict(os.environ))
    assert served.returncode == 1
    assert f"{postcheck_home} can be written by group or others (mode 777)" in served.stderr
    assert f"chmod go-w {postcheck_home}" in served.stderr
    assert f"{postcheck_home.stat().st_mode & 0o777:o}" == "777"  # refused, not silently changed
