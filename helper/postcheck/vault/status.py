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


def done_late(requirement: Requirement, done_on: str | None, created: str) -> str | None:
    """The warning for a "before setup" requirement (OCU notified, bandwidth shaping: Branding › URL, Domain Names and
    Social Media Registrations; Network Infrastructure) recorded after the account's creation day, else None. Both
    are YYYY-MM-DD; an account without a creation date is never flagged. Done late is still done: it cannot be
    undone, so it is a warning, never an open item."""
    if not requirement.before_setup or not done_on or not created or done_on <= created:
        return None
    return f"done on {done_on}, after the account was created on {created}: the guidelines ask for it before setup"


def requirement_items(account: Account, vault: Vault, naming: NamingResult, last_export: str | None,
                      now: datetime, zone: tzinfo) -> list[dict]:
    """[{"id", "text", "section", "status": done|missing|stale, "done_on": YYYY-MM-DD|None, "valid_until": …|None,
    "auto": bool, "before_setup": bool, "late": str|None}] in the policy's order. `late` is the warning of a
    "before setup" requirement done after `account.created` (see done_late)."""
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
                      "auto": auto, "before_setup": requirement.before_setup,
                      "late": done_late(requirement, done_on, account.created)})
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


SHOWN_IN_TITLE = 3  # requirements named in an account-setup title; the rest are counted ("and 2 more")


def setup_title(name: str, open_items: list[dict]) -> str:
    """'twitter/IOMKenya: 4 setup requirements to do: A; B (last on 2026-08-01: renew); C; and 1 more' (English; the
    popup rebuilds it in its language from the same parts)."""
    names = [item["text"] + (f" (last on {item['done_on']}: renew)" if item["status"] == STALE else "")
             for item in open_items[:SHOWN_IN_TITLE]]
    more = len(open_items) - len(names)
    count = len(open_items)
    return (f"{name}: {count} setup requirement{'s' if count > 1 else ''} to do: " + "; ".join(names)
            + (f"; and {more} more" if more else ""))


def setup_items(account: Account, vault: Vault, naming: NamingResult, last_export: str | None,
                now: datetime, zone: tzinfo) -> list[dict]:
    """Checklist items (DESIGN.md's Item, ready for `checklist.Item`) for one account: one `account-setup` item when
    any requirement is missing or stale, and a `password-rotation` item when the password is missing or its rotation
    day has come. Each: {"id", "kind", "platform": a checklist platform or None (HootSuite, Buffer), "title" (English,
    "<platform>/<handle>: …"), "guideline", "status": due|overdue, "due": ISO 8601 with the zone's offset or None,
    "progress", "auto": True}.

    The `account-setup` item lists the open requirements in the policy's order (setup_title); its status is the
    worst of theirs (overdue when one is stale, else due), `due` the start of the earliest first stale day (None when
    none is stale), `progress` {"done": requirements met, "target": all of them}, `guideline` the open requirements'
    sections. A "before setup" requirement done late is done (a warning on the vault's pages, not an item). None of
    this needs the keyring: the dates are in the registry."""
    today = now.astimezone(zone).date()
    name = f"{account.platform}/{account.handle}"
    platform = account.platform if account.platform in PLATFORMS else None
    common = {"platform": platform, "auto": True}
    items = []
    requirements = requirement_items(account, vault, naming, last_export, now, zone)
    open_items = [item for item in requirements if item["status"] != DONE]
    if open_items:
        first_stale = [date.fromisoformat(item["valid_until"]) + timedelta(days=1)
                       for item in open_items if item["status"] == STALE]
        sections = list(dict.fromkeys(item["section"] for item in open_items))
        items.append({"id": item_id("account-setup", account.platform, account.handle), "kind": "account-setup",
                      **common, "title": setup_title(name, open_items), "guideline": "; ".join(sections),
                      "status": "overdue" if first_stale else "due",
                      "due": _start_of(min(first_stale), zone) if first_stale else None,
                      "progress": {"done": len(requirements) - len(open_items), "target": len(requirements)}})
    due = rotation_due(account, vault, zone)
    rotation = {"id": item_id("password-rotation", account.platform, account.handle), "kind": "password-rotation",
                **common, "progress": None, "guideline": vault.rotation_section}
    if due is None:
        items.append({**rotation, "title": f"{name}: no password in the vault yet", "status": "due", "due": None})
    elif today >= due:
        items.append({**rotation, "title": f"{name}: change the password (every {vault.rotation_days} days)",
                      "status": "overdue" if today > due else "due", "due": _start_of(due, zone)})
    return items
