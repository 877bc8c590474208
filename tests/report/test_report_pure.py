"""The pure builder with frozen clocks: DST weeks in Europe/Paris, periods, the three languages' words, and the
keystroke path (the helper never loads the renderers until a report is asked for)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from datetime import date, datetime
from importlib import resources
from itertools import count

import pytest

from postcheck.policy import load_policy
from postcheck.report import Period, PeriodError, build_report
from postcheck.report.messages import LANGUAGES, messages
from tests.report.sample import PARIS

POLICY = load_policy()
_ids = count(1)


def utc(text: str) -> str:
    return datetime.fromisoformat(text + "+00:00").isoformat()


def event(event_type: str, when: str, **fields) -> dict:
    return {"id": next(_ids), "type": event_type, "at": utc(when), **fields}


def slots(report, day: int) -> dict:
    return {(s.platform, s.time): s.state for s in report.check_times.days[day].slots}


def test_spring_forward_week_counts_local_days_and_real_elapsed_time():
    # 2026-W13: Sunday 29 March, 02:00 CET becomes 03:00 CEST; that day has 23 hours.
    events = [
        event("post-published", "2026-03-22 23:30", platform="twitter"),   # Mon 23 Mar 00:30 CET: Monday
        event("post-published", "2026-03-29 21:59", platform="twitter"),   # Sun 23:59 CEST: Sunday
        event("post-published", "2026-03-29 22:30", platform="twitter"),   # Mon 30 Mar 00:30 CEST: next week
        event("check-in", "2026-03-28 08:05", platform="facebook"),        # Sat 09:05 CET: 09:00 kept
        event("check-in", "2026-03-29 07:05", platform="facebook"),        # Sun 09:05 CEST: 09:00 kept
        event("check-in", "2026-03-29 08:05", platform="instagram"),       # Sun 10:05 CEST: 10:00 kept
        event("review-marked-negative", "2026-03-28 11:00", platform="facebook"),   # Sat 12:00 CET
        event("post-published", "2026-03-29 10:30", platform="facebook", kind="reply"),  # Sun 12:30 CEST
    ]
    report = build_report(POLICY, events, Period.parse("2026-W13"), datetime.fromisoformat(utc("2026-04-01 08:00")),
                          PARIS)
    twitter = report.posts.platforms[0]
    assert (twitter.platform, twitter.per_day) == ("twitter", [1, 0, 0, 0, 0, 0, 1])
    assert slots(report, 5)["facebook", "09:00"] == "kept" and slots(report, 6)["facebook", "09:00"] == "kept"
    assert slots(report, 6)["instagram", "10:00"] == "kept"
    assert report.check_times.days[6].slots[0].at == "2026-03-29T09:05:00+02:00"
    # 24½ hours on the wall clock, 23½ hours that really passed: within the 24-hour rule.
    assert [(r.minutes, r.state) for r in report.replies.reviews] == [(1410, "within")]


def test_fall_back_week_has_a_25_hour_sunday():
    # 2026-W43: Sunday 25 October, 03:00 CEST becomes 02:00 CET.
    events = [
        event("check-in", "2026-10-25 07:05", platform="facebook"),   # 08:05 CET: before the 09:00 window
        event("check-in", "2026-10-25 08:05", platform="twitter"),    # 09:05 CET: no Twitter time then
        event("check-in", "2026-10-24 07:05", platform="facebook"),   # Sat 09:05 CEST: kept
        event("post-published", "2026-10-25 22:59", platform="instagram"),   # Sun 23:59 CET
        event("post-published", "2026-10-25 23:00", platform="instagram"),   # Mon 26 Oct 00:00 CET: next week
        event("post-published", "2026-10-18 22:30", platform="instagram"),   # Mon 19 Oct 00:30 CEST
    ]
    report = build_report(POLICY, events, Period.parse("2026-W43"), datetime.fromisoformat(utc("2026-10-27 12:00")),
                          PARIS)
    instagram = {p.platform: p for p in report.posts.platforms}["instagram"]
    assert instagram.per_day == [1, 0, 0, 0, 0, 0, 1]
    assert slots(report, 6)["facebook", "09:00"] == "missed" and slots(report, 5)["facebook", "09:00"] == "kept"
    assert report.check_times.platforms[0].kept == 1


def test_a_period_not_over_counts_only_what_is_over():
    events = [event("post-published", "2026-12-01 09:00", platform="twitter")]
    report = build_report(POLICY, events, Period.parse("2026-W49"), datetime.fromisoformat(utc("2026-12-02 12:00")),
                          PARIS)
    twitter = report.posts.platforms[0]
    assert twitter.per_day == [0, 1, None, None, None, None, None] and twitter.days == 2
    wednesday = slots(report, 2)
    assert wednesday["facebook", "09:00"] == "missed" and wednesday["facebook", "17:00"] == "upcoming"
    assert {d.duty: d.state for d in report.duties}["youtube-comments"] == "not-due"


def test_periods():
    assert (Period.parse("2026-W49").first, Period.parse("2026-W49").last) == (date(2026, 11, 30), date(2026, 12, 6))
    assert Period.parse("2026-W53").first == date(2026, 12, 28)
    assert [m.isoformat() for m in Period.parse("2026-02").weeks] == ["2026-02-02", "2026-02-09", "2026-02-16",
                                                                       "2026-02-23"]
    # ISO 8601 gives W53 of 2026 (28 Dec – 3 Jan) to December: January 2027 starts with W01.
    assert Period.parse("2027-01").weeks[0] == date(2027, 1, 4)
    # Monday 00:30 in Paris is still Sunday in UTC: the last complete week is the Paris one.
    assert Period.last_complete_week(datetime.fromisoformat(utc("2026-12-06 23:30")), PARIS).label == "2026-W49"
    for text, words in (("2021-W53", "has no ISO week 53"), ("2026-13", "from 01 to 12"), ("W49", "expected an ISO"),
                        ("1900-01", "year from 1971")):
        with pytest.raises(PeriodError, match=words):
            Period.parse(text)


def test_every_language_has_every_word_and_no_other():
    keys = {language: set(messages(language)) for language in LANGUAGES}
    assert keys["fr"] == keys["en"] == keys["es"]
    for language in LANGUAGES:
        words = messages(language)
        assert len(words["weekdays"]) == 7 and len(words["months"]) == 12
        # Every family the report lists and every rotation kind and duty of the policy has a name.
        assert all(f"kind.{kind}" in words for kind in POLICY.images.rotation)
        assert all(f"duty.{d.kind}" in words for d in POLICY.schedule.duties
                   if d.kind in ("official-hashtags", "youtube-comments", "demographics", "guidelines-review"))
    raw = resources.files("postcheck.report").joinpath("messages", "en.toml").read_text(encoding="utf-8")
    assert tomllib.loads(raw)["title"]["empty"] == "No activity recorded in this period."


def test_the_helper_loads_no_renderer_until_a_report_is_asked_for():
    code = ("import sys; from postcheck.server import create_app; from postcheck.server.config import ServerConfig;"
            "from postcheck.policy import load_policy; from pathlib import Path;"
            "create_app(ServerConfig.for_policy(load_policy(), Path('unused.sqlite3')));"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jinja2', 'markupsafe')"
            " or m in ('postcheck.report.html', 'postcheck.report.table')))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"
