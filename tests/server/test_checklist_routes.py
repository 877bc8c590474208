"""The checklist through the real server and a real SQLite file: events in, checklist out; the CLI agrees."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from postcheck.paths import policy_override
from postcheck.policy import load_policy
from postcheck.server.config import ServerConfig
from postcheck.store import default_path

MONDAY = "2026-12-07T10:45:00+01:00"


@pytest.fixture
def config(postcheck_home) -> ServerConfig:
    """The workstation's policy says its hours are Paris's (the CLI reads the same override)."""
    path = policy_override()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[schedule]\ntimezone = "Europe/Paris"\n', encoding="utf-8")
    return ServerConfig.for_policy(load_policy(path), default_path(), body_timeout=1.0)


async def _post(client, auth, event: dict) -> dict:
    response = await client.post("/v1/activity", json=event, headers=auth)
    assert response.status == 201, await response.text()
    return await response.json()


async def _today(client, auth, at: str = MONDAY) -> dict:
    response = await client.get("/v1/checklist/today", params={"at": at}, headers=auth)
    assert response.status == 200, await response.text()
    return await response.json()


def _item(answer: dict, item_id: str) -> dict:
    return next(item for item in answer["items"] if item["id"] == item_id)


async def test_events_in_checklist_out(client, auth):
    await _post(client, auth, {"type": "post-published", "platform": "twitter", "hashtags": ["Migration"],
                               "media": ["infographic"], "at": "2026-12-07T08:10:00Z"})
    await _post(client, auth, {"type": "check-in", "platform": "facebook", "at": "2026-12-07T08:05:00Z"})
    await _post(client, auth, {"type": "focused-time", "platform": "twitter", "minutes": 12,
                               "at": "2026-12-07T09:00:00Z"})
    answer = await _today(client, auth)
    assert (answer["date"], answer["timezone"]) == ("2026-12-07", "Europe/Paris")
    assert _item(answer, "posts-twitter")["progress"] == {"done": 1, "target": 2}
    assert _item(answer, "check-time-facebook-0900")["status"] == "done"
    assert _item(answer, "check-time-twitter-1100")["status"] == "due"
    assert _item(answer, "time-on-social")["progress"] == {"done": 12, "target": 30}
    assert _item(answer, "twitter-original-images")["progress"] == {"done": 1, "target": 3}
    assert set(_item(answer, "posts-twitter")) == {"id", "kind", "platform", "title", "guideline", "status", "due",
                                                   "progress", "auto"}
    open_items = [i for i in answer["items"] if i["status"] in ("due", "overdue")]
    assert answer["badge"] == {"text": str(len(open_items)),
                               "overdue": any(i["status"] == "overdue" for i in answer["items"])}


async def test_the_weeks_hashtags_feed_the_official_hashtag_marking(client, auth):
    await _post(client, auth, {"type": "official-hashtags-set", "hashtags": ["WorldRefugeeDay"],
                               "at": "2026-12-07T09:00:00Z"})
    created = await _post(client, auth, {"type": "post-published", "platform": "twitter",
                                         "hashtags": ["worldrefugeeday"], "at": "2026-12-07T09:30:00Z"})
    other = await _post(client, auth, {"type": "post-published", "platform": "twitter", "hashtags": ["Other"],
                                       "at": "2026-12-07T09:40:00Z"})
    # Next week the set no longer applies, and the policy's list (empty) is the fallback.
    next_week = await _post(client, auth, {"type": "post-published", "platform": "twitter",
                                           "hashtags": ["WorldRefugeeDay"], "at": "2026-12-14T09:30:00Z"})
    events = {e["id"]: e for e in (await (await client.get("/v1/activity", headers=auth)).json())["events"]}
    assert events[created["id"]]["official_hashtag"] is True
    assert events[other["id"]]["official_hashtag"] is False
    assert events[next_week["id"]]["official_hashtag"] is False
    answer = await _today(client, auth, "2026-12-07T12:00:00+01:00")
    assert _item(answer, "official-hashtags")["status"] == "done"
    assert _item(answer, "twitter-official-hashtag-tweets")["progress"] == {"done": 1, "target": 5}
    week = await (await client.get("/v1/checklist/week", params={"at": MONDAY}, headers=auth)).json()
    assert week["official_hashtags"] == {"tags": ["WorldRefugeeDay"], "source": "week"}
    assert week["days"][0]["posts"]["twitter"] == 2


async def test_tick_and_undo_change_the_answer(client, auth):
    before = await _today(client, auth)
    assert _item(before, "youtube-comments")["status"] == "due"
    await _post(client, auth, {"type": "item-ticked", "item": "youtube-comments", "at": "2026-12-07T09:00:00Z"})
    ticked = await _today(client, auth)
    assert _item(ticked, "youtube-comments")["status"] == "done"
    assert int(ticked["badge"]["text"]) == int(before["badge"]["text"]) - 1
    await _post(client, auth, {"type": "item-unticked", "item": "youtube-comments", "at": "2026-12-07T09:10:00Z"})
    assert _item(await _today(client, auth), "youtube-comments")["status"] == "due"


async def test_a_tick_for_no_tickable_item_is_refused_and_stores_nothing(client, auth):
    for item in ("water-the-plants", "posts-twitter"):
        response = await client.post("/v1/activity", json={"type": "item-ticked", "item": item}, headers=auth)
        assert response.status == 409
        body = await response.json()
        assert body["error"]["code"] == "not-tickable" and f"'{item}'" in body["error"]["message"]
        assert "youtube-comments" in body["error"]["message"]
    assert (await (await client.get("/v1/activity", headers=auth)).json())["events"] == []


async def test_reply_deadline_through_the_server(client, auth):
    marked = await _post(client, auth, {"type": "review-marked-negative", "platform": "facebook",
                                        "at": "2026-12-06T20:00:00Z"})
    rid = f"reply-deadline-{marked['id']}"
    assert _item(await _today(client, auth), rid)["due"] == "2026-12-07T21:00:00+01:00"
    await _post(client, auth, {"type": "post-published", "platform": "facebook", "kind": "reply",
                               "at": "2026-12-07T08:00:00Z"})
    assert _item(await _today(client, auth), rid)["status"] == "done"


@pytest.mark.parametrize(("at", "message"), [
    ("soon", "at: expected an ISO 8601"), ("2026-12-07T10:45:00", "at: add a timezone"),
    ("0", "at: expected an ISO 8601"), ("1900-01-01T00:00:00Z", "at: expected a year")])
async def test_bad_at_is_a_422_naming_it(client, auth, at, message):
    response = await client.get("/v1/checklist/today", params={"at": at}, headers=auth)
    assert response.status == 422
    assert (await response.json())["error"]["message"].startswith(message)


async def test_activity_never_takes_post_text(client, auth):
    response = await client.post("/v1/activity", json={"type": "review-marked-negative", "platform": "facebook",
                                                       "text": "This is awful"}, headers=auth)
    assert response.status == 422 and "text: unknown field" in (await response.json())["error"]["message"]


async def test_cli_json_equals_the_http_answer(client, auth):
    await _post(client, auth, {"type": "post-published", "platform": "instagram", "at": "2026-12-07T08:10:00Z"})
    await _post(client, auth, {"type": "review-marked-negative", "platform": "facebook", "at": "2026-12-07T07:00:00Z"})
    for at in (MONDAY, "2026-12-11T17:30:00+01:00"):
        http = await _today(client, auth, at)
        cli = subprocess.run([sys.executable, "-m", "postcheck", "checklist", "--at", at, "--json"],
                             env=dict(os.environ), capture_output=True, text=True, timeout=60, check=True)
        assert json.loads(cli.stdout) == http


async def test_cli_tick_is_seen_by_the_server(client, auth):
    at = "2026-12-07T09:00:00+01:00"
    run = [sys.executable, "-m", "postcheck", "checklist", "--at", at]
    done = subprocess.run([*run, "tick", "youtube-comments"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "Ticked" in done.stdout
    assert _item(await _today(client, auth), "youtube-comments")["status"] == "done"
    refused = subprocess.run([*run, "tick", "posts-twitter"], capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "tickable items are" in refused.stderr
    human = subprocess.run(run, capture_output=True, text=True, timeout=60, check=True).stdout
    assert human.startswith("Checklist for 2026-12-07 (Europe/Paris)") and "✔ done     Make sure comments" in human


async def test_answers_match_the_openapi_document(client, auth):
    import jsonschema_rs

    from tests.server.test_openapi import response_schema

    document = await (await client.get("/v1/openapi.json", headers=auth)).json()
    await _post(client, auth, {"type": "review-marked-negative", "platform": "facebook", "at": "2026-12-07T07:00:00Z"})
    cases = [("/v1/checklist/today", "get", client.get("/v1/checklist/today", params={"at": MONDAY}, headers=auth)),
             ("/v1/checklist/week", "get", client.get("/v1/checklist/week", headers=auth)),
             ("/v1/checklist/today", "get", client.get("/v1/checklist/today", params={"at": "soon"}, headers=auth)),
             ("/v1/activity", "post", client.post("/v1/activity", json={"type": "item-ticked", "item": "nope"},
                                                  headers=auth))]
    for path, method, request in cases:
        response = await request
        schema = response_schema(document, path, method, response.status)
        jsonschema_rs.Draft202012Validator(schema, validate_formats=True).validate(await response.json())


@pytest.mark.parametrize("minutes, status", [("1.0", 201), ("30.0", 201), ("1.5", 422), ('"1"', 422),
                                             ("true", 422), ("1e300", 422), ("0.0", 422)])
async def test_focused_minutes_take_what_the_documents_integer_takes(client, auth, minutes, status):
    # JSON Schema's integer is a number without a fractional part: 1.0 is one (schemathesis sent it); 1.5 is not.
    body = f'{{"type": "focused-time", "platform": "twitter", "minutes": {minutes}, "at": "2026-12-07T09:00:00Z"}}'
    response = await client.post("/v1/activity", data=body, headers={**auth, "Content-Type": "application/json"})
    assert response.status == status, await response.text()
    if status == 201:
        answer = await _today(client, auth)
        assert _item(answer, "time-on-social")["progress"] == {"done": int(float(minutes)), "target": 30}
    else:
        assert "minutes" in (await response.json())["error"]["message"]
        assert (await (await client.get("/v1/activity", headers=auth)).json())["events"] == []
