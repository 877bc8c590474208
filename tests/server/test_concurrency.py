"""50 clients at once, each on its own connection, checking and recording against `postcheck serve`: zero errors."""

from __future__ import annotations

import asyncio

import aiohttp

from postcheck.store import ActivityStore
from tests.server.conftest import TWEET
from tests.support.signing import signing_middleware

CLIENTS = 50
ROUNDS = 8


async def one_client(info: dict, n: int) -> list[int]:
    headers = {"Authorization": f"Bearer {info['token']}"}
    ids = []
    async with aiohttp.ClientSession(middlewares=(signing_middleware,)) as session:  # its own connection pool: 50 real concurrent connections
        for round_ in range(ROUNDS):
            async with session.post(f"{info['url']}/v1/check", headers=headers,
                                    json={"text": f"{TWEET} {n}", "platform": "twitter"}) as response:
                assert response.status == 200, await response.text()
                assert (await response.json())["stats"]["hashtags"][0]["text"] == "WorldRefugeeDay"
            event = {"type": "post-published", "platform": "twitter", "hashtags": [f"c{n}r{round_}"]}
            async with session.post(f"{info['url']}/v1/activity", headers=headers, json=event) as response:
                assert response.status == 201, await response.text()
                ids.append((await response.json())["id"])
    return ids


async def test_fifty_concurrent_clients_check_and_record_with_zero_errors(served):
    _, info = served
    results = await asyncio.gather(*(one_client(info, n) for n in range(CLIENTS)))
    ids = [event_id for client_ids in results for event_id in client_ids]
    assert len(set(ids)) == CLIENTS * ROUNDS
    store = ActivityStore()
    assert store.count() == CLIENTS * ROUNDS
    assert {tuple(store.get(i)["hashtags"]) for i in ids} == {(f"c{n}r{r}",) for n in range(CLIENTS)
                                                              for r in range(ROUNDS)}
    store.close()
