"""Daily duties at frozen moments: posts, check times (before, inside, after each window), the half hour a day."""

from __future__ import annotations

import pytest

from tests.checklist.support import NAIROBI, event, item, local, post, status, today

FB9 = "check-time-facebook-0900"


@pytest.mark.parametrize(("clock", "expected"), [
    ("08:44", "upcoming"), ("08:45", "due"), ("09:00", "due"), ("09:59", "due"), ("10:00", "overdue"),
    ("23:59", "overdue")])
def test_check_time_window_without_a_check_in(clock, expected):
    assert status(local(f"2026-12-08 {clock}"), FB9) == expected


@pytest.mark.parametrize(("check_in", "counts"), [
    ("08:44", False), ("08:45", True), ("09:30", True), ("09:59", True), ("10:00", False)])
def test_a_check_in_counts_only_inside_the_window(check_in, counts):
    events = [event("check-in", local(f"2026-12-08 {check_in}"), platform="facebook")]
    assert status(local("2026-12-08 12:00"), FB9, events) == ("done" if counts else "overdue")


def test_a_check_in_on_another_platform_or_day_does_not_count():
    events = [event("check-in", local("2026-12-08 09:00"), platform="twitter"),
              event("check-in", local("2026-12-07 09:00"), platform="facebook")]
    assert status(local("2026-12-08 09:30"), FB9, events) == "due"


def test_check_times_follow_the_policy_and_carry_the_local_offset():
    checklist = today(local("2026-12-08 06:00", NAIROBI), zone=NAIROBI)
    checks = {i.id: i.due for i in checklist.items if i.kind == "check-time"}
    assert checks == {
        "check-time-facebook-0900": "2026-12-08T09:00:00+03:00", "check-time-facebook-1700": "2026-12-08T17:00:00+03:00",
        "check-time-twitter-1100": "2026-12-08T11:00:00+03:00", "check-time-twitter-1800": "2026-12-08T18:00:00+03:00",
        "check-time-instagram-1000": "2026-12-08T10:00:00+03:00", "check-time-instagram-1600": "2026-12-08T16:00:00+03:00"}
    assert all(i.auto and i.platform for i in checklist.items if i.kind == "check-time")


def test_a_check_time_ticked_by_hand_is_done_and_an_undo_reopens_it():
    tick = event("item-ticked", local("2026-12-08 09:10"), item=FB9)
    undo = event("item-unticked", local("2026-12-08 09:20"), item=FB9)
    assert status(local("2026-12-08 09:15"), FB9, [tick, undo]) == "done"  # the undo is later than this moment
    assert status(local("2026-12-08 09:25"), FB9, [tick, undo]) == "due"


def test_posts_against_the_minimum_replies_excluded_and_overdue_after_the_day_deadline():
    events = [post(local("2026-12-08 08:00")), post(local("2026-12-08 09:00"), kind="reply"),
              post(local("2026-12-07 23:59"))]
    at_noon = item(today(local("2026-12-08 12:00"), events), "posts-twitter")
    assert (at_noon.status, at_noon.progress.done, at_noon.progress.target) == ("due", 1, 2)
    assert at_noon.due == "2026-12-08T17:00:00+01:00" and at_noon.auto
    assert status(local("2026-12-08 16:59"), "posts-twitter", events) == "due"
    assert status(local("2026-12-08 17:00"), "posts-twitter", events) == "overdue"
    events.append(post(local("2026-12-08 17:30")))
    assert status(local("2026-12-08 17:31"), "posts-twitter", events) == "done"


def test_posts_over_the_ideal_maximum_are_said():
    events = [post(local(f"2026-12-08 0{h}:00"), "facebook") for h in range(1, 5)]
    posts = item(today(local("2026-12-08 12:00"), events), "posts-facebook")
    assert posts.status == "done" and posts.progress.done == 4
    assert "over the ideal maximum of 3" in posts.title
    assert "over" not in item(today(local("2026-12-08 12:00"), events[:3]), "posts-facebook").title


def test_time_on_social_adds_focused_minutes_of_the_day():
    events = [event("focused-time", local("2026-12-08 09:00"), platform="twitter", minutes=20),
              event("focused-time", local("2026-12-08 10:00"), platform="facebook", minutes=9),
              event("focused-time", local("2026-12-07 10:00"), platform="facebook", minutes=50)]
    social = item(today(local("2026-12-08 12:00"), events), "time-on-social")
    assert (social.status, social.progress.done, social.progress.target) == ("due", 29, 30)
    events.append(event("focused-time", local("2026-12-08 11:00"), platform="instagram", minutes=1))
    assert status(local("2026-12-08 12:00"), "time-on-social", events) == "done"
    assert status(local("2026-12-08 17:00"), "time-on-social", events[:2]) == "overdue"


def test_events_after_the_moment_asked_for_are_ignored():
    events = [post(local("2026-12-08 10:00")), post(local("2026-12-08 11:00"))]
    assert item(today(local("2026-12-08 10:30"), events), "posts-twitter").progress.done == 1
