"""The one error shape, {"error": {"code", "message"}}, and the exceptions that produce it."""

from __future__ import annotations

import json

from aiohttp import web
from pydantic import ValidationError

# aiohttp's own HTTP errors (unknown route, wrong method, body over client_max_size) mapped to our codes.
CODES = {
    400: "bad-request", 401: "unauthorized", 403: "forbidden", 404: "not-found", 405: "method-not-allowed", 409: "conflict",
    408: "request-timeout", 413: "payload-too-large", 415: "unsupported-media-type", 421: "misdirected-request",
    422: "invalid", 500: "internal",
}
_UNION_TAGS = {"post-published", "check-in", "duty-ticked", "item-ticked", "item-unticked", "official-hashtags-set",
               "review-marked-negative", "focused-time", "composer-unrecognised", "composer-recognised"}
_WHOLE_BODY_ERRORS = {"union_tag_invalid": "type", "union_tag_not_found": "type"}


class ApiError(Exception):
    """Raised anywhere under a handler; the error middleware turns it into the error shape."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> web.Response:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    return web.Response(status=status, body=body, content_type="application/json", headers=headers)


def field_name(loc: tuple) -> str:
    """'hashtags[0]' from pydantic's ('post-published', 'hashtags', 0): the discriminator tag is not a field."""
    parts = list(loc[1:] if loc and loc[0] in _UNION_TAGS else loc)
    name = ""
    for part in parts:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name


def invalid(exc: ValidationError, where: str = "body") -> ApiError:
    """A 422 whose message names every bad field, first one first."""
    problems = []
    for error in exc.errors(include_url=False):
        name = field_name(error["loc"]) or _WHOLE_BODY_ERRORS.get(error["type"], where)
        message = error["msg"]
        if error["type"] == "string_unicode":
            message = "contains a lone UTF-16 surrogate: send well-formed text"
        elif error["type"] == "extra_forbidden":
            message = "unknown field" + (" (activity events never carry the post's text)" if name == "text" else "")
        elif message.startswith("Value error, "):
            message = message[len("Value error, "):]
        problems.append(f"{name}: {message}")
    return ApiError(422, "invalid", "; ".join(problems))
