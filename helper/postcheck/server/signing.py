"""Request signatures and response proofs: how a client shows it holds the helper's token without sending it.

The one signing function every Python client uses (the helper-file probe, `postcheck doctor`, the native host, the
tests, the benchmarks); extension/background/signing.js computes exactly the same strings.

A request carries `Authorization: Postcheck-HMAC-SHA256 ts=<unix seconds>, nonce=<base64url>, sig=<base64url>`, where
sig = HMAC-SHA256(token, "postcheck-request-v1\\n" + METHOD + "\\n" + Host + "\\n" + path?query + "\\n" + ts + "\\n" + nonce
+ "\\n" + hex SHA-256 of the body). Host is in it so that a signed request caught by whatever listens on a stale port
cannot be replayed to the helper's new port; the nonce, once seen, is refused for the replay window.
Every answer to a correctly signed request carries `Postcheck-Proof: <base64url>`, HMAC-SHA256(token,
"postcheck-response-v1\\n" + request nonce + "\\n" + status + "\\n" + hex SHA-256 of the response body): the client
knows the answer comes from the holder of the token, and a fresh nonce makes any request a challenge.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import time

SCHEME = "Postcheck-HMAC-SHA256"
PROOF_HEADER = "Postcheck-Proof"
# A signed request is accepted this many seconds either side of the helper's clock (client and helper share the machine).
REPLAY_WINDOW_S = 60
NONCE_BYTES = 16
_REQUEST_CONTEXT = "postcheck-request-v1"
_RESPONSE_CONTEXT = "postcheck-response-v1"
_B64 = r"[A-Za-z0-9_-]"
_HEADER = re.compile(rf"{SCHEME} ts=(\d{{1,12}}), nonce=({_B64}{{16,64}}), sig=({_B64}{{43}})")
EMPTY_BODY_SHA256 = hashlib.sha256(b"").hexdigest()


class SignatureError(ValueError):
    """An Authorization header that is missing, malformed, outside the replay window or wrongly signed."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _mac(token: str, message: str) -> bytes:
    return hmac.new(token.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).digest()


def body_sha256(body: bytes | None) -> str:
    return hashlib.sha256(body).hexdigest() if body else EMPTY_BODY_SHA256


def request_signature(token: str, method: str, host: str, path_qs: str, ts: int, nonce: str, body_hash: str) -> str:
    """base64url HMAC-SHA256 of the request's canonical string (see the module's doc)."""
    message = "\n".join((_REQUEST_CONTEXT, method.upper(), host, path_qs, str(ts), nonce, body_hash))
    return _b64(_mac(token, message))


def sign(token: str, method: str, host: str, path_qs: str, body: bytes | None = None, *, now: float | None = None,
         nonce: str | None = None) -> dict[str, str]:
    """{"Authorization": …} for one request: `host` as in the Host header ("127.0.0.1:8765"), `path_qs` as sent
    ("/v1/activity?limit=5"), `body` the exact bytes sent (None or b"" for none); `now` in Unix seconds."""
    ts = int(time.time() if now is None else now)
    nonce = nonce or _b64(secrets.token_bytes(NONCE_BYTES))
    sig = request_signature(token, method, host, path_qs, ts, nonce, body_sha256(body))
    return {"Authorization": f"{SCHEME} ts={ts}, nonce={nonce}, sig={sig}"}


def parse(header: str, now: float) -> tuple[int, str, str]:
    """(ts, nonce, sig) of an Authorization header, checked for shape and replay window; SignatureError otherwise."""
    match = _HEADER.fullmatch(header)
    if match is None:
        raise SignatureError(f"send 'Authorization: {SCHEME} ts=…, nonce=…, sig=…' signed with the token from "
                             "helper.json (the token itself is never sent)")
    ts = int(match.group(1))
    if abs(now - ts) > REPLAY_WINDOW_S:
        raise SignatureError(f"the signature's time is more than {REPLAY_WINDOW_S} s from the helper's clock")
    return ts, match.group(2), match.group(3)


def verify(token: str, method: str, host: str, path_qs: str, ts: int, nonce: str, sig: str, body: bytes) -> None:
    """Raise SignatureError unless `sig` signs this request with `token` (compared in constant time)."""
    expected = request_signature(token, method, host, path_qs, ts, nonce, body_sha256(body))
    if not hmac.compare_digest(expected.encode(), sig.encode()):
        raise SignatureError("wrong signature: sign with the token from the current helper.json")


def response_proof(token: str, nonce: str, status: int, body: bytes | None) -> str:
    """The Postcheck-Proof of an answer with `status` and `body` to the request that carried `nonce`."""
    return _b64(_mac(token, "\n".join((_RESPONSE_CONTEXT, nonce, str(status), body_sha256(body)))))


def nonce_of(headers: dict[str, str]) -> str:
    """The nonce inside headers signed by sign()."""
    return headers["Authorization"].split("nonce=", 1)[1].split(",", 1)[0]


def check_proof(token: str, nonce: str, status: int, body: bytes | None, proof: str | None) -> bool:
    """Whether `proof` (the answer's Postcheck-Proof, None when absent) proves the answer came from the token's holder."""
    return proof is not None and hmac.compare_digest(response_proof(token, nonce, status, body).encode(), proof.encode())
