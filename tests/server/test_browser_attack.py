"""In real Chromium, a page on another origin tries every fetch() it can to the helper and reads nothing."""

from __future__ import annotations

import json

from aiohttp import web
from playwright.async_api import async_playwright

from postcheck.api import default_engine
from postcheck.server import create_app
from postcheck.server.lifecycle import LINGERING_TIME
from postcheck.store import ActivityStore
from tests.support.chromium import launch

ATTACKS = """
async ([helper, token]) => {
  const event = JSON.stringify({type: "check-in", platform: "twitter"});
  const json = {"Content-Type": "application/json"};
  const tries = {
    "simple GET": () => fetch(helper + "/v1/health"),
    "GET with credentials": () => fetch(helper + "/v1/activity", {credentials: "include"}),
    "no-cors GET": () => fetch(helper + "/v1/activity", {mode: "no-cors"}),
    "text/plain POST (simple)": () => fetch(helper + "/v1/activity", {method: "POST",
        headers: {"Content-Type": "text/plain"}, body: event}),
    "no-cors text/plain POST with credentials": () => fetch(helper + "/v1/activity", {method: "POST",
        mode: "no-cors", credentials: "include", headers: {"Content-Type": "text/plain"}, body: event}),
    "JSON POST (preflighted)": () => fetch(helper + "/v1/activity", {method: "POST", headers: json, body: event}),
    // Even a page that somehow learnt the token fails: its Origin is not the extension's.
    "JSON POST with the token and credentials": () => fetch(helper + "/v1/check", {method: "POST",
        credentials: "include", headers: {...json, Authorization: "Bearer " + token},
        body: JSON.stringify({text: "hello", platform: "twitter"})}),
    "GET with the token": () => fetch(helper + "/v1/activity", {headers: {Authorization: "Bearer " + token}}),
  };
  const results = {};
  for (const [name, attempt] of Object.entries(tries)) {
    try {
      const response = await attempt();
      results[name] = {type: response.type, status: response.status, body: await response.text()};
    } catch (error) {
      results[name] = {error: error.name};
    }
  }
  return results;
}
"""


async def test_page_on_another_origin_gets_nothing_readable(aiohttp_server, config, tmp_path):
    seen: list[tuple[str, str, int]] = []

    async def note(request: web.Request, response: web.StreamResponse) -> None:
        seen.append((request.method, request.headers.get("Origin", ""), response.status))

    app = create_app(config, default_engine())
    app.on_response_prepare.append(note)
    helper = await aiohttp_server(app, lingering_time=LINGERING_TIME)

    async def evil_page(_: web.Request) -> web.Response:
        return web.Response(text="<!doctype html><title>evil</title>", content_type="text/html")

    page_app = web.Application()
    page_app.router.add_get("/", evil_page)
    evil = await aiohttp_server(page_app)

    async with async_playwright() as playwright:
        context = await launch(playwright, tmp_path / "profile", extension=None)
        try:
            page = await context.new_page()
            await page.goto(f"http://127.0.0.1:{evil.port}/")
            results = await page.evaluate(ATTACKS, [f"http://127.0.0.1:{helper.port}", config.token])
        finally:
            await context.close()

    assert len(results) == 8
    for name, result in results.items():
        # Either the browser refused to hand over the response, or it is opaque: status 0, empty body.
        readable = "error" not in result and (result["type"] != "opaque" or result["status"] or result["body"])
        assert not readable, f"{name}: the page read {json.dumps(result)}"
    # What reached the helper was refused there too: with the page's Origin, 403; the one request Chromium sends
    # without Origin (a no-cors GET, like an <img>) cannot carry an Authorization header, so it got 401.
    page_origin = f"http://127.0.0.1:{evil.port}"
    assert {(origin, status) for _, origin, status in seen} == {(page_origin, 403), ("", 401)}, seen
    assert "OPTIONS" in {method for method, _, _ in seen}  # the preflights were asked and denied
    store = ActivityStore(config.db_path)
    assert store.count() == 0
    store.close()


async def test_the_extension_itself_can_call_the_helper(aiohttp_server, config, tmp_path):
    """The positive control: from postcheck's own service worker the same fetch reads its answer."""
    helper = await aiohttp_server(create_app(config, default_engine()), lingering_time=LINGERING_TIME)
    async with async_playwright() as playwright:
        context = await launch(playwright, tmp_path / "profile")
        try:
            worker = context.service_workers[0] if context.service_workers else \
                await context.wait_for_event("serviceworker")
            assert worker.url.split("/")[2] in config.extension_ids  # the policy lists the real extension id
            # Signed by the extension's own signing code, as helper-client.js does for every request.
            answer = await worker.evaluate("""async ([helper, token]) => {
                const body = new TextEncoder().encode(JSON.stringify({text: "Hello #a #b #c", platform: "twitter"}));
                const {headers, nonce} = await postcheck.signing.sign(token, "POST", helper + "/v1/check", body);
                const response = await fetch(helper + "/v1/check", {method: "POST",
                    headers: {"Content-Type": "application/json", ...headers}, body});
                const bytes = new Uint8Array(await response.arrayBuffer());
                const proved = await postcheck.signing.proves(token, nonce, response.status, bytes,
                    response.headers.get("Postcheck-Proof"));
                return {status: response.status, proved, body: JSON.parse(new TextDecoder().decode(bytes))};
            }""", [f"http://127.0.0.1:{helper.port}", config.token])
        finally:
            await context.close()
    assert answer["status"] == 200 and answer["proved"]
    assert [tag["text"] for tag in answer["body"]["stats"]["hashtags"]] == ["a", "b", "c"]
