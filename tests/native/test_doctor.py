"""`postcheck doctor` on a working set-up (real helper, real gnome-keyring) and on broken ones, with its fixes."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from postcheck import paths
from postcheck.native.doctor import check_browsers
from postcheck.native.installer import apply, undo
from postcheck.native.plan import build_plan
from postcheck.policy import load_policy
from tests.native.cli import checks_by_name, doctor, postcheck
from tests.native.conftest import OUR_ORIGIN, frame, run_host
from tests.native.fake_registry import DictRegistry
from tests.native.layouts import environment

MANIFEST = ".config/chromium/NativeMessagingHosts/int.iom.postcheck.json"


def _working_setup() -> Path:
    """Install for Chromium into the keyring session's HOME and start the helper the way the browser would."""
    done = postcheck("install", "--browser", "chromium", "--no-autostart")
    assert done.returncode == 0, done.stderr
    replies, _, _ = run_host(frame({"kind": "hello"}), OUR_ORIGIN)
    assert replies[0]["kind"] == "hello", replies
    return Path(os.environ["HOME"]) / MANIFEST


def test_doctor_passes_on_a_working_setup(keyring_session):
    _working_setup()
    report, code = doctor()
    assert code == 0 and report["ok"], report
    checks = checks_by_name(report)
    assert {"helper", "token file", "Chromium", "keyring"} <= set(checks)
    assert "SecretService" in checks["keyring"]["detail"]
    assert checks["token file"]["detail"].endswith("is private (mode 600)")


def test_right_after_install_a_helper_not_started_yet_is_no_fault(keyring_session):
    done = postcheck("install", "--browser", "chromium", "--no-autostart")
    assert done.returncode == 0, done.stderr
    assert not paths.helper_file().exists()  # nothing has started the helper yet
    report, code = doctor()
    checks = checks_by_name(report)
    assert code == 0 and report["ok"], [c for c in report["checks"] if not c["ok"]]
    assert checks["helper"]["ok"] and "starts it through the native host" in checks["helper"]["detail"]
    assert checks["token file"]["ok"] and "does not exist yet" in checks["token file"]["detail"]
    # With the launcher gone nothing can start the helper: now its absence is a broken link again.
    manifest = Path(os.environ["HOME"]) / MANIFEST
    Path(json.loads(manifest.read_text())["path"]).unlink()
    report, code = doctor()
    checks = checks_by_name(report)
    assert code == 1 and not checks["helper"]["ok"] and not checks["token file"]["ok"]
    assert checks["helper"]["fix"].startswith("postcheck serve")


def test_each_broken_link_is_named_with_the_command_that_fixes_it(keyring_session):
    manifest = _working_setup()
    paths.helper_file().chmod(0o644)
    data = json.loads(manifest.read_text())
    data["allowed_origins"] = ["chrome-extension://abcdefghijklmnopabcdefghijklmnop/"]
    manifest.write_text(json.dumps(data))
    report, code = doctor()
    checks = checks_by_name(report)
    assert code == 1 and not report["ok"]
    assert not checks["token file"]["ok"] and checks["token file"]["fix"].startswith("chmod 600 ")
    assert not checks["Chromium"]["ok"] and "policy's extension" in checks["Chromium"]["detail"]
    assert checks["Chromium"]["fix"] == "postcheck install --browser chromium"
    assert checks["helper"]["ok"] and checks["keyring"]["ok"]
    # Running the suggested fixes repairs the chain.
    subprocess.run(shlex.split(checks["token file"]["fix"]), check=True)
    assert postcheck(*shlex.split(checks["Chromium"]["fix"])[1:]).returncode == 0
    report, code = doctor()
    assert code == 0, report


def test_a_missing_launcher_or_python_is_caught(keyring_session):
    manifest = _working_setup()
    launcher = Path(json.loads(manifest.read_text())["path"])
    launcher.write_text(launcher.read_text().replace(shlex.quote(sys.executable), "/gone/python3"))
    checks = checks_by_name(doctor()[0])
    assert "/gone/python3, which no longer exists" in checks["Chromium"]["detail"]
    launcher.unlink()
    checks = checks_by_name(doctor()[0])
    assert f"its launcher {launcher} does not exist" in checks["Chromium"]["detail"]


def test_nothing_set_up_fails_every_link(tmp_path):
    # No helper, no manifest, no Secret Service on any bus.
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"} | {"HOME": str(tmp_path)}
    report, code = doctor(env)
    checks = checks_by_name(report)
    assert code == 1
    assert checks["helper"]["fix"].startswith("postcheck serve") and not checks["helper"]["ok"]
    assert not checks["token file"]["ok"]
    assert checks["Chromium"]["detail"].startswith("installed, but no host manifest at")  # found on PATH
    assert not checks["keyring"]["ok"] and "gnome-keyring" in checks["keyring"]["fix"]
    text = postcheck("doctor", env=env)
    assert text.returncode == 1 and "✖ helper" in text.stdout
    assert "fix: postcheck install --browser chromium" in text.stdout


@pytest.mark.parametrize("system", ["linux", "darwin", "windows"])
def test_doctor_reads_each_os_layout_install_wrote(system, tmp_path):
    home, install_dir, registry = tmp_path / "home", tmp_path / "install", DictRegistry()
    where = environment(system, home)
    apply(build_plan(where, "user", install_dir, load_policy(), autostart=False, python=sys.executable), registry,
          lambda argv: (0, ""))
    checks = check_browsers(where, load_policy(), registry)
    assert [c.name for c in checks] == ["Google Chrome", "Chromium", "Microsoft Edge", "Brave", "Mozilla Firefox"]
    assert all(c.ok for c in checks), checks
    undo(install_dir, registry, lambda argv: (0, ""))
    checks = check_browsers(where, load_policy(), registry)
    assert not any(c.ok for c in checks)
    assert checks[1].fix == "postcheck install --browser chromium"
