"""The install as this machine sees it: its OS, home and environment, install folder, registry and policy."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from postcheck import paths
from postcheck.native.browsers import Environment
from postcheck.native.plan import system_install_dir


def current_environment() -> Environment:
    system = {"win32": "windows", "darwin": "darwin"}.get(sys.platform, "linux")
    return Environment(system, Path.home(), dict(os.environ))


def install_dir(where: Environment, scope: str) -> Path:
    """Per user: the data dir (so POSTCHECK_HOME keeps a test's install to itself); system-wide: a shared folder."""
    return system_install_dir(where) if scope == "system" else paths.data_dir() / "native-messaging"
