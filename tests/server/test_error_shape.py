"""One error shape, {"error": {"code", "message"}}, for every error on every route (real app, real port)."""

from __future__ import annotations

import pytest

from postcheck.server.keys import STORE, STORE_THREAD
from tests.server.conftest import EXTENSION_ORIGIN

ROUTES = [("POST", "/v1/check"), ("POST", "/v1/activity"), ("GET", "/v1/activity"), ("GET", "/v1/health"),
          ("GET", "/v1/templates"), ("GET", "/v1/openapi.json"), ("GET", "/v1/nowhere")]
BODY_ROUTES = [route for route in ROUTES if route[0] == "POST"]
VALID = {"/v1/check": {"text": "hi", "platform": "twitter"}, "/v1/activity": {"type": "check-in", "platform": "x"}}


async def assert_error(response, status: int, code: str | None = None) -> dict:
    assert response.status == status
    assert response.content_type == "application/json"
    body = await response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["message"] and isinstance(body["error"]["code"], str)
    if code:
        assert body["error"]["code"] == code
    assert "Access-Control-Allow-Origin" not in response.headers
    return body["error"]


@pytest.mark.parametrize("method,path", ROUTES)
async def test_no_token_is_401(client, method, path):
    response = await client.request(method, path, json=VALID.get(path))
    await assert_error(response, 401, "unauthorized")
    assert response.headers["WWW-Authenticate"] == "Postcheck-HMAC-SHA256"


@pytest.mark.parametrize("method,path", ROUTES)
async def test_wrong_token_is_401(client, config, method, path):
    for value in (f"Bearer {config.token[:-1]}x", f"Basic {config.token}", config.token, "Bearer ", "Bearer é"):
        response = await client.request(method, path, json=VALID.get(path), headers={"Authorization": value})
        await assert_error(response, 401, "unauthorized")


@pytest.mark.parametrize("method,path", ROUTES)
async def test_foreign_origin_is_403_even_with_the_token(client, auth, method, path):
    for origin in ("https://evil.example", "null", "chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                   "http://127.0.0.1:1234", "moz-extension://"):
        response = await client.request(method, path, json=VALID.get(path), headers={**auth, "Origin": origin})
        await assert_error(response, 403, "forbidden-origin")


@pytest.mark.parametrize("method,path", ROUTES)
async def test_rebinding_host_is_421_even_with_the_token(client, auth, method, path):
    port = client.server.port
    for host in (f"evil.example:{port}", "127.0.0.1", f"127.0.0.1:{port + 1}", f"localhost.evil.example:{port}"):
        response = await client.request(method, path, json=VALID.get(path), headers={**auth, "Host": host})
        await assert_error(response, 421, "misdirected-request")


@pytest.mark.parametrize("method,path", BODY_ROUTES)
async def test_body_errors(client, auth, method, path):
    await assert_error(await client.post(path, data="{not json", headers={**auth, "Content-Type": "application/json"}),
                       400, "malformed-json")
    await assert_error(await client.post(path, data=b"\xff\xfe{}", headers={**auth, "Content-Type": "application/json"}),
                       400, "malformed-json")
    await assert_error(await client.post(path, data="[" * 100_000, headers={**auth, "Content-Type": "application/json"}),
                       400, "malformed-json")
    await assert_error(await client.post(path, data="{}", headers={**auth, "Content-Type": "text/plain"}),
                       415, "unsupported-media-type")
    await assert_error(await client.post(path, data="{}", headers={**auth, "Content-Type": "application/json; charset=latin-1"}),
                       415, "unsupported-media-type")
    await assert_error(await client.post(path, data={"text": "form"}, headers=auth), 415, "unsupported-media-type")
    big = '{"text": "' + "a" * (256 * 1024) + '", "platform": "twitter"}'
    await assert_error(await client.post(path, data=big, headers={**auth, "Content-Type": "application/json"}),
                       413, "payload-too-large")
    await assert_error(await client.post(path, json={"platform": "nowhere"}, headers=auth), 422, "invalid")


async def test_chunked_body_over_the_limit_is_413(client, auth):
    async def chunks():
        for _ in range(300):
            yield b"a" * 1024

    response = await client.post("/v1/check", data=chunks(), headers={**auth, "Content-Type": "application/json"})
    await assert_error(response, 413, "payload-too-large")


@pytest.mark.parametrize("method,path", [("PUT", "/v1/check"), ("DELETE", "/v1/activity"), ("POST", "/v1/health"),
                                         ("PATCH", "/v1/openapi.json")])
async def test_wrong_method_is_405(client, auth, method, path):
    response = await client.request(method, path, json={}, headers=auth)
    await assert_error(response, 405, "method-not-allowed")
    assert "Allow" in response.headers


async def test_unknown_route_is_404(client, auth):
    await assert_error(await client.get("/v1/nowhere", headers=auth), 404, "not-found")


async def test_internal_failure_is_500_in_the_same_shape(client, auth):
    # A real failure: the store's SQLite connection is closed under the running app.
    app = client.server.app
    app[STORE_THREAD].submit(app[STORE].close).result()
    error = await assert_error(await client.post("/v1/activity", json={"type": "check-in", "platform": "twitter"},
                                                 headers=auth), 500, "internal")
    assert "log" in error["message"]


async def test_allowed_extension_origin_gets_cors_on_errors_too(client, auth):
    response = await client.post("/v1/check", json={"platform": "twitter"}, headers={**auth, "Origin": EXTENSION_ORIGIN})
    assert response.status == 422
    assert response.headers["Access-Control-Allow-Origin"] == EXTENSION_ORIGIN
