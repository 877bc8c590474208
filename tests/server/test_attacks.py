"""What a hostile client can do over raw TCP to the real app on a real port, and what it gets: nothing useful."""

from __future__ import annotations

import asyncio

from postcheck.api import default_engine
from postcheck.server import create_app
from postcheck.store import ActivityStore
from tests.server.conftest import EXTENSION_ORIGIN
from tests.support.signing import signed_headers

# Only a guard so that a broken server fails the test instead of hanging it; not a speed assertion.
GUARD = 30


async def raw_request(port: int, request: bytes, then: bytes = b"") -> tuple[int, dict[str, str], bytes]:
    """Send bytes as they are (no client library fixing them up); return status, headers and the body."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    await writer.drain()
    if then:
        writer.write(then)
        await writer.drain()
    raw = await asyncio.wait_for(reader.read(), GUARD)  # until the server closes the connection
    writer.close()
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


def http(method: str, port: int, path: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    """The request's bytes; a Bearer marker (`auth`) becomes the request's signature, as the `client` makes it."""
    head = {"Host": f"127.0.0.1:{port}", "Connection": "close", **headers}
    head = signed_headers(head, method, head["Host"], path, body)
    if body and "Content-Length" not in head:
        head["Content-Length"] = str(len(body))
    lines = [f"{method} {path} HTTP/1.1", *(f"{k}: {v}" for k, v in head.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def test_text_plain_post_from_a_page_changes_nothing(client, config):
    port = client.server.port
    # What <form enctype=text/plain> or a "simple" fetch can send: no token, a foreign Origin, text/plain.
    body = b'{"type": "check-in", "platform": "twitter"}'
    status, headers, _ = await raw_request(port, http("POST", port, "/v1/activity", {
        "Origin": "https://evil.example", "Content-Type": "text/plain"}, body))
    assert status == 403 and "access-control-allow-origin" not in headers
    # Even a client holding the token cannot get text/plain past the helper.
    status, _, _ = await raw_request(port, http("POST", port, "/v1/activity", {
        "Authorization": f"Bearer {config.token}", "Content-Type": "text/plain"}, body))
    assert status == 415
    store = ActivityStore(config.db_path)
    assert store.count() == 0
    store.close()


async def test_preflight_from_a_web_page_is_not_approved(client):
    port = client.server.port
    status, headers, _ = await raw_request(port, http("OPTIONS", port, "/v1/check", {
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"}))
    assert status == 403
    assert not [name for name in headers if name.startswith("access-control-")]


async def test_preflight_from_the_extension_is_approved_without_the_token(client):
    port = client.server.port
    status, headers, _ = await raw_request(port, http("OPTIONS", port, "/v1/check", {
        "Origin": EXTENSION_ORIGIN, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"}))
    assert status == 204
    assert headers["access-control-allow-origin"] == EXTENSION_ORIGIN
    assert "authorization" in headers["access-control-allow-headers"].lower()


async def test_extension_request_gets_its_cors_header_and_others_none(client, auth):
    allowed = await client.get("/v1/health", headers={**auth, "Origin": EXTENSION_ORIGIN})
    firefox = await client.get("/v1/health", headers={**auth, "Origin": "moz-extension://1b2c3d4e-aaaa-bbbb"})
    local = await client.get("/v1/health", headers=auth)
    assert allowed.status == firefox.status == local.status == 200
    assert allowed.headers["Access-Control-Allow-Origin"] == EXTENSION_ORIGIN
    assert firefox.headers["Access-Control-Allow-Origin"] == "moz-extension://1b2c3d4e-aaaa-bbbb"
    assert "Access-Control-Allow-Origin" not in local.headers


async def test_rebinding_host_over_raw_tcp(client, config):
    port = client.server.port
    status, _, body = await raw_request(port, http("GET", port, "/v1/activity", {
        "Host": f"attacker.example:{port}", "Authorization": f"Bearer {config.token}"}))
    assert status == 421 and b"misdirected-request" in body
    status, _, _ = await raw_request(port, http("GET", port, "/v1/activity", {"Host": ""}))
    assert status == 421


async def test_oversized_body_is_refused_before_it_is_sent(client, auth):
    port = client.server.port
    # Announce 10 MB and send none of it: the 413 comes from the Content-Length alone.
    status, headers, body = await raw_request(port, http("POST", port, "/v1/check", {
        **auth, "Content-Type": "application/json", "Content-Length": str(10 * 1024 * 1024)}))
    assert status == 413 and b"payload-too-large" in body
    assert headers.get("connection", "").lower() == "close"


async def test_slowloris_partial_body_is_cut_off_by_the_server(client, auth, config):
    port = client.server.port
    body = b'{"type": "check-in", "platform": "twitter"}'
    # Announce the whole body, send half, then stall: the server's body timeout (1 s here) answers 408 and closes.
    status, headers, answer = await raw_request(port, http("POST", port, "/v1/activity", {
        **auth, "Content-Type": "application/json", "Content-Length": str(len(body))}, body[:20]))
    assert status == 408 and b"request-timeout" in answer
    assert headers.get("connection", "").lower() == "close"
    store = ActivityStore(config.db_path)
    assert store.count() == 0
    store.close()


async def test_slowloris_trickled_headers_are_cut_off(aiohttp_server, config):
    # `postcheck serve` uses KEEPALIVE_TIMEOUT (75 s); the same aiohttp setting at 1 s keeps this test short.
    server = await aiohttp_server(create_app(config, default_engine()), keepalive_timeout=1.0)
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    writer.write(f"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n".encode())
    dropped = False
    for _ in range(GUARD * 4):  # one more header line every 0.25 s, never the blank line that ends them
        try:
            writer.write(b"X-Slow: 1\r\n")
            await writer.drain()
            if await asyncio.wait_for(reader.read(), 0.25) == b"":
                dropped = True
                break
        except asyncio.TimeoutError:
            continue
        except ConnectionError:
            dropped = True
            break
    writer.close()
    assert dropped, "the server kept a connection whose headers never ended"
