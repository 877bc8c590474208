"""Server fixtures: the real app on a real port (pytest-aiohttp), and `postcheck serve` as a real subprocess."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from postcheck import paths
from postcheck.api import default_engine
from postcheck.policy import load_policy
from postcheck.server import create_app
from postcheck.server.config import ServerConfig
from postcheck.server.lifecycle import LINGERING_TIME
from postcheck.store import default_path
from tests.support.signing import MARKER, signing_middleware

EXTENSION_ID = load_policy().helper.extension_ids[0]
EXTENSION_ORIGIN = f"chrome-extension://{EXTENSION_ID}"
TWEET = ("Today on #WorldRefugeeDay we stand with the 120 million people forced to flee. Read @UNHCR's report: "
         "https://www.unhcr.org/global-trends 🌍 #WithRefugees")


@pytest.fixture(autouse=True)
def isolated_keyring(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """The servers these tests start (in process or as `postcheck serve`) never write into a developer's desktop
    keyring, which they would otherwise reach through the inherited session bus (the fuzzer creates accounts and
    stores secrets): tests that ask for `keyring_session` get its private Secret Service, every other test no keyring
    at all. Imported by other test folders that use `client` (tests/report)."""
    from tests.support.keyring_session import keyring_out_of_reach

    if "keyring_session" in request.fixturenames:
        yield
        return
    with keyring_out_of_reach(tmp_path_factory.mktemp("no-keyring")):
        yield


@pytest.fixture
def config() -> ServerConfig:
    return ServerConfig.for_policy(load_policy(), default_path(), body_timeout=1.0)


@pytest.fixture
async def client(aiohttp_client, aiohttp_server, config):
    """A client of the real app, served on a real 127.0.0.1 port; requests are signed only when given `headers=auth`."""
    server = await aiohttp_server(create_app(config, default_engine()), lingering_time=LINGERING_TIME)
    return await aiohttp_client(server, middlewares=(signing_middleware,))


@pytest.fixture
def auth(config) -> dict[str, str]:
    """Headers that make the `client` sign a request with the helper's token (the token itself is never sent)."""
    return {"Authorization": f"{MARKER}{config.token}"}


def wait_for_helper_file(process: subprocess.Popen, path: Path, timeout: float = 30.0) -> dict:
    """helper.json once the helper has written it (it does so after it listens)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"postcheck serve exited with {process.returncode}: {process.stderr.read()}")
        if path.exists():
            return json.loads(path.read_text())
        time.sleep(0.05)
    raise AssertionError(f"postcheck serve did not write {path} within {timeout} s")


def start_serve(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "postcheck", "serve", *args], env=dict(os.environ),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for stream in (process.stdout, process.stderr):
        if stream:
            stream.close()


@pytest.fixture
def served():
    """`postcheck serve --port 0` running in its own process; yields (process, helper.json content)."""
    process = start_serve("--port", "0")
    try:
        yield process, wait_for_helper_file(process, paths.helper_file())
    finally:
        stop(process)
