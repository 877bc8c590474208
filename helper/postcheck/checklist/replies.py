"""Reply deadlines: one item per review or comment marked negative, until a reply on its platform clears it.

Guideline: Facebook › Comments/ Reviews ("Response must be within 24 hours").
"""

from __future__ import annotations

from datetime import timedelta
from typing import Iterator

from postcheck.checklist.activity import REPLY_LOOKBACK, Activity
from postcheck.checklist.clock import Calendar, iso_local, status
from postcheck.checklist.daily import NAMES
from postcheck.checklist.models import Item
from postcheck.policy import Policy


def reply_deadlines(policy: Policy, cal: Calendar, activity: Activity) -> Iterator[Item]:
    """`reply-deadline-<event id>`: due until `reply_within_hours` after the marking, overdue after; done once a
    reply published on that platform after the marking (each reply answers the oldest open marking) or a tick.
    Shown while open, and on the day it was cleared."""
    within = timedelta(hours=policy.schedule.reply_within_hours)
    markings = [m for m in activity.of_type("review-marked-negative") if m.at >= cal.now - REPLY_LOOKBACK]
    replies = {platform: [r.at for r in activity.posts_since(markings[0].at, platform, "reply")]
               for platform in {m.platform for m in markings}} if markings else {}
    for marking in markings:
        item_id = f"reply-deadline-{marking.id}"
        if activity.ticked(item_id, marking.at):  # answered by hand: it takes no published reply
            cleared_at = activity.last_tick(item_id)
        else:
            waiting = replies.get(marking.platform, [])
            cleared_at = next((at for at in waiting if at >= marking.at), None)
            if cleared_at is not None:
                waiting.remove(cleared_at)
        if cleared_at is not None and cleared_at not in cal.day:
            continue
        deadline = marking.at + within
        local = marking.at.astimezone(cal.zone)
        yield Item(id=item_id, kind="reply-deadline", platform=marking.platform,
                   title=f"Answer the negative {NAMES[marking.platform]} review or comment marked "
                         f"{local.strftime('%a %H:%M')}",
                   guideline=policy.reply.section, status=status(cleared_at is not None, cal.now, None, deadline),
                   due=iso_local(deadline, cal.zone), progress=None, auto=True)
