"""Today's checklist and the week's figures: policy + activity events + now + zone in, models out (no clock, no I/O).

Guideline: Managing a Social Media Account and the platform sections each item cites.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Iterable, Mapping, Sequence
from zoneinfo import ZoneInfo

from postcheck.checklist import daily, duties, replies
from postcheck.checklist.activity import Activity
from postcheck.checklist.clock import Calendar, Span, at_local
from postcheck.checklist.models import Badge, Checklist, Item, OfficialHashtags, QuotaBand, Week, WeekDay
from postcheck.policy import Policy

# Items a person may tick or undo by hand (the others count what postcheck observes, or are entered).
TICKABLE_KINDS = frozenset({"check-time", "reply-deadline", "demographics", "guidelines-review", "youtube-comments"})


def _order(item: Item) -> tuple:
    """By due instant (items without one last), then id."""
    return (item.due is None, datetime.fromisoformat(item.due).timestamp() if item.due else 0.0, item.id)


def badge(items: Sequence[Item]) -> Badge:
    """The number of due + overdue items ("" when none), and whether one is overdue."""
    open_items = [item for item in items if item.status in ("due", "overdue")]
    return Badge(text=str(len(open_items)) if open_items else "",
                 overdue=any(item.status == "overdue" for item in open_items))


def build_today(policy: Policy, events: Iterable[Mapping[str, Any]], now: datetime, zone: ZoneInfo,
                extra: Sequence[Item] = ()) -> Checklist:
    """The checklist at `now` in `zone`.

    `events`: the activity log's events as stored (dicts with `id`, `type`, `platform`, `at` as ISO 8601 or an aware
    datetime, and their fields); those after `now` are ignored. `extra`: items from elsewhere (account set-up,
    password rotation) merged in and counted in the badge. Raises ValueError when `now` has no timezone or an
    extra item's id repeats another's."""
    cal = Calendar.at(now, zone)
    activity = Activity.of(events, cal.now)
    items = [*daily.posts(policy, cal, activity), *daily.check_times(policy, cal, activity),
             *duties.duty_items(policy, cal, activity), *replies.reply_deadlines(policy, cal, activity),
             daily.time_on_social(policy, cal, activity), *extra]
    ids = [item.id for item in items]
    if len(set(ids)) != len(ids):
        raise ValueError(f"checklist item ids repeat: {sorted({i for i in ids if ids.count(i) > 1})}")
    items.sort(key=_order)
    return Checklist(date=cal.today.isoformat(), timezone=zone.key, items=items, badge=badge(items))


def tickable(checklist: Checklist) -> dict[str, Item]:
    """The items of `checklist` a tick or an undo may target, by id."""
    return {item.id: item for item in checklist.items if item.kind in TICKABLE_KINDS}


def build_week(policy: Policy, events: Iterable[Mapping[str, Any]], now: datetime, zone: ZoneInfo) -> Week:
    """The week of `now` (Monday first): posts per day and platform up to `now`, the quota bands, the official
    hashtags in force, and the extension's timings from the policy."""
    cal = Calendar.at(now, zone)
    activity = Activity.of(events, cal.now)
    schedule = policy.schedule
    days = []
    for offset in range(7):
        day = cal.monday + timedelta(days=offset)
        span = Span(at_local(day, "00:00", zone), at_local(day + timedelta(days=1), "00:00", zone))
        days.append(WeekDay(date=day.isoformat(),
                            posts={p: len(activity.posts(span, p)) for p in schedule.quotas}))
    tags, source = duties.week_hashtags(policy, cal, activity)
    return Week(week_start=cal.monday.isoformat(), timezone=zone.key, days=days,
                quotas={p: QuotaBand(minimum=q.minimum, ideal=q.ideal) for p, q in schedule.quotas.items()},
                official_hashtags=OfficialHashtags(tags=tags, source=source),
                check_in_focus_seconds=schedule.auto_check_in.focus_seconds,
                reply_warning_minutes=schedule.reminders.reply_warning_minutes)
