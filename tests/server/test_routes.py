"""Every endpoint against the real app on a real port: what it answers, and that bad input changes nothing."""

from __future__ import annotations

import json

from postcheck import check as engine_check
from postcheck.api import default_engine
from postcheck.paths import policy_override
from postcheck.policy import load_policy
from postcheck.server import create_app
from postcheck.server.config import ServerConfig
from postcheck.store import ActivityStore, default_path
from tests.server.conftest import TWEET
from tests.support.signing import signing_middleware


async def test_health(client, auth):
    response = await client.get("/v1/health", headers=auth)
    assert response.status == 200
    assert await response.json() == {"status": "ok", "version": "0.1.0"}


async def test_check_returns_the_engines_report(client, auth):
    response = await client.post("/v1/check", json={"text": TWEET, "platform": "twitter"}, headers=auth)
    assert response.status == 200
    assert await response.json() == json.loads(engine_check(TWEET, "twitter", "post").model_dump_json())


async def test_check_reply_kind_and_other_platform(client, auth):
    text = "Dear Ana, thank you for your message. ^IOM"
    response = await client.post("/v1/check", json={"text": text, "platform": "facebook", "kind": "reply"},
                                 headers=auth)
    body = await response.json()
    assert (body["platform"], body["kind"]) == ("facebook", "reply")
    assert body == json.loads(engine_check(text, "facebook", "reply").model_dump_json())


async def test_check_reply_to_a_named_person_takes_the_prefilled_mention_as_the_greeting(client, auth):
    text = "Maria Lopez thank you for your message, we are looking into it. –L"
    body = {"text": text, "platform": "facebook", "kind": "reply"}
    without = await (await client.post("/v1/check", json=body, headers=auth)).json()
    named = await (await client.post("/v1/check", json={**body, "addressee": "Maria Lopez"}, headers=auth)).json()
    assert "reply.missing-greeting" in {f["rule"] for f in without["findings"]}
    assert "reply.missing-greeting" not in {f["rule"] for f in named["findings"]}
    assert named == json.loads(engine_check(text, "facebook", "reply", addressee="Maria Lopez").model_dump_json())
    for wrong, why in ((12, "addressee: "), ("x" * 201, "addressee: ")):
        response = await client.post("/v1/check", json={**body, "addressee": wrong}, headers=auth)
        assert response.status == 422 and (await response.json())["error"]["message"].startswith(why)


async def test_check_answers_in_the_extension_language(client, auth):
    text = "Call Amal on +254 712 345 678 #a #b #c #d"
    english = await (await client.post("/v1/check", json={"text": text, "platform": "twitter"}, headers=auth)).json()
    french = await (await client.post("/v1/check", json={"text": text, "platform": "twitter", "lang": "fr"},
                                      headers=auth)).json()
    assert [(f["rule"], f["start"], f["end"], f["guideline"]) for f in french["findings"]] == [
        (f["rule"], f["start"], f["end"], f["guideline"]) for f in english["findings"]]
    assert french["findings"][0]["message"].startswith("« +254 712 345 678 » est un numéro de téléphone")
    refused = await client.post("/v1/check", json={"text": text, "platform": "twitter", "lang": "de"}, headers=auth)
    assert refused.status == 422 and (await refused.json())["error"]["message"].startswith("lang: ")


async def test_check_lone_surrogate_is_checked_as_replacement_char_with_the_same_offsets(client, auth):
    raw = '{"text": "\\ud800 #a #b #c #d", "platform": "twitter"}'
    response = await client.post("/v1/check", data=raw, headers={**auth, "Content-Type": "application/json"})
    assert response.status == 200
    body = await response.json()
    # U+FFFD, like the lone surrogate, is one UTF-16 unit: "#a" starts at index 2 in the browser's string too.
    assert body["stats"]["hashtags"][0] == {"text": "a", "start": 2, "end": 4}
    assert body == json.loads(engine_check("\ufffd #a #b #c #d").model_dump_json())


async def test_check_huge_text_within_the_limit(client, auth):
    text = ("word #tag @someone https://example.org/a " * 6000)[:200_000]
    response = await client.post("/v1/check", json={"text": text, "platform": "twitter"}, headers=auth)
    assert response.status == 200
    body = await response.json()
    assert body["stats"]["length"] > 280
    assert any(f["rule"] == "length.over-limit" for f in body["findings"])


async def test_check_unknown_platform_names_the_field(client, auth):
    response = await client.post("/v1/check", json={"text": "hi", "platform": "myspace"}, headers=auth)
    assert response.status == 422
    assert (await response.json())["error"]["message"].startswith("platform: ")


async def test_check_wrong_types_name_each_field(client, auth):
    response = await client.post("/v1/check", json={"text": 12, "platform": "twitter", "kind": "poem"}, headers=auth)
    message = (await response.json())["error"]["message"]
    assert response.status == 422
    assert "text: " in message and "kind: " in message


async def test_activity_round_trip_with_server_stamped_time(client, auth, config):
    events = [
        {"type": "post-published", "platform": "twitter", "hashtags": ["WorldRefugeeDay"], "official_hashtag": True,
         "media": ["infographic"], "rules_shown": ["hashtags.too-many"]},
        {"type": "check-in", "platform": "facebook", "at": "2026-11-24T09:00:00+01:00"},
        {"type": "duty-ticked", "duty": "record-statistics"},
    ]
    ids = []
    for event in events:
        response = await client.post("/v1/activity", json=event, headers=auth)
        assert response.status == 201
        ids.append((await response.json())["id"])
    listed = (await (await client.get("/v1/activity", headers=auth)).json())["events"]
    by_id = {event["id"]: event for event in listed}
    assert sorted(by_id) == sorted(ids)
    assert by_id[ids[1]]["at"] == "2026-11-24T08:00:00.000000Z"
    assert by_id[ids[0]]["hashtags"] == ["WorldRefugeeDay"] and by_id[ids[0]]["media"] == ["infographic"]
    assert by_id[ids[2]]["duty"] == "record-statistics" and by_id[ids[2]]["at"].endswith("Z")
    # The real SQLite file holds them, in the data dir.
    store = ActivityStore(config.db_path)
    assert store.count() == 3 and store.get(ids[0])["official_hashtag"] is True
    store.close()


async def test_activity_since_filters_by_when_it_happened(client, auth):
    for at in ("2026-01-01T00:00:00Z", "2026-06-01T00:00:00Z"):
        await client.post("/v1/activity", json={"type": "check-in", "platform": "twitter", "at": at}, headers=auth)
    response = await client.get("/v1/activity", params={"since": "2026-03-01T00:00:00+00:00"}, headers=auth)
    assert [e["at"] for e in (await response.json())["events"]] == ["2026-06-01T00:00:00.000000Z"]
    limited = await client.get("/v1/activity", params={"limit": "1"}, headers=auth)
    assert len((await limited.json())["events"]) == 1


async def test_activity_refuses_text_and_stores_nothing(client, auth, config):
    bad = [
        ({"type": "post-published", "platform": "twitter", "text": "our draft"}, "text: unknown field"),
        ({"type": "check-in", "platform": "bebo"}, "platform: "),
        ({"type": "duty-ticked", "duty": "water-the-plants"}, "duty: unknown duty 'water-the-plants'"),
        ({"type": "tweeted"}, "type: "),
        ({"platform": "twitter"}, "type: "),
        ({"type": "check-in", "platform": "twitter", "at": "2026-11-24T09:00:00"}, "at: "),
        ({"type": "post-published", "platform": "twitter", "hashtags": ["#Hash"]}, "hashtags[0]: "),
        # U+0085 (NEL): whitespace to Python's \s but not to JSON Schema's; refused, as the document now says.
        ({"type": "post-published", "platform": "twitter", "hashtags": ["Día\u0085"]}, "hashtags[0]: "),
        ({"type": "post-published", "platform": "twitter", "official_hashtag": [1]}, "official_hashtag: "),
        ([1, 2], "body: "),
    ]
    for body, start in bad:
        response = await client.post("/v1/activity", json=body, headers=auth)
        assert response.status == 422, body
        assert (await response.json())["error"]["message"].startswith(start), body
    raw = '{"type": "post-published", "platform": "twitter", "hashtags": ["a\\udc00"]}'
    response = await client.post("/v1/activity", data=raw, headers={**auth, "Content-Type": "application/json"})
    assert response.status == 422
    assert (await response.json())["error"]["message"] == "hashtags[0]: contains a lone UTF-16 surrogate: send " \
                                                          "well-formed text"
    store = ActivityStore(config.db_path)
    assert store.count() == 0
    store.close()


async def test_activity_query_errors_name_the_parameter(client, auth):
    for params, start in (({"since": "yesterday"}, "since: "), ({"since": "2026-11-24T00:00:00"}, "since: add a"),
                          ({"limit": "0"}, "limit: "), ({"limit": "²"}, "limit: ")):
        response = await client.get("/v1/activity", params=params, headers=auth)
        assert response.status == 422
        assert (await response.json())["error"]["message"].startswith(start)


async def test_get_changes_nothing(client, auth, config):
    for path in ("/v1/activity", "/v1/health", "/v1/templates", "/v1/openapi.json", "/v1/check"):
        await client.get(path, headers=auth)
    store = ActivityStore(config.db_path)
    assert store.count() == 0
    store.close()
    assert (await client.get("/v1/check", headers=auth)).status == 405


async def test_openapi_is_served(client, auth):
    document = await (await client.get("/v1/openapi.json", headers=auth)).json()
    assert document["openapi"] == "3.1.0"
    assert set(document["paths"]) == {"/v1/check", "/v1/activity", "/v1/templates", "/v1/health",
                                     "/v1/openapi.json", "/v1/media", "/v1/media/clean", "/v1/checklist/today",
                                     "/v1/checklist/week", "/v1/report", "/v1/accounts", "/v1/accounts/{platform}/{handle}",
                                     "/v1/accounts/{platform}/{handle}/secret",
                                     "/v1/accounts/{platform}/{handle}/secret/reveal",
                                     "/v1/accounts/{platform}/{handle}/totp"}


async def test_templates_are_the_policys_reply_templates(client, auth, config):
    response = await client.get("/v1/templates", headers=auth)
    assert response.status == 200
    templates = (await response.json())["templates"]
    expected = config.policy.reply.templates
    assert [t["id"] for t in templates] == list(expected) == ["negative", "positive", "damaging"]
    for template in templates:
        assert template["text"] == expected[template["id"]].text and "{first_name}" in template["text"]


async def test_post_published_is_stamped_with_the_official_hashtag_from_the_policy(aiohttp_client, aiohttp_server,
                                                                                     postcheck_home):
    override = policy_override()
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_text('[hashtags]\nofficial = ["#WorldRefugeeDay"]\n', encoding="utf-8")
    config = ServerConfig.for_policy(load_policy(override), default_path())
    client = await aiohttp_client(await aiohttp_server(create_app(config, default_engine())),
                                  middlewares=(signing_middleware,))
    auth = {"Authorization": f"Bearer {config.token}"}
    for tags in (["worldrefugeeday", "Migration"], ["Migration"]):
        created = await client.post("/v1/activity", headers=auth,
                                    json={"type": "post-published", "platform": "twitter", "hashtags": tags})
        assert created.status == 201
    events = (await (await client.get("/v1/activity", headers=auth)).json())["events"]
    assert [event["official_hashtag"] for event in events] == [True, False]


async def test_hashtag_pattern_means_the_same_to_the_server_and_to_the_document(client, auth):
    import jsonschema_rs

    document = await (await client.get("/v1/openapi.json", headers=auth)).json()
    pattern = document["components"]["schemas"]["PostPublished"]["properties"]["hashtags"]["items"]["pattern"]
    validator = jsonschema_rs.Draft202012Validator({"type": "string", "pattern": pattern})
    for tag in ("WorldRefugeeDay", "Día", "日本", "a\u0085b", "a b", "a\u3000b", "a\u00a0b", "a\u001cb", "a#b"):
        response = await client.post("/v1/activity", headers=auth,
                                     json={"type": "post-published", "platform": "twitter", "hashtags": [tag]})
        assert (response.status == 201) == validator.is_valid(tag), tag
