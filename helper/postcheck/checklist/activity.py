"""The activity log as the checklist reads it: events parsed once, sorted, and nothing that happened after `now`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Mapping

from postcheck.checklist.clock import Calendar, Span, at_local

TICKS = ("item-ticked", "item-unticked", "duty-ticked")
# An open reply deadline is carried this long at most; an older unanswered marking is left to the person.
REPLY_LOOKBACK = timedelta(days=31)


def _instant(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise ValueError(f"event time {value!r} has no timezone")
    return moment.astimezone(timezone.utc)


@dataclass(frozen=True)
class Event:
    id: int
    type: str
    platform: str | None
    at: datetime
    data: Mapping[str, Any]


@dataclass
class Activity:
    """Events up to `now`, oldest first (`events` as stored: dicts with id, type, platform?, at and their fields)."""

    events: list[Event] = field(default_factory=list)
    by_type: dict[str, list[Event]] = field(default_factory=dict)

    @classmethod
    def of(cls, events: Iterable[Mapping[str, Any]], now: datetime) -> "Activity":
        parsed = []
        for raw in events:
            at = _instant(raw["at"])
            if at <= now:
                parsed.append(Event(int(raw.get("id", 0)), raw["type"], raw.get("platform"), at, raw))
        parsed.sort(key=lambda e: (e.at, e.id))
        by_type: dict[str, list[Event]] = {}
        for event in parsed:
            by_type.setdefault(event.type, []).append(event)
        return cls(parsed, by_type)

    def of_type(self, kind: str, span: Span | None = None) -> list[Event]:
        events = self.by_type.get(kind, [])
        return events if span is None else [e for e in events if e.at in span]

    def posts(self, span: Span, platform: str | None = None, kind: str = "post") -> list[Event]:
        """Published posts (or replies) in `span`; an event without a kind is a post."""
        return [e for e in self.of_type("post-published", span)
                if (platform is None or e.platform == platform) and e.data.get("kind", "post") == kind]

    def posts_since(self, since: datetime, platform: str, kind: str = "post") -> list[Event]:
        return [e for e in self.of_type("post-published") if e.at >= since and e.platform == platform
                and e.data.get("kind", "post") == kind]

    def _ticks(self) -> list[Event]:
        ticks = [e for kind in TICKS for e in self.by_type.get(kind, [])]
        ticks.sort(key=lambda e: (e.at, e.id))
        return ticks

    def last_tick(self, item_id: str) -> datetime | None:
        ticks = [e.at for e in self._ticks() if e.type != "item-unticked"
                 and (e.data.get("item") or e.data.get("duty")) == item_id]
        return ticks[-1] if ticks else None

    def ticked(self, item_id: str, since: datetime) -> bool:
        """Whether the last tick or undo of `item_id` since `since` is a tick."""
        state = False
        for event in self._ticks():
            if event.at < since:
                continue
            target = event.data.get("duty") if event.type == "duty-ticked" else event.data.get("item")
            if target == item_id:
                state = event.type != "item-unticked"
        return state

    def official_hashtags(self, week: Span) -> list[str] | None:
        """The hashtags entered last in `week`, or None when none were."""
        entered = self.of_type("official-hashtags-set", week)
        return list(entered[-1].data.get("hashtags", [])) if entered else None


@dataclass(frozen=True)
class Window:
    """Events a store must hand over: of `types` (all when None) from `since` up to `now`; `replies_only` keeps the
    post-published events whose kind is "reply"."""

    types: tuple[str, ...] | None
    since: datetime
    replies_only: bool = False


def windows(calendar: Calendar, review_month: int | None) -> list[Window]:
    """What the checklist at `calendar.now` reads: everything of the week and the day; ticks since the month (or the
    guidelines-review month, when it has begun) or the reply lookback began; markings and replies within the
    lookback."""
    since = min(calendar.week.start, calendar.day.start)
    ticks_since = calendar.month.start
    if review_month is not None and calendar.today.month >= review_month:
        ticks_since = min(ticks_since, at_local(calendar.today.replace(month=review_month, day=1), "00:00",
                                                calendar.zone))
    lookback = calendar.now - REPLY_LOOKBACK
    ticks_since = min(ticks_since, lookback)  # a reply deadline still shown may have been ticked before the month
    return [Window(None, since), Window(TICKS, ticks_since), Window(("review-marked-negative",), lookback),
            Window(("post-published",), lookback, replies_only=True)]
