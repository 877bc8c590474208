"""The activity log as the checklist reads it: events parsed once, sorted, and nothing that happened after `now`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Mapping

from postcheck.checklist.clock import Calendar, Span

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

    @classmethod
    def of(cls, events: Iterable[Mapping[str, Any]], now: datetime) -> "Activity":
        parsed = []
        for raw in events:
            at = _instant(raw["at"])
            if at <= now:
                parsed.append(Event(int(raw.get("id", 0)), raw["type"], raw.get("platform"), at, raw))
        parsed.sort(key=lambda e: (e.at, e.id))
        return cls(parsed)

    def of_type(self, kind: str, span: Span | None = None) -> list[Event]:
        return [e for e in self.events if e.type == kind and (span is None or e.at in span)]

    def posts(self, span: Span, platform: str | None = None, kind: str = "post") -> list[Event]:
        """Published posts (or replies) in `span`; an event without a kind is a post."""
        return [e for e in self.of_type("post-published", span)
                if (platform is None or e.platform == platform) and e.data.get("kind", "post") == kind]

    def posts_since(self, since: datetime, platform: str, kind: str = "post") -> list[Event]:
        return [e for e in self.events if e.type == "post-published" and e.at >= since and e.platform == platform
                and e.data.get("kind", "post") == kind]

    def last_tick(self, item_id: str) -> datetime | None:
        ticks = [e.at for e in self.events if e.type in ("item-ticked", "duty-ticked")
                 and (e.data.get("item") or e.data.get("duty")) == item_id]
        return ticks[-1] if ticks else None

    def ticked(self, item_id: str, since: datetime) -> bool:
        """Whether the last tick or undo of `item_id` since `since` is a tick."""
        state = False
        for event in self.events:
            if event.at < since or event.type not in TICKS:
                continue
            target = event.data.get("duty") if event.type == "duty-ticked" else event.data.get("item")
            if target == item_id:
                state = event.type != "item-unticked"
        return state

    def official_hashtags(self, week: Span) -> list[str] | None:
        """The hashtags entered last in `week`, or None when none were."""
        entered = self.of_type("official-hashtags-set", week)
        return list(entered[-1].data.get("hashtags", [])) if entered else None


def windows(calendar: Calendar, review_month: int | None) -> list[tuple[tuple[str, ...] | None, datetime]]:
    """What a store must hand over for `calendar`: (event types or None for all, since) pairs, each up to `now`.

    Everything since the month, the week or the reply lookback began, whichever is earliest; ticks since the
    guidelines-review month began when it has (the only duty whose period is longer than a month)."""
    since = min(calendar.month.start, calendar.week.start, calendar.now - REPLY_LOOKBACK)
    needed: list[tuple[tuple[str, ...] | None, datetime]] = [(None, since)]
    if review_month is not None and calendar.today.month >= review_month:
        from postcheck.checklist.clock import at_local

        june = at_local(calendar.today.replace(month=review_month, day=1), "00:00", calendar.zone)
        if june < since:
            needed.append((TICKS, june))
    return needed
