"""The report's figures: policy + activity events + period + now + zone in, an OcuReport out (no clock, no I/O).

`windows()` says which events a store must hand over; `build_report()` turns them into figures, each beside its
target from the policy. Guideline: Setting Up an Institutional Account ("Regular reporting on impact and results to
OCU") and the sections each figure cites.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable, Mapping, Sequence
from zoneinfo import ZoneInfo

from postcheck.accounts import Account
from postcheck.checklist.activity import REPLY_LOOKBACK, Activity
from postcheck.checklist.clock import Span, at_local, iso_local
from postcheck.policy import Policy
from postcheck.report import daily, weekly
from postcheck.report.accounts import account_setup
from postcheck.report.duties import duties
from postcheck.report.findings import findings
from postcheck.report.messages import messages
from postcheck.report.models import OcuReport
from postcheck.report.period import Period, day_span
from postcheck.report.replies import replies
from postcheck.report.ticks import TICKS


def _reach(policy: Policy, period: Period, zone: ZoneInfo) -> Span:
    """Everything a figure of the period reads: trend weeks before, reply lookback on either side."""
    start = min(period.span(zone).start, period.weeks_span(zone).start,
                day_span(period.weeks[0] - timedelta(weeks=policy.report.trend_weeks), zone).start)
    end = max(period.span(zone).end, period.weeks_span(zone).end)
    return Span(start - REPLY_LOOKBACK, end + REPLY_LOOKBACK)


def windows(policy: Policy, period: Period, now: datetime, zone: ZoneInfo) -> list[tuple[tuple[str, ...] | None,
                                                                                          datetime, datetime]]:
    """(event types or None for all, since, until) the report needs, `until` never after `now`; ticks from the
    guidelines-review month on when the period reaches it (the only duty longer than a month)."""
    reach = _reach(policy, period, zone)
    until = min(reach.end, now)
    needed: list[tuple[tuple[str, ...] | None, datetime, datetime]] = [(None, reach.start, until)]
    review = next((d.month or 6 for d in policy.schedule.duties if d.kind == "guidelines-review"), None)
    if review is not None:
        opens = at_local(date(period.last.year, review, 1), "00:00", zone)
        if opens < reach.start and opens <= now:
            needed.append((TICKS, opens, min(now, day_span(date(period.last.year, 12, 31), zone).end)))
    return needed


def build_report(policy: Policy, events: Iterable[Mapping[str, Any]], period: Period, now: datetime,
                 zone: ZoneInfo, accounts: Sequence[tuple[Account, str | None]] = ()) -> OcuReport:
    """The report on `period` as known at `now` (aware; events after it are ignored), in `zone`.

    `events`: the activity log's events as stored (dicts with id, type, platform?, at and their fields).
    `accounts`: the vault registry's accounts, each with when it was last exported for OCU (report/accounts.py).
    Days and
    check times not over at `now` are left out of the shares; a report on a future period is all "not yet due".
    Raises ValueError when `now` has no timezone."""
    if now.tzinfo is None:
        raise ValueError("now must carry a timezone: a local time alone is ambiguous")
    now = now.astimezone(timezone.utc)
    activity = Activity.of(events, now)
    span = period.span(zone)
    text = messages(policy.report.language)
    titles = {key.removeprefix("duty."): value for key, value in text.items() if key.startswith("duty.")}
    empty = not any(e.at in span for e in activity.events)
    setups, set_up = account_setup(policy.vault, accounts, period, now, zone)
    return OcuReport(
        language=policy.report.language, mission=policy.report.mission, period=period.label, kind=period.kind,
        first=period.first.isoformat(), last=period.last.isoformat(), timezone=zone.key,
        generated_at=iso_local(now, zone), guidelines=f"{policy.source.title} ({policy.source.year})",
        section=policy.report.section, empty=empty,
        posts=daily.posts(policy, period, activity, now, zone),
        check_times=daily.check_times(policy, period, activity, now, zone),
        weeks=[weekly.week_figures(policy, activity, monday, zone) for monday in period.weeks],
        replies=replies(policy, activity, span, now, zone),
        findings=findings(policy.report.section, activity, period.weeks, policy.report.trend_weeks, zone),
        duties=duties(policy, period, activity, now, zone, titles), accounts=setups, accounts_total=set_up)
