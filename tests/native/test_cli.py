"""`postcheck install` / `uninstall` as a user runs them: real subprocesses writing into a temporary HOME."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from tests.native.cli import postcheck


def _env(home: Path, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    return env | {"HOME": str(home)} | extra


def test_install_then_uninstall_in_words_an_it_person_understands(tmp_path, postcheck_home):
    home = tmp_path / "home"
    (home / ".mozilla").mkdir(parents=True)  # Firefox has a profile; Chromium is found on PATH
    env = _env(home, PATH=f"{Path(sys.executable).parent}:/usr/bin:/bin")
    done = postcheck("install", "--no-autostart", env=env)
    assert done.returncode == 0, done.stderr
    assert "for Chromium, Mozilla Firefox (this user)" in done.stdout
    chromium = home / ".config/chromium/NativeMessagingHosts/int.iom.postcheck.json"
    firefox = home / ".mozilla/native-messaging-hosts/int.iom.postcheck.json"
    assert f"wrote      host manifest for Chromium: {chromium}" in done.stdout
    assert f"wrote      host manifest for Mozilla Firefox: {firefox}" in done.stdout
    launcher = Path(json.loads(chromium.read_text())["path"])
    assert launcher == postcheck_home / "data/native-messaging/postcheck-native-host" and launcher.exists()
    assert "postcheck uninstall" in done.stdout and "postcheck doctor" in done.stdout

    again = postcheck("install", "--no-autostart", env=env)
    assert again.stdout.count("unchanged") == 3 and "wrote" not in again.stdout

    gone = postcheck("uninstall", env=env)
    assert gone.returncode == 0
    assert f"removed host manifest for Chromium: {chromium}" in gone.stdout
    assert not chromium.exists() and not firefox.exists() and not launcher.exists()
    assert (home / ".config/chromium/NativeMessagingHosts").is_dir()  # the browser's folder stays


def test_autostart_unit_is_written_and_its_enabling_explained_when_no_user_systemd_answers(tmp_path):
    home = tmp_path / "home"
    # No systemctl on this PATH, so the real user manager (if any) is never touched by a test.
    done = postcheck("install", "--browser", "chromium", env=_env(home, PATH=str(Path(sys.executable).parent)))
    assert done.returncode == 0, done.stderr
    unit = home / ".config/systemd/user/postcheck-helper.service"
    assert f"ExecStart=\"{sys.executable}\" -I -m postcheck serve" in unit.read_text()
    assert "skipped    enable the helper's systemd user unit" in done.stdout
    assert "run `systemctl --user enable postcheck-helper.service`" in done.stdout
    postcheck("uninstall", env=_env(home, PATH=str(Path(sys.executable).parent)))
    assert not unit.exists()


def test_bad_usage_is_refused_clearly(tmp_path):
    done = postcheck("install", "--browser", "netscape", env=_env(tmp_path))
    assert done.returncode == 2 and "invalid choice: 'netscape'" in done.stderr
    done = postcheck("install", "--user", "--system", env=_env(tmp_path))
    assert done.returncode == 2 and "not allowed with argument" in done.stderr
    done = postcheck("install", env=_env(tmp_path / "empty", PATH=str(Path(sys.executable).parent)))
    assert done.returncode == 1 and "no supported browser found" in done.stderr


def test_dry_run_writes_nothing(tmp_path):
    done = postcheck("install", "--browser", "firefox", "--dry-run", env=_env(tmp_path))
    assert "would: host manifest for Mozilla Firefox" in done.stdout
    assert not (tmp_path / ".mozilla").exists()
