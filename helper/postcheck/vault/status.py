"""Pure: what an account still lacks. Per requirement of the policy (Setting Up an Institutional Account), whether it
is done, missing or stale on a given day, and when the password is due for rotation (Security and Privacy).

Time is a parameter: every function takes `now` (an aware datetime) and a zone; the checklist can call
`setup_items()` to show `account-setup` and `password-rotation` items."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from datetime import tzinfo

from postcheck.accounts import Account
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


def setup_items(account: Account, vault: Vault, naming: NamingResult, last_export: str | None,
                now: datetime, zone: tzinfo) -> list[dict]:
    """Checklist-ready items for one account: one `account-setup` item per missing or stale requirement, and a
    `password-rotation` item when the password is missing or its rotation day has come.
    Each: {"id", "kind", "platform", "title", "guideline", "status": due|overdue, "due": YYYY-MM-DD|None}."""
    today = now.astimezone(zone).date()
    name = f"{account.platform}/{account.handle}"
    items = []
    for item in requirement_items(account, vault, naming, last_export, now, zone):
        if item["status"] == DONE:
            continue
        stale = item["status"] == STALE
        items.append({"id": f"account-setup:{name}:{item['id']}", "kind": "account-setup",
                      "platform": account.platform,
                      "title": f"{name}: {item['text']}" + (f" (last on {item['done_on']}: renew)" if stale else ""),
                      "guideline": item["section"], "status": "overdue" if stale else "due",
                      "due": item["valid_until"]})
    due = rotation_due(account, vault, zone)
    if due is None:
        items.append({"id": f"password-rotation:{name}", "kind": "password-rotation", "platform": account.platform,
                      "title": f"{name}: no password in the vault yet", "guideline": vault.rotation_section,
                      "status": "due", "due": None})
    elif today >= due:
        items.append({"id": f"password-rotation:{name}", "kind": "password-rotation", "platform": account.platform,
                      "title": f"{name}: change the password (every {vault.rotation_days} days)",
                      "guideline": vault.rotation_section, "status": "overdue" if today > due else "due",
                      "due": due.isoformat()})
    return items
