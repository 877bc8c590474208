"""Today's daily items: posts per platform, check times, and the half hour on social media.

Guideline: Managing a Social Media Account (daily posts, check times, half an hour a day); Instagram › Maintenance.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Iterator

from postcheck.checklist.activity import Activity
from postcheck.checklist.clock import Calendar, iso_local, status
from postcheck.checklist.models import Item, Progress
from postcheck.policy import Policy

NAMES = {"twitter": "Twitter", "facebook": "Facebook", "instagram": "Instagram", "youtube": "YouTube"}
POSTS = {"twitter": "Tweets", "facebook": "Facebook posts", "instagram": "Instagram posts", "youtube": "YouTube videos"}


def posts(policy: Policy, cal: Calendar, activity: Activity) -> Iterator[Item]:
    """`posts-<platform>`: today's posts against the platform's minimum; over the ideal maximum is said in the title."""
    schedule = policy.schedule
    closes = cal.today_at(schedule.deadlines.day)
    for platform, quota in schedule.quotas.items():
        count = len(activity.posts(cal.day, platform))
        low, high = quota.ideal
        title = f"{POSTS[platform]} today: at least {quota.minimum} (ideal {low}–{high})"
        if count > high:
            title += f" — {count}, over the ideal maximum of {high}"
        yield Item(id=f"posts-{platform}", kind="posts", platform=platform, title=title, guideline=schedule.section,
                   status=status(count >= quota.minimum, cal.now, None, closes), due=iso_local(closes, cal.zone),
                   progress=Progress(done=count, target=quota.minimum), auto=True)


def check_times(policy: Policy, cal: Calendar, activity: Activity) -> Iterator[Item]:
    """`check-time-<platform>-<hhmm>`: a check-in on that platform inside the window around the time, or a tick."""
    schedule = policy.schedule
    before = timedelta(minutes=schedule.check_window.before_minutes)
    after = timedelta(minutes=schedule.check_window.after_minutes)
    for platform, times in schedule.check_times.items():
        check_ins = activity.of_type("check-in", cal.day)
        for clock in times:
            at = cal.today_at(clock)
            opens, closes = at - before, at + after
            item_id = f"check-time-{platform}-{clock.replace(':', '')}"
            done = any(e.platform == platform and opens <= e.at < closes for e in check_ins) or \
                activity.ticked(item_id, cal.day.start)
            yield Item(id=item_id, kind="check-time", platform=platform, title=f"Check {NAMES[platform]} at {clock}",
                       guideline=schedule.section, status=status(done, cal.now, opens, closes),
                       due=iso_local(at, cal.zone), progress=None, auto=True)


def time_on_social(policy: Policy, cal: Calendar, activity: Activity) -> Item:
    """`time-on-social`: minutes of focused time on platform tabs today against the daily minutes."""
    schedule = policy.schedule
    minutes = sum(int(e.data.get("minutes", 0)) for e in activity.of_type("focused-time", cal.day))
    closes = cal.today_at(schedule.deadlines.day)
    return Item(id="time-on-social", kind="time-on-social", platform=None,
                title=f"Time on social media today: at least {schedule.daily_minutes} minutes",
                guideline=schedule.section, status=status(minutes >= schedule.daily_minutes, cal.now, None, closes),
                due=iso_local(closes, cal.zone), progress=Progress(done=minutes, target=schedule.daily_minutes),
                auto=True)
