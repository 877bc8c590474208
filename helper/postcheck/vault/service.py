"""The vault's operations, shared by `postcheck vault` and the HTTP routes: the registry (SQLite, no secrets) plus the
OS keyring (secrets), and the vault log of every reveal, copy, TOTP code, export and import (who, when, which
account; never the secret). Call from one thread (the server's store thread); keyring calls block on D-Bus."""

from __future__ import annotations

import getpass
import re
from datetime import date, datetime, timezone, tzinfo

from postcheck.accounts import Account, AccountRegistry
from postcheck.policy.vault_model import Vault
from postcheck.vault import handover, oskeyring, status, strength
from postcheck.vault.errors import InvalidValue, NoSecret, UnknownAccount
from postcheck.vault.naming import account_name, check_name

# Letters (Latin with accents), digits, _ . - : what the platforms allow in a handle or page name, and OIMSénégal.
HANDLE = re.compile(r"^[0-9A-Za-z_.\-\u00C0-\u024F]{1,100}$")
MAX_SECRET = 1024


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name and no passwd entry (some containers)
        return "unknown"


def password_label(platform: str, handle: str) -> str:
    return f"{platform}/{handle} password"


def seed_label(platform: str, handle: str) -> str:
    return f"{platform}/{handle} TOTP seed"


class VaultService:
    """One workstation's vault. `via` ("cli" or "extension") goes into the log beside the OS user; `zone` is the one
    its days (rotation, stale requirements) are counted in: the checklist's (localzone.local_zone), else the
    workstation's."""

    def __init__(self, registry: AccountRegistry, vault: Vault, via: str, zone: tzinfo | None = None) -> None:
        self.registry, self.vault, self.via = registry, vault, via
        self.zone = zone or datetime.now().astimezone().tzinfo
        self.who = os_user()

    # -- validation ------------------------------------------------------------------------------------------------
    def check_names(self, platform: str, handle: str) -> None:
        if platform not in self.vault.platforms:
            raise InvalidValue(f"platform: {platform!r} is not one of {', '.join(self.vault.platforms)}")
        if not HANDLE.match(handle):
            raise InvalidValue(f"handle: {handle!r} must be 1-100 letters, digits, '_', '.' or '-' (no '@', no '/')")

    def _account(self, platform: str, handle: str) -> Account:
        self.check_names(platform, handle)
        account = self.registry.get(platform, handle)
        if account is None:
            raise UnknownAccount(f"no account {platform}/{handle} in the vault: add it first")
        return account

    # -- reading ---------------------------------------------------------------------------------------------------
    def describe(self, account: Account, now: datetime, last_export: str | None) -> dict:
        """The account as `vault list --json` and GET /v1/accounts show it: never a secret."""
        naming = check_name(account_name(account.handle, account.url), self.vault.naming)
        requirements = status.requirement_items(account, self.vault, naming, last_export, now, self.zone)
        due = status.rotation_due(account, self.vault, self.zone)
        today = now.astimezone(self.zone).date()
        return {
            "platform": account.platform, "handle": account.handle, "url": account.url,
            "location": account.location, "manager": account.manager, "created": account.created or None,
            "naming": naming.as_json(), "requirements": requirements,
            "has_secret": account.has_secret, "has_totp": account.has_totp,
            "strength": strength.describe(account.strength, self.vault.min_strength),
            "rotation_due": due.isoformat() if due else None,
            "rotation_overdue": due is not None and today >= due,
            "ready": account.has_secret and all(item["status"] == status.DONE for item in requirements),
        }

    def accounts(self, now: datetime) -> list[dict]:
        exports = self.registry.last_exports()
        return [self.describe(a, now, exports.get((a.platform, a.handle))) for a in self.registry.all()]

    def one(self, platform: str, handle: str, now: datetime) -> dict:
        account = self._account(platform, handle)
        return self.describe(account, now, self.registry.last_exports().get((platform, handle)))

    # -- writing ---------------------------------------------------------------------------------------------------
    def save(self, platform: str, handle: str, fields: dict[str, str | None], requirements: dict[str, str | None],
             now: datetime) -> tuple[dict, bool]:
        """Create or update an account's registry entry; requirement dates are YYYY-MM-DD (None: not done)."""
        self.check_names(platform, handle)
        known = {r.id for r in self.vault.requirements if r.evidence == "date"}
        for requirement, done_on in requirements.items():
            if requirement not in known:
                raise InvalidValue(f"requirements.{requirement}: not a requirement recorded by date; expected one "
                                   f"of {', '.join(sorted(known))}")
            if done_on is not None:
                _parse_date(done_on, f"requirements.{requirement}")
        new = self.registry.get(platform, handle) is None
        if fields.get("created"):
            _parse_date(fields["created"], "created")  # type: ignore[arg-type]
        elif new:
            fields = {**fields, "created": now.astimezone(self.zone).date().isoformat()}
        self.registry.upsert(platform, handle, fields, requirements)
        return self.one(platform, handle, now), new

    def set_secret(self, platform: str, handle: str, password: str | None, totp_seed: str | None,
                   now: datetime) -> dict:
        """Store the password (its zxcvbn score goes into the registry) and/or the TOTP seed in the keyring."""
        from postcheck.vault.totp import normalise_seed

        self._account(platform, handle)
        if password is None and totp_seed is None:
            raise InvalidValue("password: give a password, a totp_seed or both")
        for name, value in (("password", password), ("totp_seed", totp_seed)):
            if value is not None and not 1 <= len(value) <= MAX_SECRET:
                raise InvalidValue(f"{name}: must be 1 to {MAX_SECRET} characters")
        seed = normalise_seed(totp_seed) if totp_seed is not None else None
        if password is not None:
            oskeyring.store(platform, handle, password)
            self.registry.password_stored(platform, handle, now, strength.score(password))
        if seed is not None:
            oskeyring.store(platform, handle, seed, totp=True)
            self.registry.totp_stored(platform, handle, now)
        self.registry.log("set-secret", platform, handle, self.who, self.via, now)
        return self.one(platform, handle, now)

    def reveal(self, platform: str, handle: str, purpose: str, now: datetime) -> str:
        """The password; logged as `reveal` (shown) or `copy` (put on the clipboard)."""
        if purpose not in ("reveal", "copy"):
            raise InvalidValue(f"purpose: {purpose!r} is not 'reveal' or 'copy'")
        self._account(platform, handle)
        secret = oskeyring.read(platform, handle)
        self.registry.log(purpose, platform, handle, self.who, self.via, now)
        return secret

    def totp(self, platform: str, handle: str, now: datetime) -> dict:
        from postcheck.vault.totp import current_code

        self._account(platform, handle)
        seed = oskeyring.read(platform, handle, totp=True)
        self.registry.log("totp", platform, handle, self.who, self.via, now)
        return current_code(seed, now)

    def remove(self, platform: str, handle: str, now: datetime) -> None:
        """Forget the account: its keyring entries first (a locked keyring changes nothing), then the registry."""
        account = self._account(platform, handle)
        if account.has_secret or account.has_totp:
            oskeyring.forget(platform, handle)
        self.registry.remove(platform, handle)
        self.registry.log("remove", platform, handle, self.who, self.via, now)

    # -- hand-over -------------------------------------------------------------------------------------------------
    def export(self, now: datetime) -> tuple[str, int]:
        """(armoured text sealed to OCU's key, number of accounts); every account exported is logged."""
        accounts = self.registry.all()
        items = []
        for account in accounts:
            item = {"platform": account.platform, "handle": account.handle, "url": account.url,
                    "location": account.location, "manager": account.manager, "created": account.created,
                    "requirements": account.requirements}
            if account.has_secret:
                item["password"] = oskeyring.read(account.platform, account.handle)
            if account.has_totp:
                item["totp_seed"] = oskeyring.read(account.platform, account.handle, totp=True)
            items.append(item)
        moment = now.astimezone(timezone.utc).isoformat()
        sealed = handover.seal({"exported_at": moment, "exported_by": self.who, "accounts": items},
                               self.vault.ocu_public_key)
        for account in accounts:
            self.registry.log("export", account.platform, account.handle, self.who, self.via, now)
        return sealed, len(accounts)

    def import_(self, text: str, private_key: str, now: datetime) -> list[str]:
        """Open an export with OCU's private key and add its accounts (and secrets) here; returns their names."""
        payload = handover.open_sealed(text, private_key)
        items = payload.get("accounts", [])
        for item in items:  # all checked before any is written: a bad export changes nothing
            self.check_names(item.get("platform", ""), item.get("handle", ""))
            if item.get("totp_seed") is not None:
                from postcheck.vault.totp import normalise_seed

                normalise_seed(item["totp_seed"])
        names = []
        for item in items:
            platform, handle = item["platform"], item["handle"]
            fields = {key: item.get(key) for key in ("url", "location", "manager", "created")}
            self.save(platform, handle, fields, dict(item.get("requirements") or {}), now)
            if "password" in item or "totp_seed" in item:
                self.set_secret(platform, handle, item.get("password"), item.get("totp_seed"), now)
            self.registry.log("import", platform, handle, self.who, self.via, now)
            names.append(f"{platform}/{handle}")
        return names

    def log(self, limit: int = 1000) -> list[dict]:
        return [entry.as_json() for entry in self.registry.log_entries(limit)]

    def setup_items(self, now: datetime, zone: tzinfo | None = None) -> list[dict]:
        """Today's `account-setup` and `password-rotation` checklist items for every account (see status.py)."""
        return setup_items(self.registry, self.vault, now, zone or self.zone)


def setup_items(registry: AccountRegistry, vault: Vault, now: datetime, zone: tzinfo) -> list[dict]:
    """Every account's checklist items at `now` in `zone` (status.setup_items), from the registry alone: two SQLite
    query per account and one for the exports, no keyring. Loads pycountry (naming) only when there is an account."""
    accounts = registry.all()
    exports = registry.last_exports() if accounts else {}
    items = []
    for account in accounts:
        naming = check_name(account_name(account.handle, account.url), vault.naming)
        items += status.setup_items(account, vault, naming, exports.get((account.platform, account.handle)),
                                    now, zone)
    return items

def _parse_date(value: str, field: str) -> date:
    try:
        day = date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        day = None
    if day is None:
        raise InvalidValue(f"{field}: {value!r} is not a date YYYY-MM-DD")
    return day
