"""Every request passes here: the security checks of DESIGN.md, then the handler, and errors in one shape.

Why each check, against a web page the user happens to have open (the attacker we defend against):
- Host must be 127.0.0.1:<port> or localhost:<port> (the port the connection actually reached), else 421: after a DNS
  rebinding, the page's requests reach us with the attacker's name in Host.
- Origin, when present, must be one of our extensions (chrome-extension://<id> from the policy, any moz-extension://
  since Firefox gives every install its own id), else 403. A request WITHOUT Origin is allowed if it has the token:
  browsers send Origin on every cross-origin POST and every CORS request; a page's only Origin-less request is a
  no-cors GET (like an <img>), which cannot carry an Authorization header (so it gets a 401, opaque to the page)
  and changes nothing. Local clients omit Origin: the CLI, the native host, tests. They could forge Origin as
  well; the token is what keeps them out.
- Authorization: a signature made with the token (signing.py: method, Host, path and query, time, nonce and body
  hash), compared in constant time, each nonce accepted once within the replay window, else 401. The token never
  crosses the wire, so whatever listens on a port the helper left learns nothing it can use. Checked after Host and
  Origin so that a web page learns nothing from timing, and after the preflight answer (preflights never carry it).
  Its shape and time are checked first; the body is then read (within the size limit and the body timeout) to check
  the signature, before routing. Every answer to a correctly signed request carries a Postcheck-Proof over its
  nonce, status and body: the client knows it is talking to the token's holder.
- Bodies must be application/json (415; POST /v1/media also takes application/octet-stream, under its own size
  limit, see keys.BODY_RULES): HTML forms and "simple" fetches can only send text/plain, form data or
  multipart, so a page cannot make a request that reaches a handler without a preflight, which it fails.
- A body over the limit is refused from its Content-Length (413) before it is read; chunked bodies hit
  client_max_size while being read.
CORS: only our extensions' origins ever get Access-Control-* headers (and a preflight answer). Chrome's service worker
does not need them (its host permission for http://127.0.0.1/* bypasses CORS), but Firefox lets a user withhold
host permissions, and then the extension's fetch is an ordinary CORS request. Web pages get no CORS header at all,
so whatever they manage to send, they can never read the answer.
"""

from __future__ import annotations

import asyncio
import logging
import time

from aiohttp import web

from postcheck.server import signing
from postcheck.server.errors import CODES, ApiError, error_response
from postcheck.server.keys import BODY_RULES, CONFIG, NONCES

# The nonce of a correctly signed request, set by `security`, read by `errors` to prove the answer.
SIGNED_NONCE = web.RequestKey("signed_nonce", str)
# The body of a route with its own body rule (keys.BODY_RULES), read here under that rule's limit to check the
# signature; the route takes it from here (the stream is consumed).
RULED_BODY = web.RequestKey("ruled_body", bytes)

log = logging.getLogger("postcheck.server")

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_CORS_METHODS = "GET, POST, PUT, DELETE"
_JSON = frozenset({"application/json"})
_MESSAGES = {
    404: "no such endpoint: {method} {path} (see /v1/openapi.json)",
    405: "{method} is not allowed on {path}",
    413: "the body is larger than {limit} bytes",
}


def allowed_origin(origin: str, extension_ids: tuple[str, ...]) -> bool:
    if origin.startswith("moz-extension://"):
        return len(origin) > len("moz-extension://") and "/" not in origin[len("moz-extension://"):]
    return origin.startswith("chrome-extension://") and origin[len("chrome-extension://"):] in extension_ids


def _cors_headers(origin: str) -> dict[str, str]:
    # The extension reads the answer's proof, so CORS must expose it when Firefox makes the fetch a CORS one.
    return {"Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": signing.PROOF_HEADER,
            "Vary": "Origin"}


@web.middleware
async def errors(request: web.Request, handler) -> web.StreamResponse:
    """Outermost: any failure becomes {"error": {...}}; allowed extension origins get their CORS header."""
    try:
        response = await handler(request)
    except ApiError as exc:
        response = error_response(exc.status, exc.code, exc.message, exc.headers)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        limit = request.app[CONFIG].max_body
        template = _MESSAGES.get(exc.status, exc.reason)
        message = template.format(method=request.method, path=request.path, limit=limit)
        headers = {"Allow": exc.headers["Allow"]} if "Allow" in exc.headers else None
        response = error_response(exc.status, CODES.get(exc.status, "error"), message, headers)
    except asyncio.CancelledError:
        raise
    except Exception:
        # The traceback names code, not data: handlers never put post text into exception messages they raise.
        log.exception("internal error on %s %s", request.method, request.path)
        response = error_response(500, "internal", "the helper failed unexpectedly; its log has the details")
    origin = request.headers.get("Origin")
    if origin and allowed_origin(origin, request.app[CONFIG].extension_ids):
        response.headers.update(_cors_headers(origin))
    if response.status in (408, 413):
        # The rest of the body was never read: no keep-alive (aiohttp drains it for at most its lingering time).
        response.force_close()
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    nonce = request.get(SIGNED_NONCE)
    if nonce is not None and isinstance(response, web.Response):
        body = response.body
        if body is not None and not isinstance(body, bytes):  # a str body is held as a payload until sent
            body = response.body = await body.as_bytes()
        response.headers[signing.PROOF_HEADER] = signing.response_proof(request.app[CONFIG].token, nonce,
                                                                          response.status, body)
    return response


@web.middleware
async def security(request: web.Request, handler) -> web.StreamResponse:
    """Host, Origin (and preflight), size and signature, routing, content type, in that order (see the module's doc)."""
    config = request.app[CONFIG]
    headers = request.headers
    port = _local_port(request)
    if headers.get("Host") not in (f"127.0.0.1:{port}", f"localhost:{port}"):
        raise ApiError(421, "misdirected-request",
                       f"Host must be 127.0.0.1:{port} or localhost:{port}: the helper only answers its own address")
    origin = headers.get("Origin")
    if origin is not None and not allowed_origin(origin, config.extension_ids):
        raise ApiError(403, "forbidden-origin", "requests from web pages are refused: only postcheck's extension "
                                                "and local clients may call the helper")
    if request.method == "OPTIONS" and origin is not None and "Access-Control-Request-Method" in headers:
        return web.Response(status=204, headers={
            "Access-Control-Allow-Methods": _CORS_METHODS,
            "Access-Control-Allow-Headers": "Authorization, Content-Type, X-Postcheck-Context",
            "Access-Control-Max-Age": "600",
        })
    await _authenticate(request, config)
    routing_error = getattr(request.match_info, "http_exception", None)
    if routing_error is not None:  # 404/405 say more than a 415 about the same request
        raise routing_error
    if request.method in _BODY_METHODS or request.body_exists:
        # application/octet-stream, like JSON, is not a "simple" type: a page still cannot skip the preflight.
        rule = request.app[BODY_RULES].get(request.path)
        types, limit = (rule.content_types, rule.max_bytes) if rule else (_JSON, config.max_body)
        if request.content_type not in types or (request.charset or "utf-8").lower() != "utf-8":
            wanted = " or ".join(f"'Content-Type: {kind}'" for kind in sorted(types))
            raise ApiError(415, "unsupported-media-type",
                           f"the body must be sent as {wanted}, not {headers.get('Content-Type', 'nothing')!r}")
        if request.content_length is not None and request.content_length > limit:
            raise ApiError(413, "payload-too-large", f"the body is larger than {limit} bytes")
    return await handler(request)


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, "unauthorized", message, headers={"WWW-Authenticate": signing.SCHEME})


async def _authenticate(request: web.Request, config) -> None:
    """The request's signature (see signing.py), its nonce never seen before; the body is read here, within limits."""
    now = time.time()
    try:
        ts, nonce, sig = signing.parse(request.headers.get("Authorization", ""), now)
    except signing.SignatureError as exc:
        raise _unauthorized(f"missing or wrong signature: {exc}") from None
    body = b""
    if request.body_exists:
        rule = request.app[BODY_RULES].get(request.path)
        limit = rule.max_bytes if rule else config.max_body
        if request.content_length is not None and request.content_length > limit:
            raise ApiError(413, "payload-too-large", f"the body is larger than {limit} bytes")
        try:
            async with asyncio.timeout(config.body_timeout):
                if rule is None:
                    body = await request.read()  # kept by aiohttp: the handler reads the same bytes
                else:  # over client_max_size: read in chunks under the route's own limit, handed over in RULED_BODY
                    body = request[RULED_BODY] = await _read_chunks(request, limit)
        except TimeoutError:
            raise ApiError(408, "request-timeout",
                           f"the body did not arrive within {config.body_timeout:g} s") from None
    try:
        signing.verify(config.token, request.method, request.headers["Host"], request.raw_path, ts, nonce, sig, body)
    except signing.SignatureError as exc:
        raise _unauthorized(f"missing or wrong signature: {exc}") from None
    if not request.app[NONCES].add(nonce, ts, now):
        raise _unauthorized("this signed request was already used: sign each request with a fresh nonce")
    request[SIGNED_NONCE] = nonce


async def _read_chunks(request: web.Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it passes `limit` bytes (whatever Content-Length said)."""
    chunks, size = [], 0
    async for chunk in request.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "payload-too-large", f"the body is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _local_port(request: web.Request) -> int | None:
    transport = request.transport
    sockname = transport.get_extra_info("sockname") if transport is not None else None
    return sockname[1] if sockname else None
