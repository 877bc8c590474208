"""The issue's scripted run against the real keyring: `postcheck vault add`, `list --json`, `reveal`, a draft with the
secret through POST /v1/check of a server already running, and `vault remove`."""

from __future__ import annotations

import asyncio
import json
import time

from tests.support.keyring_session import keyring_session  # noqa: F401  (fixture)
from tests.vault.cli import vault

PASSWORD = "Tacloban-Haiyan-2013!"


async def run(*args: str, stdin: str = ""):
    return await asyncio.to_thread(vault, *args, stdin=stdin)


async def findings_for(client, auth, text: str) -> list[dict]:
    response = await client.post("/v1/check", json={"text": text, "platform": "facebook"}, headers=auth)
    return (await response.json())["findings"]


async def test_vault_add_list_reveal_check_remove(keyring_session, client, auth):
    added = await run("add", "facebook", "IOMPhilippines", "--url", "https://www.facebook.com/IOMPhilippines",
                      stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    listing = json.loads((await run("list", "--json")).stdout)
    (account,) = listing["accounts"]
    assert account["has_secret"] and account["naming"]["ok"] and PASSWORD not in json.dumps(listing)
    assert (await run("reveal", "facebook", "IOMPhilippines")).stdout.strip() == PASSWORD

    draft = f"Our page is back! Admins, the new password is {PASSWORD} – keep it safe."
    start = draft.index(PASSWORD)
    # The server notices the new secret within a second (it asks the registry at most once a second).
    deadline = time.monotonic() + 10
    while True:
        leaks = [f for f in await findings_for(client, auth, draft) if "facebook/IOMPhilippines" in f["message"]]
        if leaks or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.2)
    (leak,) = leaks
    assert (leak["rule"], leak["severity"], leak["start"], leak["end"]) == \
        ("safety.credential", "error", start, start + len(PASSWORD))
    assert PASSWORD not in json.dumps(leak)

    assert (await run("remove", "facebook", "IOMPhilippines")).returncode == 0
    deadline = time.monotonic() + 10
    while any("facebook/IOMPhilippines" in f["message"] for f in await findings_for(client, auth, draft)):
        assert time.monotonic() < deadline, "the removed secret is still looked for"
        await asyncio.sleep(0.2)
