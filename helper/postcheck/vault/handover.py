"""Hand-over to OCU: the accounts and their secrets sealed to OCU's public key (libsodium sealed box through PyNaCl:
X25519 + XSalsa20-Poly1305, an ephemeral sender key), written as armoured text that can be attached to an e-mail.
Only the holder of OCU's private key can open it. Branding and Visual Identity › URL, Domain Names and Social Media
Registrations: "Login credentials should be sent to OCU". PyNaCl is imported on first use (~20 ms)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import textwrap

from postcheck.vault.errors import HandOverError

FORMAT = "postcheck-vault-export"
VERSION = 1
BEGIN, END = "-----BEGIN POSTCHECK VAULT EXPORT-----", "-----END POSTCHECK VAULT EXPORT-----"


def key_fingerprint(public_key_b64: str) -> str:
    """16 hex digits of SHA-256 of the raw public key: lets a person compare keys by eye."""
    return hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()[:16]


def _key_bytes(value: str, what: str) -> bytes:
    try:
        raw = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise HandOverError(f"{what}: not base64 (expected 44 characters ending in '=')") from None
    if len(raw) != 32:
        raise HandOverError(f"{what}: {len(raw)} bytes; an X25519 key has 32")
    return raw


def seal(payload: dict, public_key_b64: str) -> str:
    """The armoured export of `payload` (accounts with their secrets) for the holder of the private key."""
    from nacl.public import PublicKey, SealedBox

    if not public_key_b64:
        raise HandOverError("no OCU public key: set [vault] ocu_public_key in this workstation's policy.toml (OCU "
                            "gives it); postcheck never writes the secrets in clear")
    box = SealedBox(PublicKey(_key_bytes(public_key_b64, "[vault] ocu_public_key")))
    body = json.dumps({"format": FORMAT, "version": VERSION, **payload}, ensure_ascii=False).encode()
    sealed = base64.b64encode(box.encrypt(body)).decode()
    header = f"Sealed for OCU's key {key_fingerprint(public_key_b64)}; open with `postcheck vault import FILE`."
    return "\n".join([BEGIN, header, "", *textwrap.wrap(sealed, 76), END, ""])


def open_sealed(text: str, private_key_b64: str) -> dict:
    """The payload of an armoured export; HandOverError when the file is damaged or sealed for another key."""
    from nacl.exceptions import CryptoError
    from nacl.public import PrivateKey, SealedBox

    lines = [line.strip() for line in text.strip().splitlines()]
    if not lines or lines[0] != BEGIN or END not in lines:
        raise HandOverError(f"not a postcheck vault export: it must start with {BEGIN}")
    try:
        blank = lines.index("")
        sealed = base64.b64decode("".join(lines[blank + 1:lines.index(END)]), validate=True)
    except (ValueError, binascii.Error):
        raise HandOverError("the export is damaged: its sealed part is not base64") from None
    key = PrivateKey(_key_bytes(private_key_b64, "the OCU private key"))
    try:
        body = SealedBox(key).decrypt(sealed)
    except CryptoError:
        raise HandOverError(f"cannot open the export with this private key (its public key is "
                            f"{key_fingerprint(base64.b64encode(bytes(key.public_key)).decode())}); the file says: "
                            f"{lines[1][:120]}") from None
    payload = json.loads(body)
    if payload.get("format") != FORMAT or payload.get("version") != VERSION:
        raise HandOverError(f"unsupported export format {payload.get('format')!r} version {payload.get('version')!r}")
    return payload


def new_key_pair() -> tuple[str, str]:
    """(public, private) as base64: what OCU runs once to get a key pair (the private one into its keyring)."""
    from nacl.public import PrivateKey

    key = PrivateKey.generate()
    return base64.b64encode(bytes(key.public_key)).decode(), base64.b64encode(bytes(key)).decode()
