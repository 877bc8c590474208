"""The period a report covers: an ISO week ("2026-W49") or a calendar month ("2026-12"), as local days and UTC spans.

Weekly duties in a monthly report are counted over the ISO weeks whose Thursday falls in the month (the rule ISO 8601
uses to give a week to a year), each week whole: weeks never split, and no week counts in two months.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from postcheck.checklist.clock import Span, at_local

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
YEARS = (1971, 9998)


class PeriodError(ValueError):
    """A period that cannot be read: the message says which form is expected."""


def day_span(day: date, zone: ZoneInfo) -> Span:
    """The local `day` as [midnight, next midnight) in UTC (23 or 25 hours on a DST day)."""
    return Span(at_local(day, "00:00", zone), at_local(day + timedelta(days=1), "00:00", zone))


def week_label(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class Period:
    """`kind` week or month; `first` and `last` local days included; `weeks` the Mondays of the weekly figures."""

    kind: Literal["week", "month"]
    label: str
    first: date
    last: date

    @classmethod
    def parse(cls, text: str) -> "Period":
        """'2026-W49' or '2026-12'; PeriodError names the expected forms and the valid ranges."""
        if match := _WEEK.match(text):
            year, week = int(match[1]), int(match[2])
            _check_year(year, text)
            try:
                monday = date.fromisocalendar(year, week, 1)
            except ValueError:
                raise PeriodError(f"week {text!r}: {year} has no ISO week {week}") from None
            return cls.week_of(monday)
        if match := _MONTH.match(text):
            year, month = int(match[1]), int(match[2])
            _check_year(year, text)
            if not 1 <= month <= 12:
                raise PeriodError(f"month {text!r}: expected a month from 01 to 12")
            return cls.month_of(date(year, month, 1))
        raise PeriodError(f"period {text!r}: expected an ISO week such as 2026-W49 or a month such as 2026-12")

    @classmethod
    def week_of(cls, day: date) -> "Period":
        monday = day - timedelta(days=day.weekday())
        return cls("week", week_label(monday), monday, monday + timedelta(days=6))

    @classmethod
    def month_of(cls, day: date) -> "Period":
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return cls("month", f"{first.year:04d}-{first.month:02d}", first, last)

    @classmethod
    def last_complete_week(cls, now: datetime, zone: ZoneInfo) -> "Period":
        """The ISO week before the one `now` falls in (in `zone`): the last week that has ended."""
        today = now.astimezone(zone).date()
        return cls.week_of(today - timedelta(days=today.weekday() + 7))

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    @property
    def weeks(self) -> list[date]:
        """Mondays of the weeks reported: the week itself, or the weeks whose Thursday is in the month."""
        if self.kind == "week":
            return [self.first]
        thursday = self.first + timedelta(days=(3 - self.first.weekday()) % 7)
        mondays = []
        while thursday <= self.last:
            mondays.append(thursday - timedelta(days=3))
            thursday += timedelta(days=7)
        return mondays

    def span(self, zone: ZoneInfo) -> Span:
        return Span(day_span(self.first, zone).start, day_span(self.last, zone).end)

    def weeks_span(self, zone: ZoneInfo) -> Span:
        """From the first reported Monday to the end of the last reported Sunday."""
        mondays = self.weeks
        return Span(day_span(mondays[0], zone).start, day_span(mondays[-1] + timedelta(days=6), zone).end)


def week_span(monday: date, zone: ZoneInfo) -> Span:
    return Span(day_span(monday, zone).start, day_span(monday + timedelta(days=6), zone).end)


def _check_year(year: int, text: str) -> None:
    if not YEARS[0] <= year <= YEARS[1]:
        raise PeriodError(f"period {text!r}: expected a year from {YEARS[0]} to {YEARS[1]}")
