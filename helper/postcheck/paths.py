"""Where postcheck keeps its files: platformdirs locations, or everything under $POSTCHECK_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "postcheck"


def _home() -> Path | None:
    home = os.environ.get("POSTCHECK_HOME")
    return Path(home).expanduser() if home else None


def _pick(sub: str, default: str) -> Path:
    home = _home()
    return home / sub if home else Path(default)


def config_dir() -> Path:
    """Policy override and other settings a person may edit."""
    return _pick("config", platformdirs.user_config_dir(APP))


def data_dir() -> Path:
    """The activity log (SQLite) and other state worth keeping."""
    return _pick("data", platformdirs.user_data_dir(APP))


def runtime_dir() -> Path:
    """helper.json (url, token, pid) of the running helper; lives as long as a login session."""
    home = _home()
    if home:
        return home / "run"
    # user_runtime_dir falls back to a temp folder where XDG_RUNTIME_DIR is unset; the config dir is sturdier.
    if os.environ.get("XDG_RUNTIME_DIR") or os.name != "posix":
        return Path(platformdirs.user_runtime_dir(APP))
    return config_dir()


def log_dir() -> Path:
    return _pick("log", platformdirs.user_log_dir(APP))


def policy_override() -> Path:
    return config_dir() / "policy.toml"


def helper_file() -> Path:
    return runtime_dir() / "helper.json"


def downloads_dir() -> Path:
    """Where clean copies of photos go unless the person picks a folder: the user's Downloads."""
    return _pick("downloads", platformdirs.user_downloads_dir())
