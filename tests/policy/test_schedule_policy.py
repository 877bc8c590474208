"""The [schedule] additions: each has its guideline section, bad values are refused with the file and key named."""

from __future__ import annotations

from pathlib import Path

import pytest

from postcheck.localzone import local_zone
from postcheck.paths import policy_override
from postcheck.policy import PolicyError, load_policy


def _override(text: str) -> Path:
    path = policy_override()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_schedule_tables_name_their_sections_and_duties_their_checklist_kind():
    schedule = load_policy().schedule
    for table in (schedule.check_window, schedule.deadlines, schedule.auto_check_in, schedule.reminders):
        assert table.section
    assert (schedule.check_window.before_minutes, schedule.check_window.after_minutes) == (15, 60)
    assert schedule.auto_check_in.focus_seconds == 60
    kinds = {duty.id: duty.kind for duty in schedule.duties if duty.kind}
    assert kinds["youtube-comments"] == "youtube-comments" and kinds["facebook-demographics"] == "demographics"
    assert sorted(set(kinds.values())) == ["demographics", "guidelines-review", "official-hashtags",
                                           "weekly-official-hashtag-posts", "weekly-original-images",
                                           "youtube-comments"]


@pytest.mark.parametrize(("text", "key", "message"), [
    ('[schedule]\ntimezone = "Mars/Olympus"\n', "schedule.timezone", "unknown time zone"),
    ('[schedule.check_times]\nfacebook = ["9h00"]\n', "schedule.check_times.facebook.0", "should match pattern"),
    ('[schedule.deadlines]\nday = "24:00"\n', "schedule.deadlines.day", "should match pattern"),
    ('[schedule.deadlines]\nweek_weekday = "someday"\n', "schedule.deadlines.week_weekday", "Input should be"),
    ('[schedule.auto_check_in]\nfocus_seconds = 0\n', "schedule.auto_check_in.focus_seconds", "greater than 0"),
    ('[schedule.check_window]\nbefore = 10\n', "schedule.check_window.before", "unknown key"),
])
def test_bad_schedule_values_name_the_file_and_key(postcheck_home, text, key, message):
    path = _override(text)
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert f"{path}: {key}: " in str(caught.value) and message in str(caught.value)


def test_the_zone_is_the_policys_when_it_names_one(postcheck_home, monkeypatch):
    assert local_zone(load_policy(_override('[schedule]\ntimezone = "Africa/Nairobi"\n'))).key == "Africa/Nairobi"
    import tzlocal

    monkeypatch.setenv("TZ", "America/Bogota")
    tzlocal.reload_localzone()  # tzlocal reads the system once per process
    try:
        assert local_zone(load_policy()).key == "America/Bogota"
    finally:
        monkeypatch.delenv("TZ")
        tzlocal.reload_localzone()
