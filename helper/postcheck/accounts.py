"""The institutional accounts' registry and the vault log, in the activity store's SQLite file (migration 2).

Holds names, dates and who did what; never a password or a TOTP seed (those are in the OS keyring). Uses the store's
connection, so call it from the store's thread as the server does."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from postcheck.store import ActivityStore, utc_iso

_FIELDS = ("url", "location", "manager", "created")


@dataclass(frozen=True)
class Account:
    """One account. `created` and requirement dates are YYYY-MM-DD; `secret_set_at` is UTC ISO 8601 or None."""

    platform: str
    handle: str
    url: str | None = None
    location: str | None = None
    manager: str | None = None
    created: str = ""
    secret_set_at: str | None = None
    strength: int | None = None
    totp_set_at: str | None = None
    requirements: dict[str, str] = field(default_factory=dict)

    @property
    def has_secret(self) -> bool:
        return self.secret_set_at is not None

    @property
    def has_totp(self) -> bool:
        return self.totp_set_at is not None


@dataclass(frozen=True)
class LogEntry:
    at: str
    who: str
    via: str
    action: str
    platform: str
    handle: str

    def as_json(self) -> dict:
        return {"at": self.at, "who": self.who, "via": self.via, "action": self.action, "platform": self.platform,
                "handle": self.handle}


class AccountRegistry:
    """Reads and writes the accounts tables through `store`'s connection (one thread at a time)."""

    def __init__(self, store: ActivityStore) -> None:
        self._db = store._db  # the store's own connection: one file, one writer, one thread

    def get(self, platform: str, handle: str) -> Account | None:
        row = self._db.execute(
            "SELECT platform, handle, url, location, manager, created, secret_set_at, strength, totp_set_at "
            "FROM accounts WHERE platform = ? AND handle = ?", (platform, handle)).fetchone()
        return self._account(row) if row else None

    def all(self) -> list[Account]:
        rows = self._db.execute(
            "SELECT platform, handle, url, location, manager, created, secret_set_at, strength, totp_set_at "
            "FROM accounts ORDER BY platform, handle COLLATE NOCASE").fetchall()
        return [self._account(row) for row in rows]

    def upsert(self, platform: str, handle: str, fields: dict[str, str | None],
               requirements: dict[str, str | None]) -> tuple[Account, bool]:
        """Create or update; `fields` may hold url/location/manager/created (None clears), `requirements` maps an id
        to its date or None (not done). Returns the account and whether it was created."""
        unknown = set(fields) - set(_FIELDS)
        if unknown:
            raise ValueError(f"unknown account fields: {sorted(unknown)}")
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            existing = db.execute("SELECT 1 FROM accounts WHERE platform = ? AND handle = ?",
                                  (platform, handle)).fetchone()
            if existing is None:
                db.execute("INSERT INTO accounts (platform, handle, created) VALUES (?, ?, ?)",
                           (platform, handle, fields.get("created") or ""))
            for name, value in fields.items():
                if name == "created" and not value:
                    continue
                db.execute(f"UPDATE accounts SET {name} = ? WHERE platform = ? AND handle = ?",  # noqa: S608
                           (value, platform, handle))
            for requirement, done_on in requirements.items():
                if done_on is None:
                    db.execute("DELETE FROM account_requirements WHERE platform = ? AND handle = ? AND requirement = ?",
                               (platform, handle, requirement))
                else:
                    db.execute("INSERT OR REPLACE INTO account_requirements (platform, handle, requirement, done_on) "
                               "VALUES (?, ?, ?, ?)", (platform, handle, requirement, done_on))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return self.get(platform, handle), existing is None  # type: ignore[return-value]

    def password_stored(self, platform: str, handle: str, at: datetime, strength: int) -> None:
        self._db.execute("UPDATE accounts SET secret_set_at = ?, strength = ? WHERE platform = ? AND handle = ?",
                         (utc_iso(at), strength, platform, handle))

    def totp_stored(self, platform: str, handle: str, at: datetime) -> None:
        self._db.execute("UPDATE accounts SET totp_set_at = ? WHERE platform = ? AND handle = ?",
                         (utc_iso(at), platform, handle))

    def remove(self, platform: str, handle: str) -> bool:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("DELETE FROM account_requirements WHERE platform = ? AND handle = ?", (platform, handle))
            gone = db.execute("DELETE FROM accounts WHERE platform = ? AND handle = ?", (platform, handle)).rowcount
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return gone > 0

    def log(self, action: str, platform: str, handle: str, who: str, via: str, at: datetime | None = None) -> LogEntry:
        entry = LogEntry(utc_iso(at or datetime.now(timezone.utc)), who, via, action, platform, handle)
        self._db.execute("INSERT INTO vault_log (at, who, via, action, platform, handle) VALUES (?, ?, ?, ?, ?, ?)",
                         (entry.at, entry.who, entry.via, entry.action, entry.platform, entry.handle))
        return entry

    def log_entries(self, limit: int = 1000) -> list[LogEntry]:
        """The newest `limit` entries, oldest first."""
        rows = self._db.execute("SELECT at, who, via, action, platform, handle FROM vault_log "
                                "ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [LogEntry(*row) for row in reversed(rows)]

    def last_exports(self) -> dict[tuple[str, str], str]:
        """When each account was last in an export for OCU (UTC ISO 8601)."""
        rows = self._db.execute("SELECT platform, handle, max(at) FROM vault_log WHERE action = 'export' "
                                "GROUP BY platform, handle").fetchall()
        return {(platform, handle): at for platform, handle, at in rows}

    def secrets_stamp(self) -> tuple:
        """Changes whenever a secret is stored or an account with one removed (the leak guard reloads then)."""
        return self._db.execute("SELECT count(secret_set_at), count(totp_set_at), coalesce(max(secret_set_at), ''), "
                                "coalesce(max(totp_set_at), '') FROM accounts").fetchone()

    def _account(self, row: tuple) -> Account:
        platform, handle, url, location, manager, created, secret_set_at, strength, totp_set_at = row
        requirements = dict(self._db.execute(
            "SELECT requirement, done_on FROM account_requirements WHERE platform = ? AND handle = ?",
            (platform, handle)).fetchall())
        return Account(platform, handle, url, location, manager, created, secret_set_at, strength, totp_set_at,
                       requirements)
