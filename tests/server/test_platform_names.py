"""The HTTP API takes `x` and any case for a platform, answers with the canonical name, and its document says so."""

from __future__ import annotations

import jsonschema_rs

from postcheck import check as engine_check
from tests.server.conftest import TWEET


async def test_check_accepts_x_and_any_case_and_reports_twitter(client, auth):
    expected = engine_check(TWEET, "twitter").model_dump(mode="json")
    for name in ("x", "X", "Twitter", "TWITTER"):
        response = await client.post("/v1/check", json={"text": TWEET, "platform": name}, headers=auth)
        assert response.status == 200, await response.text()
        body = await response.json()
        assert body["platform"] == "twitter" and body == expected


async def test_activity_stores_the_canonical_name(client, auth):
    for name in ("X", "Instagram"):
        response = await client.post("/v1/activity", json={"type": "check-in", "platform": name}, headers=auth)
        assert response.status == 201, await response.text()
    events = (await (await client.get("/v1/activity", headers=auth)).json())["events"]
    assert [event["platform"] for event in events] == ["twitter", "instagram"]


async def test_other_names_are_still_refused_naming_the_field(client, auth):
    for name in ("myspace", "x.com", " x", "faceboo\u212a"):
        response = await client.post("/v1/check", json={"text": "hi", "platform": name}, headers=auth)
        assert response.status == 422
        assert (await response.json())["error"]["message"].startswith("platform: ")


async def test_the_document_promises_what_the_server_accepts(client, auth):
    document = await (await client.get("/v1/openapi.json", headers=auth)).json()
    schemas = document["components"]["schemas"]
    request = jsonschema_rs.Draft202012Validator({**schemas["CheckRequest"], "components": document["components"]})
    for name in ("x", "X", "Twitter", "facebook", "INSTAGRAM", "YouTube"):
        assert request.is_valid({"text": "hi", "platform": name})
    for name in ("myspace", "x.com", " x"):
        assert not request.is_valid({"text": "hi", "platform": name})
    assert "x means twitter" in schemas["CheckRequest"]["properties"]["platform"]["description"]
    # Responses only ever carry the canonical name.
    report_platform = schemas["StoredEvent"]["properties"]["platform"]
    assert "twitter" in str(report_platform) and "pattern" not in str(report_platform)


async def test_a_blank_draft_has_no_findings_and_says_it_was_not_checked(client, auth):
    for text in ("", "   ", "\n\t \u200b\ufeff"):
        response = await client.post("/v1/check", json={"text": text, "platform": "twitter"}, headers=auth)
        body = await response.json()
        assert response.status == 200 and body["findings"] == [] and body["stats"]["blank"] is True
    body = await (await client.post("/v1/check", json={"text": "Hello", "platform": "x"}, headers=auth)).json()
    assert body["stats"]["blank"] is False
