"""Local calendar arithmetic done right across DST: every bound is an aware UTC instant, every label is local.

Python compares two datetimes of the same tzinfo by wall time, ignoring a DST jump between them, so nothing here
compares local datetimes: local dates and times are turned into UTC instants first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from postcheck.policy.models import WEEKDAYS


def at_local(day: date, clock: str | time, zone: ZoneInfo) -> datetime:
    """The UTC instant of wall-clock `clock` ("HH:MM") on `day` in `zone`.

    A time skipped by a DST jump resolves forwards (02:30 on a spring-forward night is 03:30), a repeated one to its
    first occurrence."""
    if isinstance(clock, str):
        hours, minutes = clock.split(":")
        clock = time(int(hours), int(minutes))
    # fold=0 (PEP 495): a skipped time takes the offset before the jump, which lands after it; a repeated one its first.
    return datetime.combine(day, clock, tzinfo=zone).astimezone(timezone.utc)


def iso_local(moment: datetime, zone: ZoneInfo) -> str:
    """'2026-12-07T11:00:00+03:00': the instant in the zone's offset, to the second."""
    return moment.astimezone(zone).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Span:
    """[start, end) in UTC."""

    start: datetime
    end: datetime

    def __contains__(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True)
class Calendar:
    """Today, this week (Monday first) and this month around `now`, in `zone`."""

    now: datetime
    zone: ZoneInfo
    today: date
    day: Span
    week: Span
    month: Span

    @classmethod
    def at(cls, now: datetime, zone: ZoneInfo) -> "Calendar":
        if now.tzinfo is None:
            raise ValueError("now must carry a timezone: a local time alone is ambiguous")
        now = now.astimezone(timezone.utc)
        today = now.astimezone(zone).date()
        monday = today - timedelta(days=today.weekday())
        first = today.replace(day=1)
        next_first = (first + timedelta(days=32)).replace(day=1)
        midnight = time(0, 0)
        return cls(now, zone, today,
                   Span(at_local(today, midnight, zone), at_local(today + timedelta(days=1), midnight, zone)),
                   Span(at_local(monday, midnight, zone), at_local(monday + timedelta(days=7), midnight, zone)),
                   Span(at_local(first, midnight, zone), at_local(next_first, midnight, zone)))

    @property
    def monday(self) -> date:
        return self.today - timedelta(days=self.today.weekday())

    def weekday_at(self, weekday: str, clock: str) -> datetime:
        """This week's `weekday` ("friday") at `clock`, as a UTC instant."""
        return at_local(self.monday + timedelta(days=WEEKDAYS.index(weekday)), clock, self.zone)

    def today_at(self, clock: str) -> datetime:
        return at_local(self.today, clock, self.zone)

    def local_date(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()


def status(done: bool, now: datetime, opens: datetime | None = None, closes: datetime | None = None) -> str:
    """done; upcoming before `opens`; overdue from `closes` on; due in between."""
    if done:
        return "done"
    if opens is not None and now < opens:
        return "upcoming"
    if closes is not None and now >= closes:
        return "overdue"
    return "due"
