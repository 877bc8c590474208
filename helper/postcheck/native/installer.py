"""Carry out an install plan, keep a record of what it wrote, and undo exactly that record."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

from postcheck import paths
from postcheck.native.actions import Action, RegistryValue, WriteFile, to_record
from postcheck.native.plan import Plan
from postcheck.native.registry import RegistryWriter

RECORD = "install-record.json"
Runner = Callable[[tuple[str, ...]], tuple[int, str]]


class InstallError(RuntimeError):
    """A step that failed; what was done before it is recorded, so `postcheck uninstall` still cleans up."""


def run_command(argv: tuple[str, ...]) -> tuple[int, str]:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=15)
    except FileNotFoundError:
        return 127, f"{argv[0]} is not installed"
    except subprocess.TimeoutExpired:
        return 124, f"{' '.join(argv)} did not answer within 15 s"
    return done.returncode, (done.stderr or done.stdout).strip()


def _identity(entry: dict) -> tuple:
    return (entry["type"], entry.get("path"), entry.get("root"), entry.get("key"), tuple(entry.get("argv", ())))


def read_record(install_dir: Path) -> list[dict]:
    path = install_dir / RECORD
    if not path.exists():
        return []
    try:
        return list(json.loads(path.read_text(encoding="utf-8"))["done"])
    except (ValueError, KeyError, TypeError) as exc:
        raise InstallError(f"{path} is damaged ({exc}); remove the files it lists by hand, then delete it") from None


def recorded_browsers(install_dir: Path) -> frozenset[str] | None:
    """The browser ids `postcheck install` registered from `install_dir`, or None when it holds no readable record
    (never installed there, or a record written by an older postcheck, or one this user may not read)."""
    try:
        browsers = json.loads((install_dir / RECORD).read_text(encoding="utf-8")).get("browsers")
    except (OSError, ValueError, AttributeError):
        return None
    return frozenset(browsers) if isinstance(browsers, list) else None


def _save_record(install_dir: Path, entries: list[dict], browsers: tuple[str, ...]) -> None:
    install_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    merged = {_identity(e): e for e in read_record(install_dir) + entries}
    registered = sorted((recorded_browsers(install_dir) or frozenset()) | set(browsers))
    path = install_dir / RECORD
    # Private from its creation: it lists what this user installed and where (0600, like every postcheck file).
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as record:
        record.write(json.dumps({"browsers": registered, "done": list(merged.values())}, indent=2) + "\n")
    path.chmod(0o600)  # a record left by an older postcheck keeps its mode through O_TRUNC


def _file_mode(action: WriteFile, private: bool) -> int:
    """A per-user install is read and run by its user only (0700 launcher, 0600 manifest); a system-wide one by
    every account of the machine."""
    if private:
        return 0o700 if action.executable else 0o600
    return 0o755 if action.executable else 0o644


def _apply_one(action: Action, registry: RegistryWriter | None, runner: Runner,
               private: bool = False) -> tuple[bool, str]:
    """(recorded, sentence) for one step; `private`: a per-user install (folders it makes 0700, files 0600/0700)."""
    if isinstance(action, WriteFile):
        path, mode = action.path, _file_mode(action, private)
        if path.is_file() and path.read_bytes() == action.content.encode("utf-8"):
            if os.name == "posix" and path.stat().st_mode & 0o777 != mode:
                path.chmod(mode)  # left by an older postcheck with looser modes
            return True, f"unchanged  {action.what}: {path}"
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700 if private else 0o777)
        path.write_text(action.content, encoding="utf-8", newline="")
        path.chmod(mode)
        return True, f"wrote      {action.what}: {path}"
    if isinstance(action, RegistryValue):
        if registry is None:
            raise InstallError("this plan writes the Windows registry, which this system does not have")
        where = f"{action.root}\\{action.key}"
        if registry.get_default(action.root, action.key) == action.value:
            return True, f"unchanged  {action.what}: {where}"
        registry.set_default(action.root, action.key, action.value)
        return True, f"set        {action.what}: {where} = {action.value}"
    command = " ".join(action.argv)
    if action.needs:
        code, output = runner(action.needs)
        if code != 0:
            return False, (f"skipped    {action.what}: `{' '.join(action.needs)}` did not answer ({output or code}); "
                           f"run `{command}` once you are in a desktop session")
    code, output = runner(action.argv)
    if code != 0:
        return False, f"failed     {action.what}: `{command}` said: {output or code}"
    return True, f"ran        {action.what}: {command}"


def _secure_our_folders(install_dir: Path) -> None:
    """A per-user install writes into postcheck's own folders: make those it uses private (0700) first, as the
    helper does at start, so that `postcheck doctor` right after the install finds nothing loose."""
    try:
        for folder in paths.our_dirs():
            if install_dir == folder or folder in install_dir.parents:
                paths.secure(folder)
    except paths.UnsafePathError as exc:
        raise InstallError(str(exc)) from None


def apply(plan: Plan, registry: RegistryWriter | None, runner: Runner = run_command) -> list[str]:
    """Do every step, saying in a sentence what each did; idempotent (an unchanged file is left alone)."""
    lines, done = [], []
    private = plan.scope == "user"
    if private:
        _secure_our_folders(plan.install_dir)
    try:
        for action in plan.actions:
            try:
                recorded, line = _apply_one(action, registry, runner, private)
            except PermissionError as exc:
                fix = "run it as an administrator" if plan.where.system == "windows" else "run it with sudo"
                hint = f" ({fix} for --system)" if plan.scope == "system" else ""
                raise InstallError(f"cannot write {exc.filename or action.what}: permission denied{hint}") from None
            except OSError as exc:
                raise InstallError(f"cannot {action.what}: {exc}") from None
            lines.append(line)
            if recorded:
                done.append(to_record(action))
    finally:
        if done:
            _save_record(plan.install_dir, done, plan.browsers)
    return lines


def undo(install_dir: Path, registry: RegistryWriter | None, runner: Runner = run_command) -> list[str]:
    """Remove exactly what the record lists (commands undone first, so a unit is disabled before its file goes)."""
    entries = read_record(install_dir)
    if not entries:
        return [f"nothing to remove: no install record in {install_dir}"]
    lines = []
    order = {"command": 0, "registry": 1, "file": 2}
    for entry in sorted(entries, key=lambda e: order[e["type"]]):
        if entry["type"] == "command":
            code, output = runner(tuple(entry["undo"]))
            state = "ran    " if code == 0 else f"failed ({output or code}):"
            lines.append(f"{state} undo {entry['what']}: {' '.join(entry['undo'])}")
        elif entry["type"] == "registry":
            if registry is not None and registry.get_default(entry["root"], entry["key"]) == entry["value"]:
                registry.delete_key(entry["root"], entry["key"])
                lines.append(f"removed {entry['what']}: {entry['root']}\\{entry['key']}")
            else:
                lines.append(f"left    {entry['root']}\\{entry['key']}: it no longer holds what install wrote")
        else:
            path = Path(entry["path"])
            if path.exists():
                path.unlink()
                lines.append(f"removed {entry['what']}: {path}")
            else:
                lines.append(f"gone    {entry['what']}: {path} (already removed)")
    (install_dir / RECORD).unlink()
    if install_dir.is_dir() and not any(install_dir.iterdir()):
        install_dir.rmdir()
    return lines
