"""Every vault error derives from VaultError; each message says what failed and what to install, unlock or do."""

from __future__ import annotations


class VaultError(Exception):
    """Base class: the vault cannot do what was asked. `code` is the HTTP error code the helper answers with."""

    code = "vault-error"
    status = 400


class KeyringUnavailable(VaultError):
    """No usable OS keyring (none installed, no D-Bus session, locked, or a plaintext backend): never a fallback."""

    code = "keyring-unavailable"
    status = 503


class UnknownAccount(VaultError):
    code = "unknown-account"
    status = 404


class NoSecret(VaultError):
    """The account has no password (or no TOTP seed) in the keyring."""

    code = "no-secret"
    status = 404


class HandOverError(VaultError):
    """An export cannot be sealed (no OCU key) or an import cannot be opened (wrong key, damaged file)."""

    code = "hand-over-failed"
    status = 422


class InvalidValue(VaultError):
    """A platform, handle, date or TOTP seed that is not acceptable; the message names the field."""

    code = "invalid"
    status = 422
