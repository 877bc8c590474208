"""Whether this interpreter and package may be run by every user's browser (`postcheck install --system`).

A system-wide install makes every account's browser run `<this python> -I -m postcheck`: if any folder on the way to
the interpreter, its prefix (a virtualenv) or the package can be changed by an ordinary account, that account runs
code as everyone. So each of them, and every parent folder up to /, must be root's and not group/world-writable.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import postcheck


def _chain(path: Path) -> list[Path]:
    return [path, *path.parents]


def system_install_problems(python: str | None = None, prefix: str | None = None,
                            package: Path | None = None) -> list[str]:
    """What makes the interpreter (as given and resolved), its prefix or the package unsafe for every user: each
    path not owned by root or writable by group/others, with its owner and mode; [] when all are safe (POSIX only)."""
    if os.name != "posix":
        return []
    python = python or sys.executable
    roots = [Path(python).absolute(), Path(python).resolve(), Path(prefix or sys.prefix).absolute(),
             (package or Path(postcheck.__file__).resolve().parent)]
    seen: set[Path] = set()
    problems = []
    for root in roots:
        for path in _chain(root):
            if path in seen:
                continue
            seen.add(path)
            try:
                info = path.stat()
            except OSError as exc:
                problems.append(f"{path}: cannot be checked ({exc.strerror})")
                continue
            if info.st_uid != 0:
                problems.append(f"{path} belongs to uid {info.st_uid}, not root")
            elif info.st_mode & 0o022:
                problems.append(f"{path} is writable by group or others (mode {info.st_mode & 0o777:o})")
    return problems
