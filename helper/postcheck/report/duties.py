"""The schedule's duties done by hand, each occurrence due in the period: on time, late, not done or not yet due.

Guidelines: Twitter › Hashtags (official hashtags agreed by Monday 11:00), YouTube › Comments/ Reviews (weekly),
Facebook › Statistics (monthly demographics), Appendix I: Future Development (the June review). The quota duties
(tweets with the official hashtags, original images) have their own sections of the report, and so does account
setup (report/accounts.py: the vault registry's requirements, not a duty of the schedule).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Callable, Iterator
from zoneinfo import ZoneInfo

from postcheck.checklist.activity import Activity
from postcheck.checklist.clock import Span, at_local, iso_local
from postcheck.policy import Policy
from postcheck.policy.models import WEEKDAYS, Duty
from postcheck.report.models import DutyOccurrence
from postcheck.report.period import Period, day_span, week_span
from postcheck.report.ticks import done_at

# One occurrence: (deadline, when it was done or None, the span it may be done in).
Occurrence = tuple[datetime, datetime | None, Span]


def _month_last(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _official_hashtags(policy: Policy, duty: Duty, period: Period, activity: Activity, zone) -> Iterator[Occurrence]:
    for monday in period.weeks:
        span = week_span(monday, zone)
        deadline = at_local(monday + timedelta(days=WEEKDAYS.index(duty.weekday or "monday")),
                            duty.due or policy.schedule.deadlines.day, zone)
        entered = activity.of_type("official-hashtags-set", span)
        yield deadline, (entered[0].at if entered else None), span


def _weekly(policy: Policy, duty: Duty, period: Period, activity: Activity, zone) -> Iterator[Occurrence]:
    deadlines = policy.schedule.deadlines
    for monday in period.weeks:
        span = week_span(monday, zone)
        deadline = at_local(monday + timedelta(days=WEEKDAYS.index(deadlines.week_weekday)), deadlines.week_time, zone)
        yield deadline, done_at(activity, duty.id, span), span


def _monthly(policy: Policy, duty: Duty, period: Period, activity: Activity, zone) -> Iterator[Occurrence]:
    for first in sorted({day.replace(day=1) for day in period.days}):
        last = _month_last(first)
        day = first.replace(day=min(duty.monthday or 1, last.day))
        if period.first <= day <= period.last:
            span = Span(day_span(day, zone).start, day_span(last, zone).end)
            yield at_local(day, policy.schedule.deadlines.day, zone), done_at(activity, duty.id, span), span


def _yearly(policy: Policy, duty: Duty, period: Period, activity: Activity, zone) -> Iterator[Occurrence]:
    """The review month of the period's year: listed while the period overlaps it, and after it in any period that
    ends with the review still not done, or in which it was done late."""
    opens = date(period.last.year, duty.month or 6, 1)
    if period.last < opens:
        return
    span = Span(day_span(opens, zone).start, day_span(date(opens.year, 12, 31), zone).end)
    deadline = at_local(_month_last(opens), policy.schedule.deadlines.day, zone)
    done = done_at(activity, duty.id, span)
    overlaps = period.first <= _month_last(opens)
    done_in_period = done is not None and done in period.span(zone)
    if overlaps or done_in_period or done is None or done >= period.span(zone).end:
        yield deadline, done, span


OCCURRENCES: dict[str, Callable[..., Iterator[Occurrence]]] = {
    "official-hashtags": _official_hashtags, "youtube-comments": _weekly, "demographics": _monthly,
    "guidelines-review": _yearly,
}


def duties(policy: Policy, period: Period, activity: Activity, now: datetime, zone: ZoneInfo,
           titles: dict[str, str]) -> list[DutyOccurrence]:
    """Every occurrence of the schedule's hand-done duties (kinds in OCCURRENCES) due in the period, by due time.
    `titles`: the reporting language's title per duty kind (the policy's text when a kind has none)."""
    found = []
    for duty in policy.schedule.duties:
        if duty.kind not in OCCURRENCES:
            continue
        for deadline, done, _span in OCCURRENCES[duty.kind](policy, duty, period, activity, zone):
            if done is not None and done > now:
                done = None
            if done is not None:
                state = "on-time" if done <= deadline else "late"
            else:
                state = "not-due" if now < deadline else "not-done"
            found.append(DutyOccurrence(duty=duty.id, kind=duty.kind, title=titles.get(duty.kind, duty.text),
                                        section=duty.section, due=iso_local(deadline, zone),
                                        done_at=iso_local(done, zone) if done else None, state=state))
    return sorted(found, key=lambda o: (datetime.fromisoformat(o.due), o.duty))
