"""Pure: what an account still lacks. Per requirement of the policy (Setting Up an Institutional Account), whether it
is done, missing or stale on a given day, and when the password is due for rotation (Security and Privacy).

Time is a parameter: every function takes `now` (an aware datetime) and a zone; the checklist calls `setup_items()`
to show `account-setup` and `password-rotation` items, the report to OCU calls `requirement_items()`."""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from datetime import date, datetime, timedelta
from datetime import tzinfo

from postcheck.accounts import Account
from postcheck.checklist.clock import at_local, iso_local
from postcheck.policy.platforms import PLATFORMS
from postcheck.policy.vault_model import Requirement, Vault
from postcheck.vault.naming import NamingResult

DONE, MISSING, STALE = "done", "missing", "stale"


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (30 Nov + 3 months = 28/29 Feb)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _utc_date(iso: str, zone: tzinfo) -> date:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(zone).date()


def requirement_items(account: Account, vault: Vault, naming: NamingResult, last_export: str | None,
                      now: datetime, zone: tzinfo) -> list[dict]:
    """[{"id", "text", "section", "status": done|missing|stale, "done_on": YYYY-MM-DD|None, "valid_until": …|None,
    "auto": bool, "before_setup": bool}] in the policy's order."""
    today = now.astimezone(zone).date()
    items = []
    for requirement in vault.requirements:
        done_on, auto = _evidence(requirement, account, naming, last_export, zone)
        valid_until = add_months(date.fromisoformat(done_on), requirement.valid_months) \
            if done_on and requirement.valid_months else None
        if requirement.evidence == "naming":
            status = DONE if naming.ok else MISSING
        elif done_on is None:
            status = MISSING
        elif valid_until is not None and today > valid_until:
            status = STALE
        else:
            status = DONE
        items.append({"id": requirement.id, "text": requirement.text, "section": requirement.section,
                      "status": status, "done_on": done_on,
                      "valid_until": valid_until.isoformat() if valid_until else None,
                      "auto": auto, "before_setup": requirement.before_setup})
    return items


def _evidence(requirement: Requirement, account: Account, naming: NamingResult, last_export: str | None,
              zone: tzinfo) -> tuple[str | None, bool]:
    if requirement.evidence == "naming":
        return None, True
    if requirement.evidence == "ocu-export":
        # Handed over only if there is a password and the export came after it was stored.
        fresh = last_export is not None and account.secret_set_at is not None and last_export >= account.secret_set_at
        return (_utc_date(last_export, zone).isoformat() if fresh else None), True  # type: ignore[arg-type]
    return account.requirements.get(requirement.id), False


def rotation_due(account: Account, vault: Vault, zone: tzinfo) -> date | None:
    """The day the password should be changed (set day + the policy's rotation_days); None without a password."""
    if account.secret_set_at is None:
        return None
    return _utc_date(account.secret_set_at, zone) + timedelta(days=vault.rotation_days)


def item_id(kind: str, platform: str, handle: str, requirement: str | None = None) -> str:
    """A checklist id for an account's item, stable from day to day and valid as a checklist id ([a-z0-9-], at most
    80): 'account-setup-twitter-iomphilippines-concept-note-3f9a0c1e'. The handle is folded to ASCII lowercase for
    reading; the last 8 hex digits (SHA-256 of the exact platform, handle and requirement) keep IOMKenya and
    iomkenya, or two long names cut alike, apart."""
    exact = "/".join(filter(None, (platform, handle, requirement)))
    digest = hashlib.sha256(exact.encode()).hexdigest()[:8]
    folded = unicodedata.normalize("NFKD", handle).encode("ascii", "ignore").decode().lower()
    readable = "-".join(filter(None, (kind, platform, re.sub(r"[^a-z0-9]+", "-", folded).strip("-"), requirement)))
    return f"{readable[:71].rstrip('-')}-{digest}"


def _start_of(day: date, zone: tzinfo) -> str:
    """The day's first instant in `zone`, ISO 8601 with its offset (a midnight skipped by DST gives the next hour)."""
    return iso_local(at_local(day, "00:00", zone), zone)  # type: ignore[arg-type]


def setup_items(account: Account, vault: Vault, naming: NamingResult, last_export: str | None,
                now: datetime, zone: tzinfo) -> list[dict]:
    """Checklist items (DESIGN.md's Item, ready for `checklist.Item`) for one account: one `account-setup` item per
    missing or stale requirement, and a `password-rotation` item when the password is missing or its rotation day
    has come. Each: {"id", "kind", "platform": a checklist platform or None (HootSuite, Buffer), "title" (English,
    "<platform>/<handle>: …"), "guideline", "status": due|overdue, "due": ISO 8601 with the zone's offset or None,
    "progress": None, "auto": True}. `due` is the day's start when the item became due: the first stale day, the
    rotation day. None of this needs the keyring: the dates are in the registry."""
    today = now.astimezone(zone).date()
    name = f"{account.platform}/{account.handle}"
    platform = account.platform if account.platform in PLATFORMS else None
    common = {"platform": platform, "progress": None, "auto": True}
    items = []
    for item in requirement_items(account, vault, naming, last_export, now, zone):
        if item["status"] == DONE:
            continue
        stale = item["status"] == STALE
        first_stale = date.fromisoformat(item["valid_until"]) + timedelta(days=1) if stale else None
        items.append({"id": item_id("account-setup", account.platform, account.handle, item["id"]),
                      "kind": "account-setup", **common,
                      "title": f"{name}: {item['text']}" + (f" (last on {item['done_on']}: renew)" if stale else ""),
                      "guideline": item["section"], "status": "overdue" if stale else "due",
                      "due": _start_of(first_stale, zone) if first_stale else None})
    due = rotation_due(account, vault, zone)
    rotation = {"id": item_id("password-rotation", account.platform, account.handle), "kind": "password-rotation",
                **common, "guideline": vault.rotation_section}
    if due is None:
        items.append({**rotation, "title": f"{name}: no password in the vault yet", "status": "due", "due": None})
    elif today >= due:
        items.append({**rotation, "title": f"{name}: change the password (every {vault.rotation_days} days)",
                      "status": "overdue" if today > due else "due", "due": _start_of(due, zone)})
    return items
