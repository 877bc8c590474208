"""Why the keyring does not work on Linux, in one of four missing pieces, each with the step that supplies it.

A Secret Service keyring needs three things at once: a program that provides it (gnome-keyring, KWallet,
KeePassXC), a D-Bus session bus for it to live on, and its collection unlocked. Saying "install gnome-keyring" when
gnome-keyring is installed but there is no D-Bus session (an SSH login, a container) sends people the wrong way.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass

# Programs that provide org.freedesktop.secrets on a session bus.
PROVIDERS = ("gnome-keyring-daemon", "kwalletd6", "kwalletd5", "keepassxc")
_LOCKED = ("KeyringLocked", "LockedException", "PromptDismissedException")


@dataclass(frozen=True)
class Diagnosis:
    missing: str  # "unlocked keyring", "keyring program", "D-Bus session", "running keyring"
    detail: str
    fix: str


def _service_on_bus() -> bool | None:
    """Whether org.freedesktop.secrets runs on (or can be started by) the session bus; None without a bus."""
    import secretstorage

    try:
        connection = secretstorage.dbus_init()
    except secretstorage.exceptions.SecretServiceNotAvailableException:
        return None
    try:
        return secretstorage.check_service_availability(connection)
    finally:
        connection.close()


def diagnose_linux(error: BaseException | None, path: str | None = None) -> Diagnosis:
    """The missing piece behind a keyring that failed with `error` (None: no usable backend was found at all).
    `path` is the PATH searched for a provider program (default: this process's)."""
    if error is not None and type(error).__name__ in _LOCKED:
        return Diagnosis("unlocked keyring", f"the keyring is locked ({type(error).__name__}: {error})",
                         "unlock it: log in to the desktop session (that unlocks the login keyring), or run "
                         "`gnome-keyring-daemon --unlock` and type your login password, then Ctrl-D")
    providers = [name for name in PROVIDERS if shutil.which(name, path=path)]
    if not providers:
        return Diagnosis("keyring program", "no Secret Service keyring is installed (looked for "
                                            f"{', '.join(PROVIDERS)})",
                         "sudo apt-get install gnome-keyring   (or KWallet, or KeePassXC with its Secret Service "
                         "integration), then log in to a desktop session")
    on_bus = _service_on_bus()
    if on_bus is None:
        return Diagnosis("D-Bus session", f"{providers[0]} is installed, but there is no D-Bus session bus "
                                          "(DBUS_SESSION_BUS_ADDRESS is unset): the keyring lives on one",
                         "run postcheck from a desktop login session; over SSH or in a container, start one with "
                         "`dbus-run-session -- bash`, then `gnome-keyring-daemon --unlock --components=secrets`")
    if not on_bus:
        return Diagnosis("running keyring", f"{providers[0]} is installed and a D-Bus session runs "
                                            f"({os.environ.get('DBUS_SESSION_BUS_ADDRESS', '?')}), but no keyring "
                                            "answers on it (org.freedesktop.secrets)",
                         "start it in this session: `gnome-keyring-daemon --unlock --components=secrets` (type "
                         "your login password, then Ctrl-D); a desktop login starts it for you")
    reason = f"{type(error).__name__}: {error}" if error is not None else "no usable keyring backend"
    return Diagnosis("keyring", f"the Secret Service answers but failed a test secret ({reason})",
                     "unlock the keyring (log in to the desktop session), or run `postcheck doctor` again to "
                     "see whether it persists")
