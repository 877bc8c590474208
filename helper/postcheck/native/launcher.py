"""The launcher a browser starts as the native-messaging host: a tiny script running this interpreter's postcheck."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

POSIX_NAME = "postcheck-native-host"
WINDOWS_NAME = "postcheck-native-host.bat"


def launcher_name(system: str) -> str:
    return WINDOWS_NAME if system == "windows" else POSIX_NAME


def launcher_text(system: str, python: str | None = None, postcheck_home: str | None = None) -> str:
    """The script: exec `python -I -m postcheck native-host` with the browser's arguments (caller origin, manifest
    path). -I (isolated): no PYTHON* variables, no user site-packages, no current folder on the path, so nothing of
    the environment the browser was started in chooses the code that runs.

    POSTCHECK_HOME is pinned when it was set at install time, so a throwaway or portable install keeps talking to
    its own helper files whatever environment the browser was started with.
    """
    python = python or sys.executable
    if system == "windows":
        home = f'set "POSTCHECK_HOME={postcheck_home}"\r\n' if postcheck_home else ""
        # CRLF: cmd.exe is happiest with it; %* forwards the origin Chrome/Firefox pass.
        return f'@echo off\r\n{home}"{python}" -I -m postcheck native-host %*\r\n'
    home = f"export POSTCHECK_HOME={shlex.quote(postcheck_home)}\n" if postcheck_home else ""
    return f"#!/bin/sh\n# postcheck native-messaging host (written by `postcheck install`).\n{home}" \
           f'exec {shlex.quote(python)} -I -m postcheck native-host "$@"\n'


def write_launcher(path: Path, system: str = "linux", python: str | None = None,
                   postcheck_home: str | None = None) -> Path:
    """Write an executable launcher at `path`; `postcheck_home` defaults to the current $POSTCHECK_HOME."""
    if postcheck_home is None:
        postcheck_home = os.environ.get("POSTCHECK_HOME") or None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(launcher_text(system, python, postcheck_home), encoding="utf-8", newline="")
    path.chmod(0o755)
    return path
