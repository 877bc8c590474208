"""POST /v1/media: an attached photo's metadata part in, image.* findings out (the picture itself never comes).

POST /v1/media/clean: the whole photo in, its clean copy written into the user's Downloads (the helper says where).

Two ways to send a body, both under the route's own limit (policy [media] max_body_bytes; for /clean the base64
size of max_clean_bytes), never the JSON routes' limit:
- `application/octet-stream`: the metadata bytes as the body; the post's text, for the credit check, in the `text`
  query parameter (UTF-8, percent-encoded). A query parameter rather than a header: headers are Latin-1 and the
  text is any language; aiohttp caps the request line at 8 KiB, enough for a caption's credit line.
- `application/json`: {"data": base64 of the bytes, "text": the post's text}: what the extension sends, through the
  background's one JSON client (helper-client.js signs what it sends), with a text of any length.
Pillow is imported on the first photo, not at start-up: typing never waits for it.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
from typing import Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from postcheck.i18n import LANGUAGES, localize_finding
from postcheck.server.middlewares import RULED_BODY
from postcheck.server.errors import ApiError, invalid
from postcheck.server.keys import CONFIG

media_routes = web.RouteTableDef()
PATH = "/v1/media"
CLEAN_PATH = "/v1/media/clean"
BODY_TYPES = frozenset({"application/json", "application/octet-stream"})
_BASE64 = r"^[A-Za-z0-9+/]*={0,2}$"


def clean_body_limit(max_clean_bytes: int) -> int:
    """Body limit of /v1/media/clean: the largest photo as base64, with room for the JSON around it."""
    return -(-max_clean_bytes // 3) * 4 + 4096


class CleanRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    data: str = Field(pattern=_BASE64, description="Base64 of the whole photo (at most max_clean_bytes)")
    name: str = Field(default="photo", max_length=255,
                      description="The file's name; only its base name is used, the folder is always Downloads")


class CleanCopyAnswer(BaseModel):
    path: str = Field(description="Where the clean copy was written (the user's Downloads folder)")
    name: str
    removed_bytes: int


class MediaRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    data: str = Field(pattern=_BASE64, description="Base64 of the file's metadata part (at most metadata_cap_bytes)")
    text: str = Field(default="", description="The post's text, for the credit check")
    lang: Literal["en", "fr", "es"] = Field(default="en", description="The language of the findings' texts")


async def _read(request: web.Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it passes `limit` bytes and 408 when it trickles. The security
    middleware has already read it (under the same limit) to check the request's signature: taken from there."""
    if RULED_BODY in request:
        return request[RULED_BODY]
    chunks, size = [], 0
    try:
        async with asyncio.timeout(request.app[CONFIG].body_timeout):
            async for chunk in request.content.iter_chunked(64 * 1024):
                size += len(chunk)
                if size > limit:
                    raise ApiError(413, "payload-too-large", f"the body is larger than {limit} bytes")
                chunks.append(chunk)
    except TimeoutError:
        raise ApiError(408, "request-timeout",
                       f"the body did not arrive within {request.app[CONFIG].body_timeout:g} s") from None
    return b"".join(chunks)


def _from_json(raw: bytes, model: type[MediaRequest] | type[CleanRequest]) -> tuple[bytes, str, str]:
    """(decoded data, text or name, findings' language) from a MediaRequest or CleanRequest body."""
    try:
        body = model.model_validate(json.loads(raw.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ApiError(400, "malformed-json", "the body is not valid UTF-8 JSON") from None
    except ValidationError as exc:
        raise invalid(exc) from None
    try:
        words = body.text if isinstance(body, MediaRequest) else body.name
        return base64.b64decode(body.data, validate=True), words, getattr(body, "lang", "en")
    except binascii.Error as exc:
        raise ApiError(422, "invalid", f"data: not valid base64 ({exc})") from None


@media_routes.post(PATH)
async def media(request: web.Request) -> web.Response:
    from postcheck.media import MediaError, inspect

    policy = request.app[CONFIG].policy.media
    raw = await _read(request, request.app[CONFIG].max_media_body)
    if request.content_type == "application/json":
        data, text, lang = _from_json(raw, MediaRequest)
    else:
        data, text, lang = raw, request.rel_url.query.get("text", ""), request.rel_url.query.get("lang", "en")
        if lang not in LANGUAGES:
            raise ApiError(422, "invalid", f"lang: {lang!r} is not one of {', '.join(LANGUAGES)}")
    if len(data) > policy.metadata_cap_bytes:
        raise ApiError(413, "payload-too-large", f"send only the metadata part: at most "
                                                 f"{policy.metadata_cap_bytes} bytes, not {len(data)}")
    try:
        report = inspect(data, text, policy)
    except MediaError as exc:
        raise ApiError(422, "unreadable-media", str(exc)) from None
    report = report.model_copy(update={"image_kinds": list(request.app[CONFIG].policy.images.rotation),
                                       "findings": [localize_finding(f, lang) for f in report.findings]})
    return web.Response(body=report.model_dump_json(), content_type="application/json")


@media_routes.post(CLEAN_PATH)
async def media_clean(request: web.Request) -> web.Response:
    """The whole photo in, its clean copy written to the user's Downloads (201 with the path). Only there: a request
    never chooses a folder. Same body forms as /v1/media (the name in the JSON body or the `name` query parameter)."""
    from postcheck.media import MediaError, save_upload

    policy = request.app[CONFIG].policy.media
    raw = await _read(request, clean_body_limit(policy.max_clean_bytes))
    if request.content_type == "application/json":
        data, name, _ = _from_json(raw, CleanRequest)
    else:
        data, name = raw, request.rel_url.query.get("name", "photo")
    if len(data) > policy.max_clean_bytes:
        raise ApiError(413, "payload-too-large", f"the photo is larger than {policy.max_clean_bytes} bytes")
    try:
        copy = await asyncio.to_thread(save_upload, data, name or "photo", policy)
    except MediaError as exc:
        raise ApiError(422, "unreadable-media", str(exc)) from None
    except OSError as exc:
        raise ApiError(500, "internal", f"could not write the copy into Downloads ({exc.strerror})") from None
    answer = CleanCopyAnswer(path=str(copy.path), name=copy.path.name, removed_bytes=copy.removed_bytes)
    return web.Response(status=201, body=answer.model_dump_json(), content_type="application/json")
