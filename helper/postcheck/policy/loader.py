"""Reads default.toml and the workstation's override, merges them and validates the result."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from postcheck.policy.models import Policy
from postcheck.policy.parsed_default import parsed

DEFAULT_NAME = "default.toml"


class PolicyError(ValueError):
    """A policy file that cannot be used: says which file and which key, and what is wrong."""


def _read(path: Path | None, text: str | None = None) -> dict[str, Any]:
    where = str(path) if path else DEFAULT_NAME
    try:
        if text is None:
            text = path.read_text(encoding="utf-8")  # type: ignore[union-attr]
        return tomllib.loads(text)
    except OSError as exc:
        raise PolicyError(f"{where}: cannot read the policy file ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{where}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{where}: not valid TOML ({exc})") from None


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Tables merge key by key; any other value (lists included) replaces the default."""
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = _merge(base[key], value)
        else:
            merged[key] = value
    return merged


def _has_path(data: Any, loc: tuple[Any, ...]) -> bool:
    for part in loc:
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return False
    return True


def _explain(exc: ValidationError, default: dict, override: dict, override_path: Path | None) -> PolicyError:
    lines = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        # Name the file the offending key came from; a missing key is the override's doing only if it exists there.
        from_override = override_path is not None and (_has_path(override, loc) or not _has_path(default, loc))
        where = str(override_path) if from_override else DEFAULT_NAME
        key = ".".join(str(part) for part in loc) or "(top level)"
        message = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
        lines.append(f"{where}: {key}: {message}")
    return PolicyError("invalid policy:\n  " + "\n  ".join(lines))


def default_text() -> str:
    return resources.files("postcheck.policy").joinpath(DEFAULT_NAME).read_text(encoding="utf-8")


def load_policy(override: Path | None = None) -> Policy:
    """The bundled policy, with `override` (if it exists) merged over it."""
    text = default_text()
    default = parsed(text)
    if default is None:
        default = _read(None, text)
    over: dict[str, Any] = {}
    override_path = override if override is not None and override.exists() else None
    if override_path is not None:
        over = _read(override_path)
    try:
        return Policy.model_validate(_merge(default, over))
    except ValidationError as exc:
        raise _explain(exc, default, over, override_path) from None
