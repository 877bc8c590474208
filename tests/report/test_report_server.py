"""The sample week (tests/report/sample.py) through the real server and SQLite: every figure against a hand count."""

from __future__ import annotations

import csv
import io
import json

from postcheck.report.models import OcuReport
from postcheck.report.table import COLUMNS
from tests.report.sample import MISSION, NOW, TAGS, sample_week


async def record(client, auth, events) -> None:
    for event in events:
        response = await client.post("/v1/activity", json=event, headers=auth)
        assert response.status == 201, (event, await response.text())


async def get_report(client, auth, **params) -> OcuReport:
    response = await client.get("/v1/report", params={"format": "json", "at": NOW, **params}, headers=auth)
    assert response.status == 200, await response.text()
    assert response.content_type == "application/json"
    return OcuReport.model_validate_json(await response.text())


async def test_week_figures_match_the_hand_count(client, auth):
    await record(client, auth, sample_week())
    report = await get_report(client, auth, week="2026-W49")
    assert (report.mission, report.period, report.first, report.last, report.timezone, report.empty) == \
        (MISSION, "2026-W49", "2026-11-30", "2026-12-06", "Europe/Paris", False)

    posts = {p.platform: p for p in report.posts.platforms}
    assert posts["twitter"].per_day == [2, 3, 1, 2, 6, 0, 2]
    assert posts["facebook"].per_day == [1, 1, 1, 0, 2, 0, 0]
    assert posts["instagram"].per_day == [1, 0, 1, 0, 1, 0, 0]
    assert [(p.total, p.days_at_minimum, p.days_in_band, p.days_over_band) for p in posts.values()] == \
        [(16, 5, 4, 1), (5, 4, 4, 0), (3, 3, 3, 0)]
    assert (posts["twitter"].minimum, posts["twitter"].ideal) == (2, (2, 5))

    checks = {p.platform: (p.kept, p.due, p.percent) for p in report.check_times.platforms}
    assert checks == {"facebook": (9, 14, 64.3), "twitter": (8, 14, 57.1), "instagram": (4, 14, 28.6)}
    thursday = {(s.platform, s.time): s for s in report.check_times.days[3].slots}
    assert thursday["twitter", "18:00"].state == "kept"
    assert thursday["twitter", "18:00"].at.startswith("2026-12-03T18:20")
    tuesday = {(s.platform, s.time): s.state for s in report.check_times.days[1].slots}
    assert tuesday["twitter", "18:00"] == "missed"
    monday = {(s.platform, s.time): s.state for s in report.check_times.days[0].slots}
    assert monday["instagram", "16:00"] == "missed"

    week = report.weeks[0]
    assert (week.official_hashtags, week.hashtags_source) == (TAGS, "week")
    assert [(t.platform, t.count, t.target, t.met) for t in week.hashtag_targets] == \
        [("twitter", 5, 5, True), ("instagram", 1, 2, False)]
    assert [(p.at[:16], p.platform, p.hashtags) for p in week.tagged_posts] == [
        ("2026-11-30T09:30", "twitter", ["MigrantsDay"]), ("2026-12-01T12:00", "twitter", ["WithRefugees"]),
        ("2026-12-02T13:00", "instagram", ["MigrantsDay"]),
        ("2026-12-03T14:00", "twitter", ["MigrantsDay", "WithRefugees"]),  # not Kenya: not official
        ("2026-12-04T10:00", "twitter", ["MigrantsDay"]), ("2026-12-04T11:00", "facebook", ["MigrantsDay"]),
        ("2026-12-04T15:00", "twitter", ["migrantsday"])]  # case does not matter
    images = week.images[0]
    assert (images.platform, images.count, images.target, images.met) == ("twitter", 4, 3, True)
    assert images.sequence == ["infographic", "photo", "photo", "photo-with-caption"]
    assert (images.in_turn, images.turns) == (2, 3)
    assert images.by_kind == {"infographic": 1, "photo": 2, "photo-with-caption": 1}

    replies = report.replies
    assert (replies.marked, replies.within, replies.late, replies.unanswered, replies.open) == (4, 2, 1, 1, 0)
    assert [(r.platform, r.minutes, r.state) for r in replies.reviews] == [
        ("facebook", 270, "within"), ("facebook", 2220, "late"), ("instagram", None, "unanswered"),
        ("facebook", 600, "within")]
    assert replies.median_minutes == 600

    trend = {w.week: w for w in report.findings.weeks}
    assert list(trend) == ["2026-W46", "2026-W47", "2026-W48", "2026-W49"]
    assert [trend[w].reported for w in trend] == [False, False, False, True]
    assert (trend["2026-W49"].published, trend["2026-W49"].with_finding, trend["2026-W49"].clean_percent) == \
        (27, 5, 81.5)
    assert trend["2026-W49"].families == {"length": 2, "hashtags": 1, "safety": 1, "links": 1, "reply": 1}
    assert (trend["2026-W48"].published, trend["2026-W48"].with_finding, trend["2026-W48"].clean_percent) == \
        (4, 2, 50.0)
    assert (trend["2026-W47"].published, trend["2026-W47"].clean_percent) == (0, None)

    assert [(d.duty, d.state, d.due[:16], (d.done_at or "")[:16]) for d in report.duties] == [
        ("guidelines-review", "not-done", "2026-06-30T17:00", ""),
        ("official-hashtags", "on-time", "2026-11-30T11:00", "2026-11-30T08:50"),
        ("facebook-demographics", "late", "2026-12-01T17:00", "2026-12-02T10:00"),
        ("youtube-comments", "not-done", "2026-12-04T17:00", "")]


async def test_csv_holds_the_json_figures_and_reads_back(client, auth):
    await record(client, auth, sample_week())
    report = await get_report(client, auth, week="2026-W49")
    response = await client.get("/v1/report", params={"week": "2026-W49", "format": "csv", "at": NOW}, headers=auth)
    assert response.status == 200 and response.content_type == "text/csv"
    assert 'filename="postcheck-report-2026-W49.csv"' in response.headers["Content-Disposition"]
    text = await response.text()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == COLUMNS

    def values(metric: str, key: str = "") -> list[str]:
        return [r["value"] for r in rows if r["metric"] == metric and r["key"] == key]

    assert values("posts-per-day", "twitter") == [str(n) for n in [2, 3, 1, 2, 6, 0, 2]]
    assert values("total", "facebook") == ["5"]
    assert values("kept-percent", "instagram") == ["28.6"]
    assert values("posts-with-official-hashtag", "instagram") == ["1"]
    assert values("image-kind", "twitter") == ["infographic", "photo", "photo", "photo-with-caption"]
    assert [r["value"] for r in rows if r["metric"] == "time-to-reply"] == ["270", "2220", "", "600"]
    assert [(r["key"], r["state"]) for r in rows if r["metric"] == "duty"] == [
        ("guidelines-review", "not-done"), ("official-hashtags", "on-time"), ("facebook-demographics", "late"),
        ("youtube-comments", "not-done")]
    # The same figures as the JSON, row by row: every per-day count, check time and family.
    expected = {(p.platform, day, str(n)) for p in report.posts.platforms
                for day, n in zip(report.posts.dates, p.per_day)}
    assert {(r["key"], r["date"], r["value"]) for r in rows if r["metric"] == "posts-per-day"} == expected
    kept = sum(r["value"] == "1" for r in rows if r["metric"] == "check-time")
    assert kept == sum(p.kept for p in report.check_times.platforms) == 21
    family_rows = {(r["week"], r["key"]): int(r["value"]) for r in rows if r["metric"] == "posts-with-finding"}
    assert family_rows[("2026-W49", "length")] == 2 and family_rows[("2026-W49", "tone")] == 0
    assert all(r["title"] for r in rows)


async def test_json_round_trips_and_html_is_served_self_contained(client, auth):
    await record(client, auth, sample_week())
    report = await get_report(client, auth, week="2026-W49")
    assert OcuReport.model_validate_json(report.model_dump_json()) == report
    assert OcuReport.model_validate(json.loads(report.model_dump_json())) == report
    response = await client.get("/v1/report", params={"week": "2026-W49", "at": NOW}, headers=auth)
    assert response.status == 200 and response.content_type == "text/html"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert MISSION in await response.text()


async def test_month_figures_match_the_hand_count(client, auth):
    await record(client, auth, sample_week())
    report = await get_report(client, auth, month="2026-12", at="2027-01-05T09:00:00+01:00")
    assert (report.kind, report.first, report.last, len(report.posts.dates)) == \
        ("month", "2026-12-01", "2026-12-31", 31)
    posts = {p.platform: p for p in report.posts.platforms}
    # Monday 30 November is W49 but not December: its 2 tweets, 1 Facebook and 1 Instagram post are not in the days.
    assert (posts["twitter"].total, posts["facebook"].total, posts["instagram"].total) == (14, 4, 2)
    assert posts["twitter"].per_day[:6] == [3, 1, 2, 6, 0, 2] and set(posts["twitter"].per_day[6:]) == {0}
    assert posts["twitter"].days_at_minimum == 4 and posts["twitter"].days == 31
    # Weekly figures: the ISO weeks whose Thursday is in December, W49 (from 30 Nov) to W53 (to 3 Jan), each whole.
    assert [w.week for w in report.weeks] == ["2026-W49", "2026-W50", "2026-W51", "2026-W52", "2026-W53"]
    assert report.weeks[0].hashtag_targets[0].count == 5
    assert [w.hashtags_source for w in report.weeks] == ["week", "none", "none", "none", "none"]
    assert [w.week for w in report.findings.weeks][:4] == ["2026-W46", "2026-W47", "2026-W48", "2026-W49"]
    # The Sunday 6 December marking is in the month; the Monday 30 November one is not.
    replies = report.replies
    assert (replies.marked, replies.within, replies.late, replies.unanswered) == (3, 1, 1, 1)
    states = [(d.duty, d.state) for d in report.duties]
    assert states.count(("youtube-comments", "not-done")) == 5
    assert ("official-hashtags", "on-time") in states and states.count(("official-hashtags", "not-done")) == 4
    assert ("facebook-demographics", "late") in states and ("guidelines-review", "not-done") in states
    assert len(states) == 12
    # December's check times: Facebook 09:00 Tue–Fri + 17:00 Tue–Thu; Twitter 11:00 Tue–Fri + 18:00 Wed and Thu
    # (ticked); Instagram 10:00 Wed and Fri + 16:00 Wed. 31 days × 2 times each.
    checks = {p.platform: (p.kept, p.due) for p in report.check_times.platforms}
    assert checks == {"facebook": (7, 62), "twitter": (6, 62), "instagram": (3, 62)}


async def test_empty_week_says_no_activity_recorded(client, auth):
    await record(client, auth, sample_week())
    report = await get_report(client, auth, week="2026-W47")
    assert report.empty is True
    html = await (await client.get("/v1/report", params={"week": "2026-W47", "at": NOW}, headers=auth)).text()
    body = html.split("</style>", 1)[1]
    assert "No activity recorded in this period." in body
    assert "0 / " not in body and "0%" not in body and "<svg" not in body and "<table" not in body
    text = await (await client.get("/v1/report", params={"week": "2026-W47", "format": "csv", "at": NOW},
                                   headers=auth)).text()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["metric"] for r in rows][-1] == "no-activity" and not any(r["section"] == "posts" for r in rows)


async def test_default_is_the_last_complete_week(client, auth):
    await record(client, auth, sample_week())
    response = await client.get("/v1/report", params={"format": "json", "at": NOW}, headers=auth)
    assert json.loads(await response.text())["period"] == "2026-W49"


async def test_bad_parameters_get_a_422_naming_them(client, auth):
    for params, field in (({"week": "2026-49"}, "week: "), ({"month": "2026-13"}, "month: "),
                          ({"week": "2021-W53"}, "week: "), ({"format": "pdf"}, "format: "),
                          ({"week": "2026-W49", "month": "2026-12"}, "week: "), ({"colour": "red"}, "colour: "),
                          ({"at": "tomorrow"}, "at: ")):
        response = await client.get("/v1/report", params=params, headers=auth)
        assert response.status == 422, params
        assert (await response.json())["error"]["message"].startswith(field), params


async def test_answers_match_the_openapi_document(client, auth):
    import jsonschema_rs
    from openapi_spec_validator import validate as validate_openapi

    await record(client, auth, sample_week())
    document = await (await client.get("/v1/openapi.json", headers=auth)).json()
    validate_openapi(document)
    operation = document["paths"]["/v1/report"]["get"]
    schema = {**operation["responses"]["200"]["content"]["application/json"]["schema"],
              "components": document["components"]}
    for params in ({"week": "2026-W49"}, {"month": "2026-12"}, {"week": "2026-W47"}):
        response = await client.get("/v1/report", params={"format": "json", "at": NOW, **params}, headers=auth)
        jsonschema_rs.Draft202012Validator(schema, validate_formats=True).validate(await response.json())
    assert set(operation["responses"]["200"]["content"]) == {"text/html", "text/csv", "application/json"}
    error = await client.get("/v1/report", params={"week": "soon"}, headers=auth)
    error_schema = {**operation["responses"]["422"]["content"]["application/json"]["schema"],
                    "components": document["components"]}
    jsonschema_rs.Draft202012Validator(error_schema).validate(await error.json())
