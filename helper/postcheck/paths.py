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


class UnsafePathError(OSError):
    """A postcheck folder or file another local account owns or could write: using it would let that account plant
    or read postcheck's files (helper.json above all). The message says how to fix it."""


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def our_dirs() -> list[Path]:
    """Every folder postcheck writes into (POSTCHECK_HOME itself first when it is set)."""
    home = _home()
    dirs = [home] if home else []
    for path in (config_dir(), data_dir(), runtime_dir(), log_dir()):
        if path not in dirs:
            dirs.append(path)
    return dirs


def problem(path: Path) -> str | None:
    """Why `path` (a postcheck folder or file) is unsafe to use — owned by someone else, or writable by group or
    others — with the command that fixes it; None when it is safe or missing (POSIX only)."""
    if os.name != "posix":
        return None
    try:
        info = path.lstat()
    except (FileNotFoundError, NotADirectoryError):
        return None
    if info.st_uid != os.getuid():
        return (f"{path} belongs to another account (uid {info.st_uid}), not to you (uid {os.getuid()}): another "
                f"user could plant postcheck's files there; remove it (or point POSTCHECK_HOME at a folder of yours)")
    if path.is_symlink():
        return f"{path} is a symbolic link: postcheck keeps its files in real folders; remove it"
    if info.st_mode & 0o022:
        return (f"{path} can be written by group or others (mode {info.st_mode & 0o777:o}): another user could plant "
                f"files there; check what is inside, then: chmod go-w {path}")
    return None


def secure(path: Path, directory: bool = True) -> Path:
    """Make `path` private — a folder 0700 (created if missing, with its parents) or a file 0600 — after checking
    that it is ours and not writable by others; UnsafePathError otherwise (nothing is changed then)."""
    why = problem(path)
    if why:
        raise UnsafePathError(why)
    if directory:
        if not path.exists():
            path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
            why = problem(path)  # someone may have made it first, between our look and our mkdir
            if why:
                raise UnsafePathError(why)
        if os.name == "posix" and path.is_dir():  # something else in its place fails later, with its own error
            path.chmod(PRIVATE_DIR_MODE)
    elif path.exists() and os.name == "posix":
        path.chmod(PRIVATE_FILE_MODE)
    return path


def secure_all() -> list[Path]:
    """Every postcheck folder made private (0700) and every file directly in one 0600, whoever created them first
    (the installer, the native host, an older version): the helper and the native host call this at start."""
    if os.name == "posix":
        os.umask(0o077)  # whatever this process creates from now on: 0700 folders, 0600 files
    dirs = [secure(path) for path in our_dirs()]
    for directory in (d for d in dirs if d.is_dir()):
        for entry in directory.iterdir():
            if entry.is_file() and not entry.is_symlink():
                secure(entry, directory=False)
    return dirs
