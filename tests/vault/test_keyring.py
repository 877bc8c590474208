"""Secrets in the real Secret Service (gnome-keyring on a private D-Bus), and the clear refusal without one."""

from __future__ import annotations

import os
import subprocess
import sys

import keyring
import keyring.core
import pytest
from keyring.backends import fail, null

from postcheck.vault import KeyringUnavailable, NoSecret, oskeyring

PASSWORD = "Kabul#2024!xyz"


def test_secrets_round_trip_under_service_postcheck_and_user_platform_handle(keyring_session):
    assert oskeyring.backend_name() == "keyring.backends.SecretService.Keyring"
    oskeyring.store("twitter", "IOMPhilippines", PASSWORD)
    oskeyring.store("twitter", "IOMPhilippines", "JBSWY3DPEHPK3PXP", totp=True)
    # Where a person finds it in their keyring manager:
    assert keyring.get_password("postcheck", "twitter/IOMPhilippines") == PASSWORD
    assert oskeyring.read("twitter", "IOMPhilippines", totp=True) == "JBSWY3DPEHPK3PXP"
    oskeyring.forget("twitter", "IOMPhilippines")
    with pytest.raises(NoSecret, match="no password for twitter/IOMPhilippines"):
        oskeyring.read("twitter", "IOMPhilippines")
    oskeyring.forget("twitter", "IOMPhilippines")  # forgetting twice is fine


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_no_usable_backend_is_a_clear_error_never_a_fallback(backend):
    before = keyring.get_keyring()
    keyring.core.set_keyring(backend)
    try:
        with pytest.raises(KeyringUnavailable) as caught:
            oskeyring.store("twitter", "IOMPhilippines", PASSWORD)
        assert "gnome-keyring" in str(caught.value) and "never keeps a secret in a plain file" in str(caught.value)
    finally:
        keyring.core.set_keyring(before)


def test_without_a_secret_service_vault_add_refuses_and_changes_nothing(postcheck_home):
    env = {key: value for key, value in os.environ.items() if key != "DBUS_SESSION_BUS_ADDRESS"}
    env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={postcheck_home}/no-bus"  # a bus that is not there
    add = subprocess.run([sys.executable, "-m", "postcheck", "vault", "add", "twitter", "IOMPhilippines"],
                         input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=60)
    assert add.returncode == 1, add.stderr
    assert "no usable OS keyring" in add.stderr and "install" in add.stderr
    assert PASSWORD not in add.stderr + add.stdout
    listing = subprocess.run([sys.executable, "-m", "postcheck", "vault", "list", "--json"], capture_output=True,
                             text=True, env=env, timeout=60)
    assert listing.returncode == 0 and '"accounts": []' in listing.stdout
