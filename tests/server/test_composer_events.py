"""The composer watch's events (issue 12) through the real app: accepted, stored, and never carrying any text."""

from __future__ import annotations

import pytest

from postcheck.store import ActivityStore

UNRECOGNISED = {"type": "composer-unrecognised", "platform": "facebook", "structure": "0123456789abcdef"}
RECOGNISED = {"type": "composer-recognised", "platform": "instagram"}


async def test_composer_events_are_accepted_and_stored(client, auth, config):
    for event in (UNRECOGNISED, RECOGNISED):
        response = await client.post("/v1/activity", json=event, headers=auth)
        assert response.status == 201, await response.text()
    listed = (await (await client.get("/v1/activity", headers=auth)).json())["events"]
    assert [{k: e[k] for k in e if k not in ("id", "at")} for e in listed] == [UNRECOGNISED, RECOGNISED]
    store = ActivityStore(config.db_path)
    assert store.count() == 2
    store.close()


@pytest.mark.parametrize("extra", [{"text": "what I typed"}, {"label": "Write a comment"},
                                   {"url": "https://www.facebook.com/groups/1"}])
async def test_extra_fields_are_refused_and_nothing_is_stored(client, auth, config, extra):
    for event in (UNRECOGNISED, RECOGNISED):
        response = await client.post("/v1/activity", json={**event, **extra}, headers=auth)
        assert response.status == 422
        body = await response.json()
        assert body["error"]["code"] == "invalid" and next(iter(extra)) in body["error"]["message"]
    listed = (await (await client.get("/v1/activity", headers=auth)).json())["events"]
    assert listed == []


@pytest.mark.parametrize("structure", ["what I typed in it", "0123456789ABCDEF", "0123", "0123456789abcdef0"])
async def test_the_structure_is_only_a_short_hex_hash(client, auth, structure):
    response = await client.post("/v1/activity", json={**UNRECOGNISED, "structure": structure}, headers=auth)
    assert response.status == 422
    assert "structure" in (await response.json())["error"]["message"]


async def test_an_unrecognised_box_needs_its_structure(client, auth):
    response = await client.post("/v1/activity", json={"type": "composer-unrecognised", "platform": "x"}, headers=auth)
    assert response.status == 422
