"""`postcheck doctor`'s checks: each link from browser to helper to keyring, each failure with the command fixing it."""

from __future__ import annotations

import json
import os
import secrets
import shlex
import sys
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


def check_helper(startable: bool = False) -> Check:
    """The helper answers; or, when `startable` (a browser's host manifest and launcher work), it is not running yet,
    which is no fault: the extension starts it through the native host the first time it needs it."""
    info = helper_process.running()
    if info is not None:
        return Check("helper", True, f"answering at {info['url']} (version {info.get('version', '?')})")
    state = "names a helper that does not answer" if paths.helper_file().exists() else "does not exist"
    if startable:
        return Check("helper", True, f"not running now ({paths.helper_file()} {state}): the extension starts it "
                                     "through the native host when it needs it")
    return Check("helper", False, f"no helper is running ({paths.helper_file()} {state})",
                 "postcheck serve   (or just use the extension: it starts the helper through the native host)")


def check_token_file(system: str, startable: bool = False) -> Check:
    path = paths.helper_file()
    if not path.exists():
        if startable:
            return Check("token file", True, f"{path} does not exist yet: the helper writes it (mode 600) when it "
                                             "starts")
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


def check_browsers(where: Environment, policy: Policy, registry: RegistryWriter | None,
                   registered: frozenset[str] | None = None) -> list[Check]:
    """Every browser that is installed or has our manifest: the manifest is right and its launcher works.

    `registered`: the browsers `postcheck install` registered (its record), None when there is no record. A browser
    it registered must have a working manifest; an installed browser it did not register is reported "not
    registered" with the command adding it, and does not fail the check unless no browser at all is registered.
    """
    checks, missing = [], []
    for browser in BROWSERS.values():
        path, looked_at, system_wide = _registered_manifest(browser, where, registry)
        fix = f"postcheck install --browser {browser.id}" + (" --system" if system_wide else "")
        if path is None:
            if registered is not None and browser.id in registered:
                checks.append(Check(browser.label, False, f"`postcheck install` registered it, but there is no "
                                                          f"host manifest at {looked_at} any more", fix))
            elif is_present(browser, where):
                missing.append((len(checks), browser))
                checks.append(Check(browser.label, False, f"installed, but no host manifest at {looked_at}", fix))
            continue
        problem = _manifest_problem(path, browser, policy)
        checks.append(Check(browser.label, problem is None, problem or f"host manifest {path} is right",
                            None if problem is None else fix))
    if registered or any(check.ok for check in checks):
        # Some browser is set up: the others are a choice (`install --browser chromium`), not a broken link.
        for index, browser in missing:
            checks[index] = Check(browser.label, True, "installed, not registered: postcheck does not work in it "
                                                       "(fine if nobody uses it)", f"postcheck install --browser {browser.id}")
    if not checks:
        checks.append(Check("browsers", False, "no supported browser and no host manifest found", "postcheck install"))
    return checks


def _keyring_failure(name: str, detail: str, error: BaseException | None) -> Check:
    """The failed keyring check, naming the missing piece on Linux (program, D-Bus session, running, unlocked)."""
    if sys.platform.startswith("linux"):
        from postcheck.native.keyring_diagnosis import diagnose_linux

        found = diagnose_linux(error)
        return Check("keyring", False, f"{detail}: {found.detail}", found.fix)
    fix = {"darwin": "unlock the login keychain (Keychain Access), or log in to the Mac's desktop session",
           "win32": "check that Windows Credential Manager is available"}.get(sys.platform)
    return Check("keyring", False, detail, fix)


def check_keyring() -> Check:
    """A real set/get/delete of a throwaway secret: a backend that only looks present is not enough."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
        return _keyring_failure(name, "no usable keyring backend", None)
    service, user, probe = "postcheck-doctor", f"probe-{secrets.token_hex(4)}", secrets.token_urlsafe(16)
    try:
        keyring.set_password(service, user, probe)
        read_back = keyring.get_password(service, user)
        keyring.delete_password(service, user)
    except Exception as exc:  # every backend raises its own errors; all mean the same thing here
        return _keyring_failure(name, f"{name} failed a test secret ({type(exc).__name__})", exc)
    if read_back != probe:
        return Check("keyring", False, f"{name} did not give back the test secret it stored",
                     "run `postcheck doctor` again; if it persists, choose another backend (`keyring --list-backends`)")
    return Check("keyring", True, f"{name} stored, read back and deleted a test secret")
