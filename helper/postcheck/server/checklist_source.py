"""The activity log as the checklist needs it: the store's events for `windows()`, the accounts registry's
`account-setup` / `password-rotation` items (same SQLite file, no keyring), then the pure builders.

Shared by the HTTP routes and `postcheck checklist`, so both give the same answer for the same moment. Call from the
thread that owns the store's connection.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Sequence
from zoneinfo import ZoneInfo

from postcheck.accounts import AccountRegistry
from postcheck.checklist import Checklist, Item, Week, build_today, build_week, tickable, windows
from postcheck.checklist.activity import Activity
from postcheck.checklist.clock import Calendar
from postcheck.policy import Policy
from postcheck.store import ActivityStore


class NotTickable(ValueError):
    """A tick or an undo for an id that is not a tickable item of the checklist at that moment."""


def events_for(store: ActivityStore, policy: Policy, now: datetime, zone: ZoneInfo) -> list[dict[str, Any]]:
    """Every event the checklist at `now` reads, once each, oldest first."""
    calendar = Calendar.at(now, zone)
    review = next((d.month for d in policy.schedule.duties if d.kind == "guidelines-review"), None)
    found: dict[int, dict[str, Any]] = {}
    for window in windows(calendar, review):
        if window.since >= calendar.now:
            continue
        for event in store.between(window.since, calendar.now, window.types, window.replies_only):
            found.setdefault(event["id"], event)
    return list(found.values())


def account_items(store: ActivityStore, policy: Policy, now: datetime, zone: ZoneInfo) -> list[Item]:
    """The vault's items at `now`: one per account with a missing or stale setup requirement (listing them), a password
    missing or due for rotation.
    Dates only (the registry's), so the keyring is never asked."""
    from postcheck.vault.service import setup_items

    return [Item.model_validate(item) for item in setup_items(AccountRegistry(store), policy.vault, now, zone)]


def today(store: ActivityStore, policy: Policy, now: datetime, zone: ZoneInfo,
          extra: Sequence[Item] = ()) -> Checklist:
    """Today's checklist at `now`: the activity log's duties, the accounts' items and `extra`."""
    items = [*account_items(store, policy, now, zone), *extra]
    return build_today(policy, events_for(store, policy, now, zone), now, zone, items)


def week(store: ActivityStore, policy: Policy, now: datetime, zone: ZoneInfo) -> Week:
    return build_week(policy, events_for(store, policy, now, zone), now, zone)


def week_official_hashtags(store: ActivityStore, policy: Policy, moment: datetime, zone: ZoneInfo) -> frozenset[str]:
    """The official hashtags in force at `moment`, case-folded, without '#': the last set entered that week, else
    the policy's `hashtags.official`."""
    week_span = Calendar.at(moment, zone).week
    entered = Activity.of(store.between(week_span.start, moment, ("official-hashtags-set",)), moment)
    tags = entered.official_hashtags(week_span)
    if tags is None:
        tags = list(policy.hashtags.official)
    return frozenset(tag.lstrip("#").casefold() for tag in tags)


def check_tickable(store: ActivityStore, policy: Policy, item_id: str, moment: datetime, zone: ZoneInfo) -> Item:
    """The item `item_id` names at `moment`; NotTickable (naming the ids that are) when it cannot be ticked."""
    checklist = today(store, policy, moment, zone)
    items = tickable(checklist)
    if item_id in items:
        return items[item_id]
    known = ", ".join(sorted(items)) or "none"
    listed = next((item for item in checklist.items if item.id == item_id), None)
    if listed is not None:
        raise NotTickable(f"{item_id!r} cannot be ticked or undone by hand: {CLEARS.get(listed.kind, CLEARS[None])}; "
                          f"tickable items are {known}")
    raise NotTickable(f"no item {item_id!r} to tick or undo on {Calendar.at(moment, zone).today}: "
                      f"tickable items are {known}")


# How an item that is not ticked by hand clears (the 409's words).
CLEARS: dict[str | None, str] = {
    "account-setup": "it clears by itself once every listed requirement is met: each date recorded in the options "
                     "page's accounts table (or PUT /v1/accounts/{platform}/{handle}), the name fixed, or the "
                     "credentials exported for OCU",
    "password-rotation": "it clears when a new password is stored in the vault (the options page, or "
                         "`postcheck vault add`)",
    "official-hashtags": "it clears when the week's official hashtags are entered (the popup, or "
                         "`postcheck checklist hashtags`)",
    None: "postcheck ticks it from what it observes",
}
