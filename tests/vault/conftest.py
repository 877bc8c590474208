"""Vault fixtures: the real Secret Service (gnome-keyring on a private D-Bus) and a policy with OCU's key pair."""

from __future__ import annotations

import pytest

from tests.support.keyring_session import keyring_session  # noqa: F401  (fixture)


@pytest.fixture
def ocu_keys() -> tuple[str, str]:
    """A real X25519 key pair, (public, private) base64, as OCU would make it once."""
    from postcheck.vault.handover import new_key_pair

    return new_key_pair()


@pytest.fixture
def ocu_policy(postcheck_home, ocu_keys):
    """This workstation's policy.toml sets OCU's public key (what a mission does once OCU sends it)."""
    from postcheck import paths

    override = paths.policy_override()
    override.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    override.write_text(f'[vault]\nocu_public_key = "{ocu_keys[0]}"\n', encoding="utf-8")
    return override
