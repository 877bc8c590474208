"""Secrets in the OS keyring through `keyring`: service "postcheck", user "<platform>/<handle>" for the password and
"<platform>/<handle>#totp" for the TOTP seed, so a person finds them in their keyring manager (Seahorse, Keychain
Access, Credential Manager). No usable backend means KeyringUnavailable — never a plaintext fallback.

`keyring` (and SecretStorage, jeepney, cryptography under it) is imported on first use only: about 80 ms."""

from __future__ import annotations

import sys

from postcheck.vault.errors import KeyringUnavailable, NoSecret

SERVICE = "postcheck"
TOTP_SUFFIX = "#totp"
# Backends that would keep a secret in a file or nowhere: refused whatever their priority.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _install_hint() -> str:
    if sys.platform == "darwin":
        return "the macOS Keychain should always be there: check that your login keychain exists and is unlocked"
    if sys.platform == "win32":
        return "Windows Credential Manager should always be there: check that you are logged in as yourself"
    return ("install and start a Secret Service (gnome-keyring: `sudo apt-get install gnome-keyring`, or KeePassXC "
            "with its Secret Service integration) inside your desktop session, then unlock it")


def _backend():
    try:
        import keyring
        from keyring.backends import chainer
    except ImportError as exc:
        raise KeyringUnavailable(f"the Python package keyring is missing ({exc}): pip install keyring") from None
    backend = keyring.get_keyring()
    backends = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    usable = [b for b in backends if not type(b).__module__.startswith(_REFUSED_MODULES)]
    if not usable:
        raise KeyringUnavailable(f"no usable OS keyring ({type(backend).__module__}.{type(backend).__name__}): "
                                 f"{_install_hint()}. postcheck never keeps a secret in a plain file.")
    return backend


def _call(action: str, function, *args):
    import keyring.errors

    try:
        return function(*args)
    except keyring.errors.PasswordDeleteError:
        raise  # nothing stored under that name: the caller decides
    except keyring.errors.KeyringLocked:
        raise KeyringUnavailable(f"cannot {action}: the keyring is locked; unlock it (log in again, or open "
                                 f"Seahorse / your keyring manager and unlock 'Login') and retry") from None
    except (keyring.errors.NoKeyringError, keyring.errors.InitError) as exc:
        raise KeyringUnavailable(f"cannot {action}: no usable OS keyring ({exc}); {_install_hint()}") from None
    except keyring.errors.KeyringError as exc:
        # The backend's message names the backend's problem (D-Bus, permissions), never the secret.
        raise KeyringUnavailable(f"cannot {action}: the keyring refused ({type(exc).__name__}: {exc}); "
                                 f"{_install_hint()}") from None
    except RuntimeError as exc:  # SecretStorage's "no D-Bus session" surfaces as this on some versions
        raise KeyringUnavailable(f"cannot {action}: {exc}; {_install_hint()}") from None


def user(platform: str, handle: str, totp: bool = False) -> str:
    return f"{platform}/{handle}{TOTP_SUFFIX if totp else ''}"


def backend_name() -> str:
    """e.g. 'keyring.backends.SecretService.Keyring'; raises KeyringUnavailable when there is none."""
    backend = _backend()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def store(platform: str, handle: str, secret: str, totp: bool = False) -> None:
    backend = _backend()
    _call(f"store the secret of {platform}/{handle}", backend.set_password, SERVICE, user(platform, handle, totp),
          secret)


def read(platform: str, handle: str, totp: bool = False) -> str:
    """The secret; NoSecret when the keyring has none for that account."""
    backend = _backend()
    secret = _call(f"read the secret of {platform}/{handle}", backend.get_password, SERVICE,
                   user(platform, handle, totp))
    if secret is None:
        what = "TOTP seed" if totp else "password"
        raise NoSecret(f"the keyring has no {what} for {platform}/{handle} (service {SERVICE!r}, user "
                       f"{user(platform, handle, totp)!r}): set it on postcheck's options page (or with `postcheck vault add` in a terminal)")
    return secret


def read_or_none(platform: str, handle: str, totp: bool = False) -> str | None:
    try:
        return read(platform, handle, totp)
    except NoSecret:
        return None


def forget(platform: str, handle: str) -> None:
    """Delete the password and the TOTP seed of an account (absent ones are fine)."""
    import keyring.errors

    backend = _backend()
    for totp in (False, True):
        try:
            _call(f"delete the secret of {platform}/{handle}", backend.delete_password, SERVICE,
                  user(platform, handle, totp))
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored under that name


OCU_PRIVATE_KEY = "ocu/private-key"


def ocu_private_key() -> str | None:
    """OCU's private key (base64) if this workstation's keyring holds it: service "postcheck", user "ocu/private-key"
    (`keyring set postcheck ocu/private-key` puts it there). Only OCU's own workstations have it."""
    backend = _backend()
    return _call("read OCU's private key", backend.get_password, SERVICE, OCU_PRIVATE_KEY)
