"""The real chain: Chromium starts our host from a profile's manifest, the extension pairs, a check round-trips,
and an extension whose id is not in allowed_origins is refused by the browser itself."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from postcheck import paths
from postcheck.native import write_launcher, write_manifest
from tests.support.chromium import EXTENSION, chromium_args, chromium_path

OUR_ID = "jomlkaokpjbcgjmennpkcjbaogdomnno"
SEND = "message => chrome.runtime.sendNativeMessage('int.iom.postcheck', message)"
REFUSED = """async () => {
  try { await chrome.runtime.sendNativeMessage('int.iom.postcheck', {kind: 'hello'}); return 'answered'; }
  catch (error) { return error.message; }
}"""
# Signed by the extension's own code (background/signing.js), as its helper client signs.
CHECK = """async ({url, token}) => {
  const body = new TextEncoder().encode(
    JSON.stringify({text: 'Join us #A #B #C #D #E #F on World Refugee Day', platform: 'twitter', kind: 'post'}));
  const {headers} = await postcheck.signing.sign(token, 'POST', `${url}/v1/check`, body);
  const response = await fetch(`${url}/v1/check`, {method: 'POST',
    headers: {...headers, 'Content-Type': 'application/json'}, body});
  return {status: response.status, body: await response.json()};
}"""


def _stranger(tmp_path: Path) -> Path:
    """A copy of our extension without its "key": same code, another id, which no manifest allows."""
    copy = tmp_path / "stranger"
    shutil.copytree(EXTENSION, copy)
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    del manifest["key"]
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return copy


def _workers(context, count: int, timeout: float = 60.0) -> dict:
    deadline = time.monotonic() + timeout
    while len(context.service_workers) < count and time.monotonic() < deadline:
        try:
            context.wait_for_event("serviceworker", timeout=1000)
        except Exception:  # Playwright's TimeoutError: look again until our own deadline
            pass
    return {w.url.split("/")[2]: w for w in context.service_workers}


@pytest.fixture
def chromium(tmp_path: Path, postcheck_home: Path):
    user_data_dir = tmp_path / "profile"
    launcher = write_launcher(tmp_path / "bin" / "postcheck-native-host")
    write_manifest(user_data_dir / "NativeMessagingHosts", "chrome", launcher)
    both = f"{EXTENSION},{_stranger(tmp_path)}"
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(user_data_dir), executable_path=chromium_path(), headless=True,
            args=chromium_args(extension=None) + [f"--disable-extensions-except={both}", f"--load-extension={both}"])
        try:
            yield context
        finally:
            context.close()


def test_extension_pairs_through_the_native_host_and_checks_through_the_helper(chromium):
    workers = _workers(chromium, 2)
    assert OUR_ID in workers and len(workers) == 2, list(workers)
    ours = workers.pop(OUR_ID)
    (stranger,) = workers.values()

    assert ours.evaluate(SEND, {"kind": "status"})["running"] is False
    hello = ours.evaluate(SEND, {"kind": "hello"})
    assert hello["kind"] == "hello", hello
    assert hello["url"].startswith("http://127.0.0.1:")
    helper = json.loads(paths.helper_file().read_text())
    assert (hello["url"], hello["token"]) == (helper["url"], helper["token"])

    checked = ours.evaluate(CHECK, hello)
    assert checked["status"] == 200, checked
    assert "hashtags.too-many" in {f["rule"] for f in checked["body"]["findings"]}

    refusal = stranger.evaluate(REFUSED)
    assert refusal == "Access to the specified native messaging host is forbidden."
