"""Negative reviews marked in the period and how fast they were answered (Facebook › Comments/ Reviews:
"Response must be within 24 hours").

Matching as the checklist does it: each reply published on a platform answers the oldest marking on that platform
still open; a marking ticked done by hand counts as answered at the tick. Markings up to the checklist's lookback
before the period take their replies first, so a reply is never counted twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from statistics import median
from zoneinfo import ZoneInfo

from postcheck.checklist.activity import REPLY_LOOKBACK, Activity
from postcheck.checklist.clock import Span, iso_local
from postcheck.policy import Policy
from postcheck.report.models import NegativeReview, Replies
from postcheck.report.ticks import done_at


def replies(policy: Policy, activity: Activity, period: Span, now: datetime, zone: ZoneInfo) -> Replies:
    within = timedelta(hours=policy.schedule.reply_within_hours)
    markings = activity.of_type("review-marked-negative", Span(period.start - REPLY_LOOKBACK, period.end))
    waiting = {platform: [r.at for r in activity.posts(Span(markings[0].at, now + timedelta(microseconds=1)),
                                                       platform, "reply")]
               for platform in {m.platform for m in markings}} if markings else {}
    reviews = []
    for marking in markings:
        queue = waiting[marking.platform]
        answer = next((at for at in queue if at >= marking.at), None)
        if answer is not None:
            queue.remove(answer)
        else:
            answer = done_at(activity, f"reply-deadline-{marking.id}",
                             Span(marking.at, now + timedelta(microseconds=1)))
        if marking.at not in period:
            continue
        deadline = marking.at + within
        if answer is not None:
            state = "within" if answer <= deadline else "late"
        else:
            state = "open" if now < deadline else "unanswered"
        reviews.append(NegativeReview(
            platform=marking.platform, marked_at=iso_local(marking.at, zone),
            answered_at=iso_local(answer, zone) if answer else None,
            minutes=int((answer - marking.at).total_seconds() // 60) if answer else None, state=state))
    minutes = [r.minutes for r in reviews if r.minutes is not None]
    count = {state: sum(r.state == state for r in reviews) for state in ("within", "late", "unanswered", "open")}
    return Replies(section=policy.reply.section, within_hours=policy.schedule.reply_within_hours,
                   marked=len(reviews), **count, median_minutes=int(median(minutes)) if minutes else None,
                   reviews=reviews)
