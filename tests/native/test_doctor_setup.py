"""`postcheck doctor` on what a newcomer gets wrong: where policy.toml goes, which browsers were registered, and
which piece of the keyring is missing (program, D-Bus session, running keyring, unlocked keyring) — all for real."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from postcheck import paths
from postcheck.native.installer import RECORD
from tests.native.cli import checks_by_name, doctor, postcheck
from tests.support.keyring_session import KEYRING_PASSWORD, _stop, _wait_for_secret_service

CHROMIUM_MANIFEST = ".config/chromium/NativeMessagingHosts/int.iom.postcheck.json"


def _env(home: Path, **more: str) -> dict:
    return {**os.environ, "HOME": str(home), **more}


# --- policy.toml: the override's path, whether it loaded, and files in the wrong place ------------------------------

def test_doctor_says_where_the_override_goes_and_whether_it_loaded(postcheck_home: Path, tmp_path: Path):
    override = paths.policy_override()
    checks = checks_by_name(doctor(_env(tmp_path))[0])
    assert checks["policy"]["ok"] and f"no override at {override}" in checks["policy"]["detail"]
    override.parent.mkdir(parents=True)
    override.write_text("[mentions]\nmax_per_post = 2\n", encoding="utf-8")
    checks = checks_by_name(doctor(_env(tmp_path))[0])
    assert checks["policy"] == {"name": "policy", "ok": True, "detail": f"{override} loaded over the bundled policy",
                                "fix": None}


def test_a_broken_override_fails_its_check_and_the_others_still_run(postcheck_home: Path, tmp_path: Path):
    override = paths.policy_override()
    override.parent.mkdir(parents=True)
    override.write_text("[mentions]\nmax_per_tweet = 2\n", encoding="utf-8")
    report, code = doctor(_env(tmp_path))
    checks = checks_by_name(report)
    assert code == 1 and not checks["policy"]["ok"]
    assert f"{override}: mentions.max_per_tweet: unknown key" in checks["policy"]["detail"]
    assert str(override) in checks["policy"]["fix"]
    assert {"helper", "token file", "keyring"} <= set(checks)


@pytest.mark.parametrize("place", ["home folder", "data folder", "current folder", "HOME"])
def test_a_policy_toml_in_a_likely_wrong_place_is_reported_with_where_it_goes(place, postcheck_home: Path,
                                                                               tmp_path: Path):
    cwd, home = tmp_path / "cwd", tmp_path / "home"
    folder = {"home folder": postcheck_home, "data folder": paths.data_dir(), "current folder": cwd,
              "HOME": home}[place]
    for made in (cwd, home, folder):
        made.mkdir(parents=True, exist_ok=True)
    stray = folder / "policy.toml"
    stray.write_text("[mentions]\nmax_per_post = 2\n", encoding="utf-8")
    done = subprocess.run([*postcheck_argv(), "doctor", "--json"], capture_output=True, text=True, timeout=120,
                          cwd=cwd, env=_env(home))
    checks = checks_by_name(json.loads(done.stdout))
    override = paths.policy_override()
    assert done.returncode == 1
    assert checks["policy location"] == {
        "name": "policy location", "ok": False, "detail": f"{stray} is never read: postcheck reads only {override}",
        "fix": f"mkdir -p {shlex.quote(str(override.parent))} && mv {shlex.quote(str(stray))} "
               f"{shlex.quote(str(override))}"}
    # The fix works as printed: after it, the override is found and loaded.
    subprocess.run(checks["policy location"]["fix"], shell=True, check=True)
    done = subprocess.run([*postcheck_argv(), "doctor", "--json"], capture_output=True, text=True, timeout=120,
                          cwd=cwd, env=_env(home))
    checks = checks_by_name(json.loads(done.stdout))
    assert "policy location" not in checks and checks["policy"]["detail"].endswith("loaded over the bundled policy")


def test_someone_elses_policy_toml_in_the_current_folder_is_left_alone(tmp_path: Path):
    (tmp_path / "policy.toml").write_text('[tool.other]\nstrict = true\n', encoding="utf-8")
    done = subprocess.run([*postcheck_argv(), "doctor", "--json"], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path, env=_env(tmp_path))
    assert "policy location" not in checks_by_name(json.loads(done.stdout))


def postcheck_argv() -> list[str]:
    import sys

    return [sys.executable, "-m", "postcheck"]


# --- browsers: judged by what `postcheck install` registered --------------------------------------------------------

def test_a_browser_install_did_not_register_is_reported_not_registered_without_failing(keyring_session):
    home = Path(os.environ["HOME"])
    (home / ".mozilla").mkdir()  # Firefox's profile folder: Firefox counts as installed, installed or not on PATH
    done = postcheck("install", "--browser", "chromium", "--no-autostart")
    assert done.returncode == 0, done.stderr
    record = paths.data_dir() / "native-messaging" / RECORD
    assert record.stat().st_mode & 0o777 == 0o600
    assert json.loads(record.read_text())["browsers"] == ["chromium"]
    report, code = doctor()
    checks = checks_by_name(report)
    assert checks["Chromium"]["ok"] and checks["Mozilla Firefox"]["ok"], report
    assert checks["Mozilla Firefox"]["detail"].startswith("installed, not registered")
    assert checks["Mozilla Firefox"]["fix"] == "postcheck install --browser firefox"
    text = postcheck("doctor")
    assert "✔ Mozilla Firefox: installed, not registered" in text.stdout
    assert "    to add it: postcheck install --browser firefox" in text.stdout
    # What install registered must keep working: its manifest gone is a broken link, not "not registered".
    (home / CHROMIUM_MANIFEST).unlink()
    checks = checks_by_name(doctor()[0])
    assert not checks["Chromium"]["ok"]
    assert checks["Chromium"]["detail"].startswith("`postcheck install` registered it, but there is no host manifest")
    assert checks["Chromium"]["fix"] == "postcheck install --browser chromium"
    # Adding the other browser later records both.
    assert postcheck("install", "--browser", "firefox", "--no-autostart").returncode == 0
    assert json.loads(record.read_text())["browsers"] == ["chromium", "firefox"]
    assert postcheck("uninstall").returncode == 0 and not record.exists()


# --- the keyring: the missing piece named ----------------------------------------------------------------------------

def _keyring_check(env: dict) -> dict:
    return checks_by_name(doctor(env)[0])["keyring"]


def test_no_keyring_program_says_install_one(tmp_path: Path):
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {k: v for k, v in _env(tmp_path).items() if k != "DBUS_SESSION_BUS_ADDRESS"} | {"PATH": str(empty)}
    check = _keyring_check(env)
    assert not check["ok"] and "no Secret Service keyring is installed" in check["detail"]
    assert check["fix"].startswith("sudo apt-get install gnome-keyring")


def test_no_dbus_session_is_named_when_the_keyring_is_installed(tmp_path: Path):
    assert shutil.which("gnome-keyring-daemon"), "apt-get install -y gnome-keyring (scripts/test does it)"
    env = {k: v for k, v in _env(tmp_path).items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    check = _keyring_check(env)
    assert not check["ok"]
    assert "gnome-keyring-daemon is installed, but there is no D-Bus session bus" in check["detail"]
    assert "dbus-run-session" in check["fix"] and "apt-get install" not in check["fix"]


_BARE_BUS = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:dir={dir}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/>
</policy></busconfig>"""


def _bus(tmp_path: Path, bare: bool) -> tuple[subprocess.Popen, str]:
    """A private session bus; `bare`: one that cannot start a keyring on demand (no D-Bus service files)."""
    argv = ["dbus-daemon", "--nofork", "--print-address=1"]
    if bare:
        config = tmp_path / "bus.conf"
        config.write_text(_BARE_BUS.format(dir=tmp_path), encoding="utf-8")
        argv.append(f"--config-file={config}")
    else:
        argv.append("--session")
    bus = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return bus, bus.stdout.readline().decode().strip()


def test_a_bus_with_no_keyring_running_says_start_it(tmp_path: Path):
    bus, address = _bus(tmp_path, bare=True)
    try:
        check = _keyring_check(_env(tmp_path, DBUS_SESSION_BUS_ADDRESS=address))
    finally:
        _stop(bus)
    assert not check["ok"] and "but no keyring answers on it (org.freedesktop.secrets)" in check["detail"]
    assert check["fix"].startswith("start it in this session: `gnome-keyring-daemon --unlock --components=secrets`")


def test_a_locked_keyring_says_unlock_it(tmp_path: Path):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)
    (tmp_path / "data").mkdir()
    bus, address = _bus(tmp_path, bare=False)
    env = _env(tmp_path, DBUS_SESSION_BUS_ADDRESS=address, XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_RUNTIME_DIR=str(runtime))
    daemon = None
    try:
        # First a login keyring with a password (as a desktop login makes), then the daemon again, not unlocked.
        for unlock in (True, False):
            daemon = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--components=secrets",
                                       *(["--unlock"] if unlock else [])], stdin=subprocess.PIPE,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            daemon.stdin.write(KEYRING_PASSWORD if unlock else b"")
            daemon.stdin.close()
            _wait_for_secret_service(address, daemon)
            if unlock:
                _stop(daemon)
        assert (tmp_path / "data" / "keyrings" / "login.keyring").is_file()
        check = _keyring_check(env)
    finally:
        if daemon is not None:
            _stop(daemon)
        _stop(bus)
    assert not check["ok"] and "the keyring is locked (KeyringLocked" in check["detail"]
    assert check["fix"].startswith("unlock it: log in to the desktop session")
