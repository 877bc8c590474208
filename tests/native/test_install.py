"""install/uninstall plans for each OS layout, applied into a temporary HOME (Windows registry through a dict)."""

from __future__ import annotations

import json
import os
import plistlib
from dataclasses import replace

import pytest

from postcheck.native.installer import InstallError, apply, read_record, undo
from postcheck.native.plan import PlanError, build_plan
from postcheck.policy import load_policy
from tests.native.fake_registry import DictRegistry
from tests.native.layouts import AUTOSTART, MANIFESTS, REGISTRY_KEYS, environment

SYSTEMS = ("linux", "darwin", "windows")
ALL = ("chrome", "chromium", "edge", "brave", "firefox")


class Runner:
    """Records commands; `needs` probes answer `systemd_answers`."""

    def __init__(self, systemd_answers: bool = True) -> None:
        self.ran, self.systemd_answers = [], systemd_answers

    def __call__(self, argv):
        self.ran.append(" ".join(argv))
        probe = "show-environment" in argv or "--version" in argv
        return (0, "") if self.systemd_answers or not probe else (1, "Failed to connect to bus")


def plan_for(system, home, install_dir, **kwargs):
    return build_plan(environment(system, home), "user", install_dir, load_policy(), python="/opt/py/bin/python3",
                      **kwargs)


def manifest_paths(system, home, install_dir, registry):
    if system == "windows":
        return {b: registry.get_default("HKCU", f"{REGISTRY_KEYS[b]}\\int.iom.postcheck") for b in ALL}
    return {b: str(home / MANIFESTS[system][b] / "int.iom.postcheck.json") for b in ALL}


@pytest.mark.parametrize("system", SYSTEMS)
def test_install_registers_every_browser_found(system, tmp_path):
    home, install_dir, registry = tmp_path / "home", tmp_path / "install", DictRegistry()
    plan = plan_for(system, home, install_dir)
    assert plan.browsers == ALL
    apply(plan, registry, Runner())
    launcher = install_dir / ("postcheck-native-host.bat" if system == "windows" else "postcheck-native-host")
    assert "/opt/py/bin/python3" in launcher.read_text() and "-m postcheck native-host" in launcher.read_text()
    if system != "windows":
        assert os.access(launcher, os.X_OK)
    for browser, path in manifest_paths(system, home, install_dir, registry).items():
        manifest = json.loads(open(path, encoding="utf-8").read())
        assert manifest["path"] == str(launcher)
        if browser == "firefox":
            assert manifest["allowed_extensions"] == ["postcheck@iom.int"]
        else:
            assert manifest["allowed_origins"] == ["chrome-extension://jomlkaokpjbcgjmennpkcjbaogdomnno/"]
    autostart = (home / AUTOSTART[system]).read_text()
    assert "-m postcheck serve" in autostart or "<string>serve</string>" in autostart
    if system == "darwin":
        agent = plistlib.loads(autostart.encode())
        assert agent["ProgramArguments"] == ["/opt/py/bin/python3", "-I", "-m", "postcheck", "serve"] and agent["RunAtLoad"]


@pytest.mark.parametrize("system", SYSTEMS)
def test_install_twice_changes_nothing_and_uninstall_removes_exactly_it(system, tmp_path):
    home, install_dir, registry = tmp_path / "home", tmp_path / "install", DictRegistry()
    # Things install must never remove: another program's host manifest and registry value, the browsers' folders.
    foreign = home / (MANIFESTS.get(system, {}).get("chromium") or "AppData/Local/other") / "com.example.other.json"
    foreign.parent.mkdir(parents=True)
    foreign.write_text("{}")
    registry.set_default("HKCU", r"Software\Chromium\NativeMessagingHosts\com.example.other", "C:/other.json")
    runner = Runner()
    apply(plan_for(system, home, install_dir), registry, runner)
    record = read_record(install_dir)
    second = apply(plan_for(system, home, install_dir), registry, runner)
    assert all(line.startswith(("unchanged", "ran")) for line in second), second
    assert read_record(install_dir) == record
    lines = undo(install_dir, registry, runner)
    assert all(line.startswith(("removed", "ran")) for line in lines), lines
    assert not install_dir.exists()
    assert not (home / AUTOSTART[system]).exists()
    assert all(not p or not os.path.exists(p) for p in manifest_paths(system, home, install_dir, registry).values())
    assert foreign.exists() and (home / (MANIFESTS.get(system, {}).get("chromium") or "AppData/Local")).is_dir()
    assert registry.values == {("HKCU", r"Software\Chromium\NativeMessagingHosts\com.example.other"): "C:/other.json"}
    if system == "linux":
        assert runner.ran[-1] == "systemctl --user disable postcheck-helper.service"
    assert undo(install_dir, registry, runner) == [f"nothing to remove: no install record in {install_dir}"]


def test_linux_autostart_is_enabled_only_when_a_user_systemd_answers(tmp_path):
    home, install_dir = tmp_path / "home", tmp_path / "install"
    runner = Runner(systemd_answers=False)
    lines = apply(plan_for("linux", home, install_dir), None, runner)
    assert any(line.startswith("skipped") and "systemctl --user enable postcheck-helper.service" in line
               for line in lines)
    assert "systemctl --user enable postcheck-helper.service" not in runner.ran
    assert (home / AUTOSTART["linux"]).exists()  # the unit is there for the next login with a user systemd
    undo(install_dir, None, runner)
    assert not any("disable" in command for command in runner.ran)  # never enabled, so nothing to disable


def test_installs_add_up_and_one_uninstall_removes_them_all(tmp_path):
    home, install_dir = tmp_path / "home", tmp_path / "install"
    apply(plan_for("linux", home, install_dir, requested=["chromium"], autostart=False), None, Runner())
    apply(plan_for("linux", home, install_dir, requested=["firefox"], autostart=False), None, Runner())
    chromium = home / MANIFESTS["linux"]["chromium"] / "int.iom.postcheck.json"
    firefox = home / MANIFESTS["linux"]["firefox"] / "int.iom.postcheck.json"
    assert chromium.exists() and firefox.exists()
    assert not (home / MANIFESTS["linux"]["chrome"] / "int.iom.postcheck.json").exists()
    undo(install_dir, None, Runner())
    assert not chromium.exists() and not firefox.exists()


@pytest.mark.parametrize("system, expected", [
    ("linux", {"/etc/opt/chrome/native-messaging-hosts/int.iom.postcheck.json",
               "/etc/chromium/native-messaging-hosts/int.iom.postcheck.json",
               "/usr/lib/mozilla/native-messaging-hosts/int.iom.postcheck.json",
               "/etc/systemd/user/postcheck-helper.service"}),
    ("darwin", {"/Library/Google/Chrome/NativeMessagingHosts/int.iom.postcheck.json",
                "/Library/Application Support/Mozilla/NativeMessagingHosts/int.iom.postcheck.json",
                "/Library/LaunchAgents/int.iom.postcheck.helper.plist"}),
])
def test_system_scope_targets_the_machine_wide_folders(system, expected, tmp_path):
    plan = build_plan(environment(system, tmp_path), "system", tmp_path / "i", load_policy())
    assert expected <= {str(getattr(a, "path", "")) for a in plan.actions}


def test_windows_system_scope_writes_hklm(tmp_path):
    plan = build_plan(environment("windows", tmp_path), "system", tmp_path / "i", load_policy())
    assert {a.root for a in plan.actions if hasattr(a, "root")} == {"HKLM"}


def test_windows_plan_without_a_registry_fails_clearly(tmp_path):
    with pytest.raises(InstallError, match="Windows registry"):
        apply(plan_for("windows", tmp_path / "home", tmp_path / "i"), None, Runner())
    assert read_record(tmp_path / "i")  # the launcher and manifests written before it are recorded for uninstall


@pytest.mark.parametrize("kwargs, message", [
    ({"requested": ["netscape"]}, "unknown browser netscape"),
    ({"scope": "everyone"}, "unknown scope"),
    ({"system": "plan9"}, "unsupported operating system"),
    ({"browsers": ()}, "no supported browser found"),
])
def test_bad_requests_get_clear_errors(kwargs, message, tmp_path):
    system = kwargs.pop("system", "linux")
    where = replace(environment("linux", tmp_path, kwargs.pop("browsers", ALL)), system=system)
    with pytest.raises(PlanError, match=message):
        build_plan(where, kwargs.pop("scope", "user"), tmp_path / "i", load_policy(), **kwargs)
