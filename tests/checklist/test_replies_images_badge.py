"""Reply deadlines (crossing midnight), original images, the badge, extra items, the week's figures."""

from __future__ import annotations

import pytest

from postcheck.checklist import Item, build_week
from tests.checklist.support import PARIS, POLICY, event, ids, item, local, post, status, today


def marked(when: str, platform: str = "facebook") -> dict:
    return event("review-marked-negative", local(when), platform=platform)


def test_reply_deadline_crossing_midnight():
    marking = marked("2026-12-07 20:00")
    rid = f"reply-deadline-{marking['id']}"
    evening = item(today(local("2026-12-07 21:00"), [marking]), rid)
    assert (evening.status, evening.due, evening.platform) == ("due", "2026-12-08T20:00:00+01:00", "facebook")
    assert status(local("2026-12-08 19:59"), rid, [marking]) == "due"
    assert status(local("2026-12-08 20:00"), rid, [marking]) == "overdue"
    assert status(local("2026-12-10 09:00"), rid, [marking]) == "overdue"


def test_a_reply_on_that_platform_after_the_marking_clears_it():
    marking = marked("2026-12-07 20:00")
    rid = f"reply-deadline-{marking['id']}"
    not_it = [post(local("2026-12-07 19:00"), "facebook", kind="reply"),  # before the marking
              post(local("2026-12-08 08:00"), "twitter", kind="reply"),   # another platform
              post(local("2026-12-08 08:30"), "facebook")]                # a post, not a reply
    assert status(local("2026-12-08 09:00"), rid, [marking, *not_it]) == "due"
    answered = [marking, *not_it, post(local("2026-12-08 09:00"), "facebook", kind="reply")]
    assert status(local("2026-12-08 10:00"), rid, answered) == "done"
    assert rid not in ids(today(local("2026-12-09 10:00"), answered))


def test_one_reply_answers_the_oldest_open_marking():
    first, second = marked("2026-12-07 10:00"), marked("2026-12-07 11:00")
    reply = post(local("2026-12-07 12:00"), "facebook", kind="reply")
    checklist = today(local("2026-12-07 13:00"), [first, second, reply])
    assert item(checklist, f"reply-deadline-{first['id']}").status == "done"
    assert item(checklist, f"reply-deadline-{second['id']}").status == "due"


def test_a_reply_deadline_ticked_by_hand():
    marking = marked("2026-12-07 10:00")
    rid = f"reply-deadline-{marking['id']}"
    tick = event("item-ticked", local("2026-12-07 10:30"), item=rid)
    assert status(local("2026-12-07 11:00"), rid, [marking, tick]) == "done"
    assert rid not in ids(today(local("2026-12-08 11:00"), [marking, tick]))


def test_original_images_count_the_rotation_kinds_and_name_the_next():
    events = [post(local("2026-12-07 09:00"), media=["infographic"]), post(local("2026-12-07 10:00"), media=["video"]),
              post(local("2026-12-08 09:00"), media=["photo"]), post(local("2026-12-08 10:00"), "instagram",
                                                                  media=["photo"])]
    images = item(today(local("2026-12-08 12:00"), events), "twitter-original-images")
    assert (images.status, images.progress.done, images.progress.target) == ("due", 2, 3)
    assert images.title.endswith("(next: photo with caption)")
    events.append(post(local("2026-12-09 09:00"), media=["photo-with-caption"]))
    assert status(local("2026-12-09 12:00"), "twitter-original-images", events) == "done"


def test_badge_counts_due_and_overdue_and_is_empty_when_all_is_done():
    checklist = today(local("2026-12-08 10:30"))
    open_items = [i for i in checklist.items if i.status in ("due", "overdue")]
    assert checklist.badge.text == str(len(open_items))
    assert checklist.badge.overdue == any(i.status == "overdue" for i in checklist.items)


def test_badge_empty_when_nothing_is_due():
    done = Item(id="account-setup-x", kind="account-setup", platform="twitter", title="Set up", guideline="Setting Up",
                status="done", due=None, progress=None, auto=False)
    from postcheck.checklist import badge
    assert badge([done]).model_dump() == {"text": "", "overdue": False}


def test_extra_items_are_merged_counted_and_must_not_repeat_an_id():
    extra = Item(id="password-rotation-twitter", kind="password-rotation", platform="twitter", title="Rotate",
                 guideline="Security and Privacy", status="overdue", due=None, progress=None, auto=False)
    base = today(local("2026-12-08 10:30"))
    merged = today(local("2026-12-08 10:30"), extra=[extra])
    assert merged.items[-1] == extra and int(merged.badge.text) == int(base.badge.text) + 1
    with pytest.raises(ValueError, match="repeat"):
        today(local("2026-12-08 10:30"), extra=[extra.model_copy(update={"id": "posts-twitter"})])


def test_week_posts_per_day_quotas_and_hashtags_fallback():
    events = [post(local("2026-12-07 00:00")), post(local("2026-12-07 23:59")), post(local("2026-12-09 12:00"), "facebook"),
              post(local("2026-12-09 12:30"), "facebook", kind="reply"), post(local("2026-12-14 00:00"))]
    week = build_week(POLICY, events, local("2026-12-13 12:00"), PARIS)
    assert week.week_start == "2026-12-07" and len(week.days) == 7
    assert week.days[0].posts == {"twitter": 2, "facebook": 0, "instagram": 0}
    assert week.days[2].posts["facebook"] == 1 and week.days[6].posts["twitter"] == 0
    assert week.quotas["twitter"].ideal == (2, 5)
    assert week.official_hashtags.model_dump() == {"tags": [], "source": "none"}
    assert week.check_in_focus_seconds == POLICY.schedule.auto_check_in.focus_seconds
    entered = event("official-hashtags-set", local("2026-12-08 09:00"), hashtags=["Migration"])
    assert build_week(POLICY, [entered], local("2026-12-08 10:00"), PARIS).official_hashtags.source == "week"


def test_a_marking_answered_by_hand_leaves_the_next_reply_to_the_next_marking():
    first, second = marked("2026-12-07 10:00"), marked("2026-12-07 11:00")
    tick = event("item-ticked", local("2026-12-07 11:30"), item=f"reply-deadline-{first['id']}")
    reply = post(local("2026-12-07 12:00"), "facebook", kind="reply")
    checklist = today(local("2026-12-07 13:00"), [first, second, tick, reply])
    assert item(checklist, f"reply-deadline-{first['id']}").status == "done"
    assert item(checklist, f"reply-deadline-{second['id']}").status == "done"
