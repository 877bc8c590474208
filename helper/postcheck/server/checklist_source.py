"""The activity log as the checklist needs it: the store's events for `windows()`, then the pure builders.

Shared by the HTTP routes and `postcheck checklist`, so both give the same answer for the same moment.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Sequence
from zoneinfo import ZoneInfo

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


def today(store: ActivityStore, policy: Policy, now: datetime, zone: ZoneInfo,
          extra: Sequence[Item] = ()) -> Checklist:
    return build_today(policy, events_for(store, policy, now, zone), now, zone, extra)


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
    items = tickable(today(store, policy, moment, zone))
    if item_id not in items:
        known = ", ".join(sorted(items)) or "none"
        raise NotTickable(f"no item {item_id!r} to tick or undo on {Calendar.at(moment, zone).today}: "
                          f"tickable items are {known}")
    return items[item_id]
