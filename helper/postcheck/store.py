"""The durable activity log: SQLite in the data dir (WAL, versioned migrations); it never holds post text."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from postcheck import paths

DB_NAME = "activity.sqlite3"

# Each entry upgrades the schema by one version; never edit a shipped entry, append a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        type TEXT NOT NULL,
        platform TEXT,
        at TEXT NOT NULL,            -- when it happened, UTC, fixed-width ISO 8601 (sorts as text)
        recorded_at TEXT NOT NULL,   -- when the helper stored it
        data TEXT NOT NULL           -- the event's other typed fields as JSON (never the post's text)
    );
    CREATE INDEX events_at ON events (at);
    """,
    # 2: the institutional accounts (postcheck vault). Never a secret: passwords and TOTP seeds live in the OS keyring.
    """
    CREATE TABLE accounts (
        platform TEXT NOT NULL,
        handle TEXT NOT NULL,
        url TEXT,
        location TEXT,
        manager TEXT,
        created TEXT NOT NULL,           -- when the account was set up (a date, YYYY-MM-DD)
        secret_set_at TEXT,              -- when its password was last stored (UTC ISO 8601), for the rotation reminder
        strength INTEGER,                -- zxcvbn score 0-4 of that password, computed when it was stored
        totp_set_at TEXT,                -- when its TOTP seed was last stored (UTC ISO 8601)
        PRIMARY KEY (platform, handle)
    );
    CREATE TABLE account_requirements (
        platform TEXT NOT NULL,
        handle TEXT NOT NULL,
        requirement TEXT NOT NULL,       -- an id of the policy's [[vault.requirements]]
        done_on TEXT NOT NULL,           -- YYYY-MM-DD
        PRIMARY KEY (platform, handle, requirement)
    );
    CREATE TABLE vault_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,                -- UTC, fixed-width ISO 8601
        who TEXT NOT NULL,               -- the OS user
        via TEXT NOT NULL,               -- cli | extension
        action TEXT NOT NULL,            -- reveal | copy | totp | export | import | set-secret | remove
        platform TEXT NOT NULL,
        handle TEXT NOT NULL
    );
    CREATE INDEX vault_log_at ON vault_log (at);
    """,
)


class StoreError(Exception):
    """The activity log cannot be opened or is newer than this postcheck."""


def default_path() -> Path:
    return paths.data_dir() / DB_NAME


def utc_iso(moment: datetime) -> str:
    """Fixed-width UTC text, so that comparing strings in SQL compares instants."""
    if moment.tzinfo is None:
        raise ValueError("a timestamp without a timezone is ambiguous")
    utc = moment.astimezone(timezone.utc)
    # Not strftime: its %Y does not pad years before 1000 on every platform, and the width must be fixed.
    return (f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}."
            f"{utc.microsecond:06d}Z")


class ActivityStore:
    """One connection, used from one thread at a time (the server gives it a dedicated thread)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a commit is exactly where we say.
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            # FULL: a commit has reached the disk before record() returns, which is when the client gets its 201.
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA busy_timeout=5000")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the activity log {self.path}: {exc}") from exc

    def _migrate(self) -> None:
        db = self._db
        db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = db.execute("SELECT version FROM schema_version").fetchone()
        current = row[0] if row else 0
        if current > len(MIGRATIONS):
            raise StoreError(f"{self.path} has schema version {current}, newer than this postcheck "
                             f"({len(MIGRATIONS)}): upgrade postcheck")
        for version in range(current + 1, len(MIGRATIONS) + 1):
            db.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(MIGRATIONS[version - 1]):
                    db.execute(statement)
                db.execute("DELETE FROM schema_version")
                db.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    @property
    def schema_version(self) -> int:
        return self._db.execute("SELECT version FROM schema_version").fetchone()[0]

    def record(self, event: dict[str, Any], now: datetime | None = None) -> dict[str, Any]:
        """Store one event (its `type`, optional `platform`, `at` and other fields); return it with its id."""
        fields = dict(event)
        kind = fields.pop("type")
        platform = fields.pop("platform", None)
        recorded = utc_iso(now or datetime.now(timezone.utc))
        at = fields.pop("at", None)
        at_text = utc_iso(at) if isinstance(at, datetime) else (at or recorded)
        data = json.dumps(fields, ensure_ascii=False, sort_keys=True)
        cursor = self._db.execute(
            "INSERT INTO events (type, platform, at, recorded_at, data) VALUES (?, ?, ?, ?, ?)",
            (kind, platform, at_text, recorded, data),
        )
        return self._as_event(cursor.lastrowid, kind, platform, at_text, data)

    def since(self, moment: datetime | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        """Events that happened at or after `moment` (all when None), oldest first."""
        rows = self._db.execute(
            "SELECT id, type, platform, at, data FROM events WHERE at >= ? ORDER BY at, id LIMIT ?",
            (utc_iso(moment) if moment else "", limit),
        ).fetchall()
        return [self._as_event(*row) for row in rows]

    def between(self, since: datetime, until: datetime, types: tuple[str, ...] | None = None,
                replies_only: bool = False) -> list[dict[str, Any]]:
        """Events of `types` (all when None) that happened from `since` to `until` included, oldest first;
        `replies_only` keeps only those whose `kind` is "reply"."""
        sql = "SELECT id, type, platform, at, data FROM events WHERE at >= ? AND at <= ?"
        args: list[Any] = [utc_iso(since), utc_iso(until)]
        if types is not None:
            sql += f" AND type IN ({', '.join('?' * len(types))})"
            args += types
        if replies_only:
            sql += " AND json_extract(data, '$.kind') = 'reply'"
        rows = self._db.execute(sql + " ORDER BY at, id", args).fetchall()
        return [self._as_event(*row) for row in rows]

    def get(self, event_id: int) -> dict[str, Any] | None:
        row = self._db.execute("SELECT id, type, platform, at, data FROM events WHERE id = ?", (event_id,)).fetchone()
        return self._as_event(*row) if row else None

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM events").fetchone()[0]

    def integrity(self) -> str:
        return self._db.execute("PRAGMA integrity_check").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    @staticmethod
    def _as_event(event_id: int, kind: str, platform: str | None, at: str, data: str) -> dict[str, Any]:
        event: dict[str, Any] = {"id": event_id, "type": kind}
        if platform is not None:
            event["platform"] = platform
        event["at"] = at
        event.update(json.loads(data))
        return event


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit our open transaction)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]
