"""What `postcheck install` will do on a given OS: launcher, one manifest per browser, registry values, autostart."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from postcheck.native.actions import Action, RegistryValue, WriteFile
from postcheck.native.autostart import autostart_actions
from postcheck.native.browsers import BROWSERS, SCOPES, SYSTEMS, Environment, is_present, manifest_dir
from postcheck.native.launcher import launcher_name, launcher_text
from postcheck.native.manifests import manifest_text
from postcheck.native.templates import HOST_NAME, template_filename
from postcheck.policy import Policy


class PlanError(ValueError):
    """An install that cannot be planned: unknown browser or OS, or no browser found."""


@dataclass(frozen=True)
class Plan:
    where: Environment
    scope: str
    install_dir: Path
    browsers: tuple[str, ...]
    actions: tuple[Action, ...]


def system_install_dir(where: Environment) -> Path:
    """Where a --system install keeps the launcher and its record: readable by every user."""
    if where.system == "windows":
        return where.var("ProgramData", Path("C:/ProgramData")) / "postcheck"
    if where.system == "darwin":
        return Path("/Library/Application Support/postcheck")
    return Path("/usr/local/lib/postcheck")


def choose_browsers(where: Environment, requested: list[str] | None) -> tuple[str, ...]:
    if requested:
        unknown = [b for b in requested if b not in BROWSERS]
        if unknown:
            raise PlanError(f"unknown browser {', '.join(unknown)}: use {', '.join(BROWSERS)}")
        return tuple(dict.fromkeys(requested))
    found = tuple(b.id for b in BROWSERS.values() if is_present(b, where))
    if not found:
        raise PlanError("no supported browser found (Chrome, Chromium, Edge, Brave, Firefox); install one, or name "
                        f"it with --browser ({', '.join(BROWSERS)})")
    return found


def build_plan(where: Environment, scope: str, install_dir: Path, policy: Policy, requested: list[str] | None = None,
               autostart: bool = True, python: str | None = None, postcheck_home: str | None = None) -> Plan:
    if where.system not in SYSTEMS:
        raise PlanError(f"unsupported operating system {where.system!r}: postcheck installs on {', '.join(SYSTEMS)}")
    if scope not in SCOPES:
        raise PlanError(f"unknown scope {scope!r}: use {' or '.join(SCOPES)}")
    python = python or sys.executable
    browsers = choose_browsers(where, requested)
    launcher = install_dir / launcher_name(where.system)
    actions: list[Action] = [WriteFile(launcher, launcher_text(where.system, python, postcheck_home),
                                       "launcher the browsers start as the native-messaging host", executable=True)]
    if where.system == "windows":
        root = "HKLM" if scope == "system" else "HKCU"
        families = {BROWSERS[b].family for b in browsers}
        # Windows browsers read the manifest wherever the registry points: keep one per family beside the launcher.
        for family in sorted(families):
            actions.append(WriteFile(install_dir / template_filename(family), manifest_text(family, launcher, policy),
                                     f"host manifest for {'Firefox' if family == 'firefox' else 'Chrome-family'} "
                                     "browsers"))
        # Brave shares Chrome's key on Windows: one value, named after every browser that reads it.
        keys: dict[str, list] = {}
        for b in browsers:
            keys.setdefault(BROWSERS[b].windows_key, []).append(BROWSERS[b])
        for key, readers in keys.items():
            actions.append(RegistryValue(root, f"{key}\\{HOST_NAME}",
                                         str(install_dir / template_filename(readers[0].family)),
                                         f"registry entry telling {' and '.join(r.label for r in readers)} "
                                         "where the host manifest is"))
    else:
        for b in browsers:
            browser = BROWSERS[b]
            actions.append(WriteFile(manifest_dir(browser, where, scope) / f"{HOST_NAME}.json",
                                     manifest_text(browser.family, launcher, policy),
                                     f"host manifest for {browser.label}"))
    if autostart:
        actions += autostart_actions(where, scope, python, postcheck_home)
    return Plan(where, scope, install_dir, browsers, tuple(actions))
