"""The vault's libraries (keyring, pycountry, zxcvbn, pyotp, PyNaCl) load neither at helper start nor on the
keystroke path of POST /v1/check while the vault holds no secret."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import asyncio, json, sys
from aiohttp.test_utils import TestClient, TestServer
from postcheck.policy import load_policy
from postcheck.server import create_app, signing
from postcheck.server.config import ServerConfig
from postcheck.store import default_path

async def main():
    config = ServerConfig.for_policy(load_policy(), default_path())
    async with TestClient(TestServer(create_app(config))) as client:
        async def call(method, path, payload=None):
            body = json.dumps(payload).encode() if payload is not None else b""
            headers = signing.sign(config.token, method, f"{client.host}:{client.port}", path, body)
            if payload is not None:
                headers["Content-Type"] = "application/json"
            return await client.request(method, path, data=body or None, headers=headers)

        for text in ("Hello #WorldRefugeeDay", "the new password is Kabul2024!"):
            response = await call("POST", "/v1/check", {"text": text, "platform": "twitter"})
            assert response.status == 200
        await asyncio.sleep(1.2)  # past the guard's look at the registry
        await call("POST", "/v1/check", {"text": "again", "platform": "twitter"})
        assert (await call("GET", "/v1/accounts")).status == 200
    heavy = ("keyring", "secretstorage", "pycountry", "zxcvbn", "pyotp", "nacl")
    print(sorted(name for name in heavy if name in sys.modules))

asyncio.run(main())
"""


def test_no_vault_library_loads_at_start_or_on_checks() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
