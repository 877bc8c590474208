"""The helpers these tests start never reach a developer's desktop keyring: a stand-in desktop (an unlocked Secret
Service on the session bus the test run inherits) stays untouched while the helper is asked to store secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import secretstorage
from jeepney.io.blocking import open_dbus_connection

from tests.support.keyring_session import private_secret_service

PAGE = {"X-Postcheck-Context": "extension-page"}
ACCOUNT = "/v1/accounts/twitter/IOMPhilippines"


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    """A developer's desktop session: module-scoped, so it is in os.environ before the per-test isolation runs."""
    with private_secret_service(tmp_path_factory.mktemp("desktop")) as env:
        with open_dbus_connection(bus=env["DBUS_SESSION_BUS_ADDRESS"]) as bus:
            collection = secretstorage.get_default_collection(bus)
            collection.create_item("control", {"service": "postcheck", "username": "control"}, b"not-a-test-secret")
        yield env


def postcheck_entries(desktop: dict) -> list[str]:
    with open_dbus_connection(bus=desktop["DBUS_SESSION_BUS_ADDRESS"]) as bus:
        return sorted(item.get_attributes()["username"]
                      for item in secretstorage.search_items(bus, {"service": "postcheck"}))


def test_the_in_process_app_cannot_reach_the_desktop_keyring(desktop):
    assert postcheck_entries(desktop) == ["control"]  # the stand-in is reachable, and the search sees entries
    assert os.environ["DBUS_SESSION_BUS_ADDRESS"] != desktop["DBUS_SESSION_BUS_ADDRESS"]
    import keyring

    assert type(keyring.get_keyring()).__module__ == "keyring.backends.fail"


async def test_client_stores_no_secret_in_the_desktop_keyring(desktop, client, auth):
    assert (await client.put(ACCOUNT, json={}, headers=auth)).status == 201
    response = await client.put(ACCOUNT + "/secret", json={"password": "Kabul#2024!xyz"}, headers={**auth, **PAGE})
    assert response.status == 503 and (await response.json())["error"]["code"] == "keyring-unavailable"
    assert postcheck_entries(desktop) == ["control"]


def test_served_helper_and_the_cli_inherit_no_keyring(desktop, served):
    process, _ = served
    environ = dict(entry.split("=", 1) for entry in
                   (Path("/proc") / str(process.pid) / "environ").read_text().split("\0") if "=" in entry)
    assert environ["PYTHON_KEYRING_BACKEND"] == "keyring.backends.fail.Keyring"
    assert environ["DBUS_SESSION_BUS_ADDRESS"] != desktop["DBUS_SESSION_BUS_ADDRESS"]
    # What the helper would do with that environment, seen through the CLI (same vault, same variables).
    added = subprocess.run([sys.executable, "-m", "postcheck", "vault", "add", "twitter", "IOMPhilippines"],
                           input="Kabul#2024!xyz\n", capture_output=True, text=True, timeout=60)
    assert added.returncode == 1 and "no usable OS keyring" in added.stderr
    assert postcheck_entries(desktop) == ["control"]
