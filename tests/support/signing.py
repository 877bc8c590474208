"""Signing for the tests, in one place: a test writes `headers=auth` (a "Bearer <token>" marker that never goes on
the wire) and the client signs the request with that token as the helper expects (postcheck.server.signing).

- `signing_middleware`: an aiohttp client middleware (the `client` fixture's session uses it);
- `signed_headers(headers, method, host, path, body)`: the same for raw-socket and urllib tests.
A marker with a wrong token makes a wrongly signed request (a 401), as a wrong bearer token did; headers without a
marker are sent as they are.
"""

from __future__ import annotations

from aiohttp import ClientHandlerType, ClientRequest, ClientResponse

from postcheck.server import signing

MARKER = "Bearer "


def token_of(headers) -> str | None:
    value = headers.get("Authorization")
    return value[len(MARKER):] if isinstance(value, str) and value.startswith(MARKER) else None


def signed_headers(headers: dict[str, str], method: str, host: str, path_qs: str, body: bytes | None) -> dict[str, str]:
    """`headers` with a Bearer marker replaced by the signature of this request; unchanged without a marker."""
    token = token_of(headers)
    if token is None:
        return dict(headers)
    return {**headers, **signing.sign(token, method, host, path_qs, body)}


async def _body_bytes(request: ClientRequest) -> bytes:
    body = request.body
    if body is None:
        return b""
    if isinstance(body, bytes | bytearray):
        return bytes(body)
    try:
        return await body.as_bytes()
    except (TypeError, NotImplementedError, RuntimeError):
        return b""  # a streamed body (async generator): signed as empty; the helper refuses it for size or signature


async def signing_middleware(request: ClientRequest, handler: ClientHandlerType) -> ClientResponse:
    token = token_of(request.headers)
    if token is not None:
        host = request.headers.get("Host") or request.url.raw_authority
        request.headers.update(signing.sign(token, request.method, host, request.url.raw_path_qs,
                                            await _body_bytes(request)))
    return await handler(request)


class RequestsSigner:
    """requests' auth hook (schemathesis calls the helper through requests): a Bearer marker becomes the signature."""

    def __call__(self, prepared):
        from urllib.parse import urlsplit

        token = token_of(prepared.headers)
        if token is None:
            return prepared
        url = urlsplit(prepared.url)
        path_qs = url.path + (f"?{url.query}" if url.query else "")
        body = prepared.body.encode() if isinstance(prepared.body, str) else prepared.body
        prepared.headers.update(signing.sign(token, prepared.method, url.netloc, path_qs, body))
        return prepared
