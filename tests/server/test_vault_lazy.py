"""The vault's libraries (keyring, pycountry, zxcvbn, pyotp, PyNaCl) load neither at helper start nor on the
keystroke path of POST /v1/check while the vault holds no secret."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import asyncio, sys
from aiohttp.test_utils import TestClient, TestServer
from postcheck.policy import load_policy
from postcheck.server import create_app
from postcheck.server.config import ServerConfig
from postcheck.store import default_path

async def main():
    config = ServerConfig.for_policy(load_policy(), default_path())
    async with TestClient(TestServer(create_app(config))) as client:
        auth = {"Authorization": f"Bearer {config.token}"}
        for text in ("Hello #WorldRefugeeDay", "the new password is Kabul2024!"):
            response = await client.post("/v1/check", json={"text": text, "platform": "twitter"}, headers=auth)
            assert response.status == 200
        await asyncio.sleep(1.2)  # past the guard's look at the registry
        await client.post("/v1/check", json={"text": "again", "platform": "twitter"}, headers=auth)
        assert (await client.get("/v1/accounts", headers=auth)).status == 200
    heavy = ("keyring", "secretstorage", "pycountry", "zxcvbn", "pyotp", "nacl")
    print(sorted(name for name in heavy if name in sys.modules))

asyncio.run(main())
"""


def test_no_vault_library_loads_at_start_or_on_checks() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
