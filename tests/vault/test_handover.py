"""Hand-over to OCU: sealed to OCU's public key, opened only with its private key."""

from __future__ import annotations

import pytest

from postcheck.vault import HandOverError
from postcheck.vault.handover import BEGIN, new_key_pair, open_sealed, seal

PAYLOAD = {"exported_by": "laura", "accounts": [{"platform": "twitter", "handle": "IOMPhilippines",
                                                  "password": "Kabul#2024!xyz", "totp_seed": "JBSWY3DPEHPK3PXP"}]}


def test_round_trip_with_a_real_key_pair_and_nothing_in_clear(ocu_keys):
    public, private = ocu_keys
    sealed = seal(PAYLOAD, public)
    assert sealed.startswith(BEGIN)
    for clear in ("Kabul#2024!xyz", "JBSWY3DPEHPK3PXP", "IOMPhilippines", "laura"):
        assert clear not in sealed
    opened = open_sealed(sealed, private)
    assert opened["accounts"] == PAYLOAD["accounts"]
    assert opened["format"] == "postcheck-vault-export"


def test_another_private_key_cannot_open_it(ocu_keys):
    sealed = seal(PAYLOAD, ocu_keys[0])
    with pytest.raises(HandOverError, match="cannot open the export with this private key"):
        open_sealed(sealed, new_key_pair()[1])


def test_no_ocu_key_means_no_export():
    with pytest.raises(HandOverError, match="ocu_public_key"):
        seal(PAYLOAD, "")


@pytest.mark.parametrize("damage, message", [
    (lambda text: "hello", "not a postcheck vault export"),
    (lambda text: text.replace(text.splitlines()[3], "!!!!" + text.splitlines()[3][4:]), "not base64"),
    (lambda text: text.replace(text.splitlines()[3], text.splitlines()[3][::-1]), "cannot open|not base64"),
])
def test_a_damaged_file_is_refused_with_a_reason(ocu_keys, damage, message):
    with pytest.raises(HandOverError, match=message):
        open_sealed(damage(seal(PAYLOAD, ocu_keys[0])), ocu_keys[1])


def test_a_bad_private_key_is_named():
    with pytest.raises(HandOverError, match="the OCU private key: not base64"):
        open_sealed(seal(PAYLOAD, new_key_pair()[0]), "not a key")
