"""Daily figures of a report: posts per platform and day against the quota band, and the check times kept.

Guideline: Managing a Social Media Account (daily posts, "the following social media accounts should be checked at the
following times"). A day or a check time not over at `now` is left out of every share, never counted as missed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from postcheck.checklist.activity import Activity
from postcheck.checklist.clock import Span, at_local, iso_local
from postcheck.policy import Policy
from postcheck.report.models import CheckDay, CheckSlot, CheckTimes, PlatformChecks, PlatformPosts, Posts
from postcheck.report.period import Period, day_span
from postcheck.report.ticks import done_at


def posts(policy: Policy, period: Period, activity: Activity, now: datetime, zone: ZoneInfo) -> Posts:
    """Posts (replies excluded) per platform of `schedule.quotas` and per day."""
    schedule = policy.schedule
    spans = [day_span(day, zone) for day in period.days]
    platforms = []
    for platform, quota in schedule.quotas.items():
        per_day = [len(activity.posts(span, platform)) if span.end <= now else None for span in spans]
        counted = [n for n in per_day if n is not None]
        low, high = quota.ideal
        platforms.append(PlatformPosts(
            platform=platform, minimum=quota.minimum, ideal=quota.ideal, per_day=per_day, total=sum(counted),
            days=len(counted), days_at_minimum=sum(n >= quota.minimum for n in counted),
            days_in_band=sum(low <= n <= high for n in counted), days_over_band=sum(n > high for n in counted)))
    return Posts(section=schedule.section, dates=[d.isoformat() for d in period.days], platforms=platforms)


def _slot(policy: Policy, activity: Activity, day: date, platform: str, clock: str, now: datetime,
          zone: ZoneInfo) -> CheckSlot:
    window = policy.schedule.check_window
    at = at_local(day, clock, zone)
    opens, closes = at - timedelta(minutes=window.before_minutes), at + timedelta(minutes=window.after_minutes)
    check_in = next((e.at for e in activity.of_type("check-in", Span(opens, closes)) if e.platform == platform), None)
    kept_at = check_in or done_at(activity, f"check-time-{platform}-{clock.replace(':', '')}", day_span(day, zone))
    if kept_at is not None and kept_at <= now:
        return CheckSlot(platform=platform, time=clock, state="kept", at=iso_local(kept_at, zone))
    return CheckSlot(platform=platform, time=clock, state="missed" if closes <= now else "upcoming", at=None)


def check_times(policy: Policy, period: Period, activity: Activity, now: datetime, zone: ZoneInfo) -> CheckTimes:
    """Each check time of each day: kept by a check-in on its platform inside the window, or ticked that day."""
    schedule = policy.schedule
    days = [CheckDay(date=day.isoformat(),
                     slots=[_slot(policy, activity, day, platform, clock, now, zone)
                            for platform, times in schedule.check_times.items() for clock in times])
            for day in period.days]
    platforms = []
    for platform, times in schedule.check_times.items():
        slots = [s for d in days for s in d.slots if s.platform == platform and s.state != "upcoming"]
        kept = sum(s.state == "kept" for s in slots)
        platforms.append(PlatformChecks(platform=platform, times=list(times), kept=kept, due=len(slots),
                                        percent=round(100 * kept / len(slots), 1) if slots else None))
    return CheckTimes(section=schedule.section, window_before_minutes=schedule.check_window.before_minutes,
                      window_after_minutes=schedule.check_window.after_minutes, platforms=platforms, days=days)
