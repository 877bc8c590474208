"""DST in Europe/Paris, week and month boundaries, Monday 11:00, the 1st of a month, June."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.checklist.support import PARIS, event, ids, item, local, post, status, today


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@pytest.mark.parametrize(("day", "offset", "first", "last", "outside"), [
    # Last Sunday of March: the day has 23 hours (00:00 is 23:00Z the day before, the next midnight 22:00Z).
    ("2026-03-29", "+02:00", "2026-03-28T23:00:00", "2026-03-29T21:59:59", "2026-03-29T22:00:00"),
    # Last Sunday of October: 25 hours (00:00 is 22:00Z the day before, the next midnight 23:00Z).
    ("2026-10-25", "+01:00", "2026-10-24T22:00:00", "2026-10-25T22:59:59", "2026-10-25T23:00:00"),
])
def test_dst_days_have_their_real_length(day, offset, first, last, outside):
    events = [post(utc(first)), post(utc(last)), post(utc(outside))]
    checklist = today(utc(last), events)
    assert checklist.date == day
    assert item(checklist, "posts-twitter").progress.done == 2
    assert item(checklist, "check-time-facebook-0900").due == f"{day}T09:00:00{offset}"


def test_check_window_after_spring_forward_is_in_summer_time():
    # 09:00 CEST is 07:00Z: a check-in at 06:50Z is 08:50 local, inside the window.
    events = [event("check-in", utc("2026-03-29T06:50:00"), platform="facebook")]
    assert status(utc("2026-03-29T07:30:00"), "check-time-facebook-0900", events) == "done"
    assert status(utc("2026-03-29T06:40:00"), "check-time-facebook-0900") == "upcoming"
    # After fall back, 09:00 CET is 08:00Z: 07:50Z is 08:50 local.
    assert status(utc("2026-10-25T07:50:00"), "check-time-facebook-0900") == "due"
    assert status(utc("2026-10-25T07:40:00"), "check-time-facebook-0900") == "upcoming"


@pytest.mark.parametrize(("moment", "expected"), [
    ("2026-12-07 00:00", "due"), ("2026-12-07 10:59", "due"), ("2026-12-07 11:00", "overdue"),
    ("2026-12-09 15:00", "overdue"), ("2026-12-13 23:59", "overdue")])
def test_official_hashtags_are_due_by_monday_11(moment, expected):
    hashtags = item(today(local(moment)), "official-hashtags")
    assert hashtags.status == expected and hashtags.due == "2026-12-07T11:00:00+01:00" and not hashtags.auto


def test_official_hashtags_entered_this_week_only():
    last_week = event("official-hashtags-set", local("2026-12-06 23:59"), hashtags=["Old"])
    assert status(local("2026-12-07 10:45"), "official-hashtags", [last_week]) == "due"
    entered = event("official-hashtags-set", local("2026-12-07 10:50"), hashtags=["WorldRefugeeDay", "Migration"])
    done = item(today(local("2026-12-07 11:30"), [last_week, entered]), "official-hashtags")
    assert done.status == "done" and done.title.endswith("#WorldRefugeeDay #Migration")
    # Entered late still ticks it.
    assert status(local("2026-12-08 09:00"), "official-hashtags",
                  [event("official-hashtags-set", local("2026-12-08 08:00"), hashtags=["A"])]) == "done"


def test_week_boundary_resets_weekly_counts_and_hashtags():
    events = [event("official-hashtags-set", local("2026-12-07 09:00"), hashtags=["Migration"]),
              *[post(local(f"2026-12-1{d} 10:00"), hashtags=["migration"]) for d in range(0, 4)],
              post(local("2026-12-13 23:59"), hashtags=["Migration"])]
    sunday = item(today(local("2026-12-13 23:59:30"), events), "twitter-official-hashtag-tweets")
    assert (sunday.status, sunday.progress.done, sunday.progress.target) == ("done", 5, 5)
    monday = today(local("2026-12-14 00:00"), events)
    assert item(monday, "twitter-official-hashtag-tweets").progress.done == 0
    assert item(monday, "official-hashtags").status == "due"
    assert item(monday, "twitter-official-hashtag-tweets").due == "2026-12-18T17:00:00+01:00"


def test_weekly_quota_is_overdue_after_friday_17():
    assert status(local("2026-12-11 16:59"), "instagram-official-hashtag-posts") == "due"
    assert status(local("2026-12-11 17:00"), "instagram-official-hashtag-posts") == "overdue"
    assert status(local("2026-12-13 12:00"), "youtube-comments") == "overdue"


def test_youtube_comments_ticked_for_the_week_and_undone():
    tick = event("item-ticked", local("2026-12-08 10:00"), item="youtube-comments")
    assert status(local("2026-12-10 10:00"), "youtube-comments", [tick]) == "done"
    assert status(local("2026-12-14 10:00"), "youtube-comments", [tick]) == "due"
    undo = event("item-unticked", local("2026-12-09 10:00"), item="youtube-comments")
    assert status(local("2026-12-10 10:00"), "youtube-comments", [tick, undo]) == "due"


def test_demographics_on_the_first_of_the_month():
    assert "facebook-demographics" not in ids(today(local("2026-11-30 12:00"), [
        event("item-ticked", local("2026-11-01 10:00"), item="facebook-demographics")]))
    first = item(today(local("2026-12-01 09:00")), "facebook-demographics")
    assert (first.status, first.platform, first.due, first.auto) == ("due", "facebook", "2026-12-01T17:00:00+01:00",
                                                                      False)
    assert status(local("2026-12-02 09:00"), "facebook-demographics") == "overdue"
    ticked = [event("item-ticked", local("2026-12-01 10:00"), item="facebook-demographics")]
    assert status(local("2026-12-01 11:00"), "facebook-demographics", ticked) == "done"
    assert "facebook-demographics" not in ids(today(local("2026-12-02 09:00"), ticked))
    last_month = [event("item-ticked", local("2026-11-30 10:00"), item="facebook-demographics")]
    assert status(local("2026-12-01 11:00"), "facebook-demographics", last_month) == "due"


def test_guidelines_review_every_june():
    assert "guidelines-review" not in ids(today(local("2026-05-31 23:59")))
    june = item(today(local("2026-06-01 00:00")), "guidelines-review")
    assert (june.status, june.due) == ("due", "2026-06-30T17:00:00+02:00")
    assert status(local("2026-07-01 09:00"), "guidelines-review") == "overdue"
    ticked = [event("item-ticked", local("2026-06-15 10:00"), item="guidelines-review")]
    assert status(local("2026-06-20 09:00"), "guidelines-review", ticked) == "done"
    assert "guidelines-review" not in ids(today(local("2026-07-01 09:00"), ticked))
    last_year = [event("item-ticked", local("2025-06-15 10:00"), item="guidelines-review")]
    assert status(local("2026-06-20 09:00"), "guidelines-review", last_year) == "due"


def test_date_and_timezone_are_the_zones():
    checklist = today(datetime(2026, 12, 6, 23, 30, tzinfo=timezone.utc), zone=PARIS)
    assert (checklist.date, checklist.timezone) == ("2026-12-07", "Europe/Paris")
