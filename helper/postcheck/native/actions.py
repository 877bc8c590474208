"""The steps of an install (files, registry values, commands), kept as data so they can be shown, done, undone."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class WriteFile:
    path: Path
    content: str
    what: str  # in words for the person reading the install output
    executable: bool = False


@dataclass(frozen=True)
class RegistryValue:
    """The default value of HKCU/HKLM\\<key>: how Chrome, Edge and Firefox find a host manifest on Windows."""
    root: str  # "HKCU" or "HKLM"
    key: str
    value: str
    what: str


@dataclass(frozen=True)
class Command:
    """A command worth running only when `needs` answers (e.g. a user systemd), undone by `undo` at uninstall."""
    argv: tuple[str, ...]
    undo: tuple[str, ...]
    what: str
    needs: tuple[str, ...] = field(default=())


Action = WriteFile | RegistryValue | Command


def to_record(action: Action) -> dict:
    """What uninstall needs to know about a step that was done (file contents are not kept)."""
    if isinstance(action, WriteFile):
        return {"type": "file", "path": str(action.path), "what": action.what}
    if isinstance(action, RegistryValue):
        return {"type": "registry", "root": action.root, "key": action.key, "value": action.value, "what": action.what}
    data = asdict(action)
    return {"type": "command", "argv": list(data["argv"]), "undo": list(data["undo"]), "what": action.what}
