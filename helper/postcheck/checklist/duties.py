"""Items from the schedule's duties that have a checklist `kind`: weekly, monthly and yearly duties.

Guidelines: Twitter › Hashtags and › Images; Instagram › Hashtags; Facebook › Statistics; YouTube › Comments/
Reviews; Appendix I: Future Development. The duty's own `section` is each item's guideline.
"""

from __future__ import annotations

import calendar as months
from datetime import date, timedelta
from typing import Iterator

from postcheck.checklist.activity import Activity
from postcheck.checklist.clock import Calendar, at_local, iso_local, status
from postcheck.checklist.models import Item, Progress
from postcheck.policy import Policy
from postcheck.policy.models import Duty


def week_hashtags(policy: Policy, cal: Calendar, activity: Activity) -> tuple[list[str], str]:
    """This week's official hashtags and where they come from: "week" (entered), "policy" (fallback) or "none"."""
    entered = activity.official_hashtags(cal.week)
    if entered is not None:
        return entered, "week"
    fallback = [tag.lstrip("#") for tag in policy.hashtags.official]
    return fallback, ("policy" if fallback else "none")


def _item(duty: Duty, cal: Calendar, **fields) -> Item:
    return Item(id=duty.id, kind=duty.kind, platform=duty.platform, guideline=duty.section,
                title=fields.pop("title", duty.text), progress=fields.pop("progress", None), **fields)


def _weekly_deadline(policy: Policy, cal: Calendar):
    deadlines = policy.schedule.deadlines
    return cal.weekday_at(deadlines.week_weekday, deadlines.week_time)


def official_hashtags(policy: Policy, duty: Duty, cal: Calendar, activity: Activity) -> Item:
    deadline = cal.weekday_at(duty.weekday or "monday", duty.due or policy.schedule.deadlines.day)
    tags = activity.official_hashtags(cal.week)
    title = duty.text + (": " + " ".join(f"#{tag}" for tag in tags) if tags else "")
    return _item(duty, cal, title=title, status=status(tags is not None, cal.now, None, deadline),
                 due=iso_local(deadline, cal.zone), auto=False)


def official_hashtag_posts(policy: Policy, duty: Duty, cal: Calendar, activity: Activity) -> Item:
    tags, _ = week_hashtags(policy, cal, activity)
    official = {tag.casefold() for tag in tags}
    count = sum(1 for post in activity.posts(cal.week, duty.platform)
                if post.data.get("official_hashtag") or official & {t.casefold() for t in post.data.get("hashtags", [])})
    deadline = _weekly_deadline(policy, cal)
    target = duty.count or 1
    return _item(duty, cal, status=status(count >= target, cal.now, None, deadline), due=iso_local(deadline, cal.zone),
                 progress=Progress(done=count, target=target), auto=True)


def original_images(policy: Policy, duty: Duty, cal: Calendar, activity: Activity) -> Item:
    """Posts with an image of the rotation's kinds; the title names the kind that comes next in the rotation."""
    rotation = policy.images.rotation
    kinds = [next((m for m in reversed(post.data.get("media", [])) if m in rotation), None)
             for post in activity.posts(cal.week, duty.platform)]
    used = [kind for kind in kinds if kind]
    upcoming = rotation[(rotation.index(used[-1]) + 1) % len(rotation)] if used else rotation[0]
    deadline = _weekly_deadline(policy, cal)
    target = duty.count or 1
    return _item(duty, cal, title=f"{duty.text} (next: {upcoming.replace('-', ' ')})",
                 status=status(len(used) >= target, cal.now, None, deadline), due=iso_local(deadline, cal.zone),
                 progress=Progress(done=len(used), target=target), auto=True)


def youtube_comments(policy: Policy, duty: Duty, cal: Calendar, activity: Activity) -> Item:
    deadline = _weekly_deadline(policy, cal)
    done = activity.ticked(duty.id, cal.week.start)
    return _item(duty, cal, status=status(done, cal.now, None, deadline), due=iso_local(deadline, cal.zone), auto=False)


def demographics(policy: Policy, duty: Duty, cal: Calendar, activity: Activity) -> Item | None:
    """On the duty's day of the month (the last day when the month is shorter), then overdue until ticked."""
    last = months.monthrange(cal.today.year, cal.today.month)[1]
    day = cal.today.replace(day=min(duty.monthday or 1, last))
    if cal.today < day:
        return None
    done = activity.ticked(duty.id, at_local(day, "00:00", cal.zone))
    if cal.today > day and done:
        return None
    deadline = at_local(day, policy.schedule.deadlines.day, cal.zone)
    return _item(duty, cal, status=status(done, cal.now, None, deadline), due=iso_local(deadline, cal.zone), auto=False)


def guidelines_review(policy: Policy, duty: Duty, cal: Calendar, activity: Activity) -> Item | None:
    """During the duty's month; after it, overdue until ticked, up to the end of the year."""
    month = duty.month or 6
    if cal.today.month < month:
        return None
    start = date(cal.today.year, month, 1)
    done = activity.ticked(duty.id, at_local(start, "00:00", cal.zone))
    if cal.today.month > month and done:
        return None
    last = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    deadline = at_local(last, policy.schedule.deadlines.day, cal.zone)
    return _item(duty, cal, status=status(done, cal.now, None, deadline), due=iso_local(deadline, cal.zone), auto=False)


BUILDERS = {
    "official-hashtags": official_hashtags,
    "weekly-official-hashtag-posts": official_hashtag_posts,
    "weekly-original-images": original_images,
    "youtube-comments": youtube_comments,
    "demographics": demographics,
    "guidelines-review": guidelines_review,
}


def duty_items(policy: Policy, cal: Calendar, activity: Activity) -> Iterator[Item]:
    for duty in policy.schedule.duties:
        if duty.kind is not None:
            item = BUILDERS[duty.kind](policy, duty, cal, activity)
            if item is not None:
                yield item
