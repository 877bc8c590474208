"""`postcheck doctor`'s checks: each link from browser to helper to keyring, each failure with the command fixing it."""

from __future__ import annotations

import json
import os
import secrets
import shlex
from dataclasses import asdict, dataclass
from pathlib import Path

from postcheck import paths
from postcheck.native import helper_process
from postcheck.native.browsers import BROWSERS, Browser, Environment, is_present, manifest_dir
from postcheck.native.manifests import chrome_origins
from postcheck.native.registry import RegistryWriter
from postcheck.native.templates import HOST_NAME
from postcheck.policy import Policy


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def check_helper() -> Check:
    info = helper_process.running()
    if info is not None:
        return Check("helper", True, f"answering at {info['url']} (version {info.get('version', '?')})")
    state = "names a helper that does not answer" if paths.helper_file().exists() else "does not exist"
    return Check("helper", False, f"no helper is running ({paths.helper_file()} {state})",
                 "postcheck serve   (or just use the extension: it starts the helper through the native host)")


def check_token_file(system: str) -> Check:
    path = paths.helper_file()
    if not path.exists():
        return Check("token file", False, f"{path} is missing: the helper writes it when it starts", "postcheck serve")
    if system == "windows":
        return Check("token file", True, f"{path} (protected by your profile folder's permissions)")
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        return Check("token file", False, f"{path} is readable by others (mode {mode:o}): any local user could "
                                          "talk to the helper", f"chmod 600 {shlex.quote(str(path))}")
    return Check("token file", True, f"{path} is private (mode {mode:o})")


def check_private_files(system: str) -> Check:
    """Every postcheck folder 0700 and every file in one 0600, all yours (folders another user made are refused)."""
    if system == "windows":
        return Check("private files", True, "postcheck's folders are in your profile (protected by its permissions)")
    loose = []
    for directory in paths.our_dirs():
        entries = [directory, *(e for e in directory.iterdir() if e.is_file())] if directory.is_dir() else []
        for entry in entries:
            why = paths.problem(entry)
            mode = entry.lstat().st_mode & 0o777
            if why is None and mode & 0o077:
                why = f"{entry} is readable by others (mode {mode:o})"
            if why:
                loose.append(why)
    if loose:
        return Check("private files", False, "; ".join(loose),
                     "postcheck serve (or the next start of the helper) makes them 0700/0600; a folder of another "
                     "account must be removed")
    return Check("private files", True, "every postcheck folder is 0700 and every file 0600, all yours")


def _launcher_problem(launcher: Path) -> str | None:
    if not launcher.is_absolute() or not launcher.is_file():
        return f"its launcher {launcher} does not exist"
    if os.name != "nt" and not os.access(launcher, os.X_OK):
        return f"its launcher {launcher} is not executable"
    for line in launcher.read_text(encoding="utf-8", errors="replace").splitlines():
        words = shlex.split(line, posix=os.name != "nt") if "-m postcheck" in line else []
        program = words[1] if words[:1] == ["exec"] else (words[0].strip('"') if words else None)
        if program and not Path(program).exists():
            return f"its launcher runs {program}, which no longer exists (was Python moved or the venv deleted?)"
    return None


def _manifest_problem(path: Path, browser: Browser, policy: Policy) -> str | None:
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return f"{path} cannot be read as JSON ({exc})"
    if not isinstance(manifest, dict) or manifest.get("name") != HOST_NAME or manifest.get("type") != "stdio":
        return f"{path} is not postcheck's host manifest (name {HOST_NAME}, type stdio)"
    if browser.family == "firefox":
        wanted, field = [policy.helper.firefox_extension_id], "allowed_extensions"
    else:
        wanted, field = chrome_origins(policy), "allowed_origins"
    if sorted(manifest.get(field) or []) != sorted(wanted):
        return f"{path} allows {manifest.get(field)} but the policy's extension is {wanted}"
    return _launcher_problem(Path(str(manifest.get("path", ""))))


def _registered_manifest(browser: Browser, where: Environment,
                         registry: RegistryWriter | None) -> tuple[Path | None, str, bool]:
    """(the manifest the browser would read or None, where it looks in words, whether it is the system-wide one)."""
    if where.system != "windows":
        # Either folder works (`install --user` or `--system`); check the one that exists, the user's first.
        user, machine = (manifest_dir(browser, where, scope) / f"{HOST_NAME}.json" for scope in ("user", "system"))
        found = next((p for p in (user, machine) if p.exists()), None)
        return found, f"{user} (or {machine})", found == machine
    key = f"{browser.windows_key}\\{HOST_NAME}"
    user_value = registry.get_default("HKCU", key) if registry is not None else None
    machine_value = registry.get_default("HKLM", key) if registry is not None and not user_value else None
    value = user_value or machine_value
    return (Path(value) if value else None), f"HKCU\\{key}", bool(machine_value)


def check_browsers(where: Environment, policy: Policy, registry: RegistryWriter | None) -> list[Check]:
    """Every browser that is installed or has our manifest: the manifest is right and its launcher works."""
    checks = []
    for browser in BROWSERS.values():
        path, looked_at, system_wide = _registered_manifest(browser, where, registry)
        fix = f"postcheck install --browser {browser.id}" + (" --system" if system_wide else "")
        if path is None:
            if is_present(browser, where):
                checks.append(Check(browser.label, False, f"installed, but no host manifest at {looked_at}", fix))
            continue
        problem = _manifest_problem(path, browser, policy)
        checks.append(Check(browser.label, problem is None, problem or f"host manifest {path} is right",
                            None if problem is None else fix))
    if not checks:
        checks.append(Check("browsers", False, "no supported browser and no host manifest found", "postcheck install"))
    return checks


def check_keyring() -> Check:
    """A real set/get/delete of a throwaway secret: a backend that only looks present is not enough."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    fix = {"posix": "install and unlock a Secret Service keyring, e.g. `sudo apt-get install gnome-keyring`, then "
                    "log in to a desktop session", "nt": "check that Windows Credential Manager is available"}
    if isinstance(backend, fail.Keyring):
        return Check("keyring", False, "no usable keyring backend", fix.get(os.name))
    service, user, probe = "postcheck-doctor", f"probe-{secrets.token_hex(4)}", secrets.token_urlsafe(16)
    try:
        keyring.set_password(service, user, probe)
        read_back = keyring.get_password(service, user)
        keyring.delete_password(service, user)
    except Exception as exc:  # every backend raises its own errors; all mean the same thing here
        return Check("keyring", False, f"{name} failed a test secret: {type(exc).__name__}: {exc}", fix.get(os.name))
    if read_back != probe:
        return Check("keyring", False, f"{name} did not give back the test secret it stored", fix.get(os.name))
    return Check("keyring", True, f"{name} stored, read back and deleted a test secret")
