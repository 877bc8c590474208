"""Start the helper at login: systemd user unit (Linux), launchd agent (macOS) or Startup-folder entry (Windows)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from postcheck.native.actions import Action, Command, WriteFile
from postcheck.native.browsers import Environment

UNIT = "postcheck-helper.service"
AGENT = "int.iom.postcheck.helper"
STARTUP_ENTRY = "postcheck-helper.cmd"


def _systemd_quoted(value: str) -> str:
    """`value` as one double-quoted systemd word: backslash and quote escaped, % and $ doubled (specifiers and
    variables), a line break refused (it would start a new directive)."""
    if "\n" in value or "\r" in value:
        raise ValueError(f"a line break cannot go into a systemd unit: {value!r}")
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%").replace("$", "$$")
    return f'"{escaped}"'


def _systemd_unit(python: str, home: str | None) -> str:
    env = f"Environment={_systemd_quoted(f'POSTCHECK_HOME={home}')}\n" if home else ""
    # No --port: at login the helper listens on the policy's port (the organisation's documented number).
    return ("[Unit]\nDescription=postcheck helper: checks social-media posts against the guidelines\n\n"
            f"[Service]\n{env}ExecStart={_systemd_quoted(python)} -I -m postcheck serve\nRestart=on-failure\n\n"
            "[Install]\nWantedBy=default.target\n")


def _launchd_plist(python: str, home: str | None) -> str:
    args = "".join(f"    <string>{escape(a)}</string>\n" for a in (python, "-I", "-m", "postcheck", "serve"))
    env = (f"  <key>EnvironmentVariables</key>\n  <dict>\n    <key>POSTCHECK_HOME</key>\n"
           f"    <string>{escape(home)}</string>\n  </dict>\n") if home else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
            f'<plist version="1.0">\n<dict>\n  <key>Label</key>\n  <string>{AGENT}</string>\n'
            f"  <key>ProgramArguments</key>\n  <array>\n{args}  </array>\n{env}"
            "  <key>RunAtLoad</key>\n  <true/>\n</dict>\n</plist>\n")


def _startup_cmd(python: str, home: str | None) -> str:
    # pythonw.exe has no console window; `start` returns at once so logging in is not held up.
    windowless = Path(python).with_name("pythonw.exe")
    program = str(windowless) if Path(python).name.lower() == "python.exe" else python
    env = f'set "POSTCHECK_HOME={home}"\r\n' if home else ""
    return f'@echo off\r\n{env}start "" "{program}" -I -m postcheck serve\r\n'


def autostart_actions(where: Environment, scope: str, python: str, home: str | None) -> list[Action]:
    if where.system == "linux":
        if scope == "system":
            # Units in /etc/systemd/user start for every user who logs in; --global enables them for all.
            unit = Path("/etc/systemd/user") / UNIT
            enable = Command(("systemctl", "--global", "enable", UNIT), ("systemctl", "--global", "disable", UNIT),
                             "enable the helper's systemd user unit for every user", needs=("systemctl", "--version"))
        else:
            unit = where.var("XDG_CONFIG_HOME", where.home / ".config") / "systemd" / "user" / UNIT
            enable = Command(("systemctl", "--user", "enable", UNIT), ("systemctl", "--user", "disable", UNIT),
                             "enable the helper's systemd user unit (starts at your next login)",
                             needs=("systemctl", "--user", "show-environment"))
        return [WriteFile(unit, _systemd_unit(python, home), "systemd user unit starting the helper at login"), enable]
    if where.system == "darwin":
        base = Path("/Library") if scope == "system" else where.home / "Library"
        return [WriteFile(base / "LaunchAgents" / f"{AGENT}.plist", _launchd_plist(python, home),
                          "launchd agent starting the helper at login (takes effect at the next login)")]
    if scope == "system":
        startup = where.var("ProgramData", Path("C:/ProgramData")) / "Microsoft/Windows/Start Menu/Programs/StartUp"
    else:
        startup = (where.var("APPDATA", where.home / "AppData" / "Roaming")
                   / "Microsoft/Windows/Start Menu/Programs/Startup")
    return [WriteFile(startup / STARTUP_ENTRY, _startup_cmd(python, home),
                      "Startup-folder entry starting the helper at login")]
