"""`postcheck doctor`'s policy check: which override file counts, whether it loaded, and policy.toml files that sit
where postcheck never reads them (the POSTCHECK_HOME folder itself, the data folder, the current folder, HOME)."""

from __future__ import annotations

import shlex
import tomllib
from pathlib import Path

from postcheck import paths
from postcheck.native.doctor import Check
from postcheck.policy import PolicyError, load_policy
from postcheck.policy.models import Policy

NAME = "policy.toml"


def _looks_like_ours(path: Path) -> bool:
    """A TOML file whose top-level tables are policy tables: another program's policy.toml is none of our business."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return bool(data) and set(data) <= set(Policy.model_fields)


def misplaced(override: Path, cwd: Path | None = None, home: Path | None = None) -> list[Path]:
    """policy.toml files in the likely wrong places that look like a postcheck policy, each once."""
    places = [paths.config_dir().parent, paths.data_dir(),
              paths.runtime_dir(), cwd or Path.cwd(), home or Path.home()]
    found: dict[Path, Path] = {}
    for folder in filter(None, places):
        candidate = folder / NAME
        if candidate.is_file() and candidate.resolve() != override.resolve() and _looks_like_ours(candidate):
            found.setdefault(candidate.resolve(), candidate)
    return list(found.values())


def check_policy(override: Path | None = None) -> tuple[Check, list[Check], Policy]:
    """(the override's check, one failed check per misplaced policy.toml, the policy in force: the bundled one when
    the override is broken, so the other checks still run)."""
    override = override or paths.policy_override()
    try:
        policy = load_policy(override)
    except PolicyError as exc:
        check = Check("policy", False, f"{override} is not used: {exc}",
                      f"correct the key named above in {override}, or move the file aside to use the bundled policy")
        policy = load_policy(None)
    else:
        if override.is_file():
            check = Check("policy", True, f"{override} loaded over the bundled policy")
        else:
            check = Check("policy", True, f"the bundled policy; no override at {override} (write one there to "
                                          "change a number or a word list)")
    wrong = [Check("policy location", False, f"{path} is never read: postcheck reads only {override}",
                   _move(path, override)) for path in misplaced(override)]
    return check, wrong, policy


def _move(stray: Path, override: Path) -> str:
    if override.exists():
        return f"merge it into {override}, then delete it"
    move = f"mv {shlex.quote(str(stray))} {shlex.quote(str(override))}"
    return move if override.parent.is_dir() else f"mkdir -p {shlex.quote(str(override.parent))} && {move}"
