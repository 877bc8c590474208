"""The credential vault: institutional accounts in the SQLite registry, their secrets in the OS keyring only.

The public API is small: VaultService (every operation), the errors (all under VaultError), the naming check and the
pure status functions the checklist uses. Nothing here imports keyring, pycountry, zxcvbn, pyotp or PyNaCl at import
time: each is loaded by the first call that needs it, so the helper starts and checks drafts without them."""

from postcheck.vault.errors import (HandOverError, InvalidValue, KeyringUnavailable, NoSecret, UnknownAccount,
                                    VaultError)
from postcheck.vault.naming import NamingResult, account_name, check_name
from postcheck.vault.status import requirement_items, rotation_due, setup_items

__all__ = ["VaultError", "KeyringUnavailable", "UnknownAccount", "NoSecret", "HandOverError", "InvalidValue",
           "NamingResult", "account_name", "check_name", "requirement_items", "rotation_due", "setup_items"]
