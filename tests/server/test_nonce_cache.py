"""Each signed request is accepted once, and its nonce is held only while its signed time is in the replay window."""

from __future__ import annotations

import json

from postcheck.server import signing
from postcheck.server.nonces import PACK_S, NonceCache
from postcheck.server.signing import REPLAY_WINDOW_S
from tests.server.conftest import TWEET
from tests.support.signing import signed_headers


async def test_a_replayed_request_is_refused(client, auth):
    body = json.dumps({"text": TWEET, "platform": "twitter"}).encode()
    host = f"127.0.0.1:{client.server.port}"
    # Signed once, sent twice exactly as it was (the signing middleware leaves headers without a marker alone).
    headers = {**signed_headers(auth, "POST", host, "/v1/check", body), "Content-Type": "application/json"}
    first = await client.post("/v1/check", data=body, headers=headers)
    again = await client.post("/v1/check", data=body, headers=headers)
    assert first.status == 200
    assert again.status == 401
    assert "already used" in (await again.json())["error"]["message"]
    fresh = await client.post("/v1/check", json={"text": TWEET, "platform": "twitter"}, headers=auth)
    assert fresh.status == 200


def test_a_nonce_is_refused_again_while_its_time_is_in_the_window() -> None:
    cache = NonceCache()
    assert cache.add("nonce-a", 1_000, 1_000.0)
    assert not cache.add("nonce-a", 1_000, 1_000.0 + REPLAY_WINDOW_S)  # the last second parse() accepts
    assert not cache.add("nonce-a", 1_030, 1_030.0)  # re-signed with another time: still once per nonce


def test_a_nonce_is_forgotten_once_its_request_is_refused_for_its_time() -> None:
    cache = NonceCache()
    cache.add("nonce-a", 1_000, 1_000.0)
    later = 1_000.0 + REPLAY_WINDOW_S + 1
    # The request that carried it is now refused by its time alone...
    try:
        signing.parse(f"{signing.SCHEME} ts=1000, nonce=AAAAAAAAAAAAAAAAAAAAAA, sig={'A' * 43}", later)
    except signing.SignatureError as exc:
        assert "clock" in str(exc)
    else:
        raise AssertionError("parse() accepted a time outside the window")
    # ...so the cache lets the nonce go: only the newest request's is left.
    assert cache.add("nonce-b", int(later), later)
    assert len(cache) == 1


def test_a_time_ahead_of_the_clock_is_kept_until_it_leaves_the_window() -> None:
    cache = NonceCache()
    assert cache.add("ahead", 1_060, 1_000.0)  # a client clock 60 s fast: parse() accepts it
    assert not cache.add("ahead", 1_060, 1_100.0)  # 40 s behind the clock now: still a replay
    cache.add("other", 1_121, 1_121.0)
    assert len(cache) == 1  # 1_060 left the window at 1_121


def test_the_cache_holds_a_windows_worth_of_requests_and_refuses_each_again() -> None:
    cache = NonceCache()
    per_second, seconds = 20, 10 * REPLAY_WINDOW_S
    for second in range(seconds):
        for i in range(per_second):
            assert cache.add(f"n{second}-{i}", 5_000 + second, 5_000.0 + second)
    now = 5_000.0 + seconds - 1
    # Every nonce whose time is still in the window is held (most of them packed by now), and at most one packing
    # period's more.
    assert (REPLAY_WINDOW_S + 1) * per_second <= len(cache) <= (REPLAY_WINDOW_S + PACK_S + 1) * per_second
    in_window = range(seconds - 1 - REPLAY_WINDOW_S, seconds)
    assert not any(cache.add(f"n{second}-{i}", 5_000 + second, now) for second in in_window for i in range(per_second))
