"""The /v1 endpoints: thin adapters over the engine and the activity store."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
from datetime import datetime, timezone
from typing import Any

from aiohttp import web
from pydantic import TypeAdapter, ValidationError

from postcheck.engine import CheckCancelled, UnknownValue
from postcheck.server.errors import ApiError, invalid
from postcheck.server import checklist_source, leak_check
from postcheck.server.keys import CONFIG, DUTIES, ENGINE, LEAK_GUARD, OPENAPI, STORE, STORE_THREAD, ZONE
from postcheck.i18n import localize
from postcheck.server.models import ActivityEvent, CheckRequest

routes = web.RouteTableDef()
log = logging.getLogger("postcheck.server")
_EVENT = TypeAdapter(ActivityEvent)
_SINCE = TypeAdapter(datetime)
_DATE_START = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]")
MAX_LIMIT = 10_000


def _json(payload: Any, status: int = 200) -> web.Response:
    return web.Response(status=status, body=json.dumps(payload, ensure_ascii=False).encode(),
                        content_type="application/json")


async def read_json(request: web.Request) -> Any:
    """The body as JSON, read within the server's body timeout (a trickled body cannot hold a connection open)."""
    try:
        async with asyncio.timeout(request.app[CONFIG].body_timeout):
            raw = await request.read()
    except TimeoutError:
        raise ApiError(408, "request-timeout",
                       f"the body did not arrive within {request.app[CONFIG].body_timeout:g} s") from None
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ApiError(400, "malformed-json", f"the body is not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ApiError(400, "malformed-json", f"the body is not valid JSON: {exc.msg} at line {exc.lineno} "
                                              f"column {exc.colno}") from None
    except (ValueError, RecursionError):  # an integer too long to convert, or nesting too deep
        raise ApiError(400, "malformed-json", "the body is JSON this helper will not parse (too deeply nested "
                                              "or a number too long)") from None


async def _in_store(request: web.Request, method, *args) -> Any:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(request.app[STORE_THREAD], method, *args)


# How often a long check looks whether its client is still there.
CLIENT_POLL_SECONDS = 0.05


async def _check_while_client_waits(request: web.Request, engine, body: CheckRequest):
    """engine.check in a thread, stopped between rules (and findings) once the client has gone: an abandoned check
    must not keep the worker busy for everyone else (aiohttp does not cancel handlers when a client leaves)."""
    gone = threading.Event()
    task = asyncio.ensure_future(asyncio.to_thread(engine.check, body.text, body.platform, body.kind, gone.is_set,
                                                   body.addressee))
    while not task.done():
        await asyncio.wait({task}, timeout=CLIENT_POLL_SECONDS)
        transport = request.transport
        if not task.done() and (transport is None or transport.is_closing()):
            gone.set()
    try:
        return task.result()
    except CheckCancelled as exc:
        log.info("check of %d characters abandoned by its client: %s", len(body.text), exc)
        raise ApiError(400, "client-gone", "the client closed the connection before the check ended") from None


@routes.post("/v1/check")
async def check(request: web.Request) -> web.Response:
    try:
        body = CheckRequest.model_validate(await read_json(request))
    except ValidationError as exc:
        raise invalid(exc) from None
    engine = request.app[ENGINE]
    inline = len(body.text) <= request.app[CONFIG].inline_check_limit
    try:
        if inline:
            report = engine.check(body.text, body.platform, body.kind, addressee=body.addressee)
        else:
            # A huge paste takes tens to hundreds of ms: in a thread, other requests still get their turns.
            report = await _check_while_client_waits(request, engine, body)
    except UnknownValue as exc:  # a platform the API accepts but this engine does not support
        raise ApiError(422, "invalid", f"platform: {exc}") from None
    # Stored secrets are looked for here, outside the pure engine, through keyed hashes only.
    report = await leak_check.guard(request.app[LEAK_GUARD], body.text, report, in_thread=not inline)
    report = localize(report, body.lang)
    return web.Response(body=report.model_dump_json(), content_type="application/json")


@routes.post("/v1/activity")
async def record_activity(request: web.Request) -> web.Response:
    try:
        event = _EVENT.validate_python(await read_json(request))
    except ValidationError as exc:
        raise invalid(exc) from None
    if event.type == "duty-ticked" and event.duty not in request.app[DUTIES]:
        known = ", ".join(sorted(request.app[DUTIES]))
        raise ApiError(422, "invalid", f"duty: unknown duty {event.duty!r}: expected one of {known}")
    if event.type in ("item-ticked", "item-unticked"):
        await _in_store(request, _tickable, request, event.item, event.at)
    if event.type == "post-published" and not event.official_hashtag and event.hashtags:
        # The week's official hashtags (entered in the popup or the CLI, else the policy's); the extension need not know.
        moment = event.at or datetime.now(timezone.utc)
        official = await _in_store(request, checklist_source.week_official_hashtags, request.app[STORE],
                                   request.app[CONFIG].policy, moment, request.app[ZONE])
        event = event.model_copy(update={"official_hashtag": any(tag.casefold() in official for tag in event.hashtags)})
    # exclude_none: `at` absent means "now", which the store stamps at the moment it commits.
    stored = await _in_store(request, request.app[STORE].record, event.model_dump(exclude_none=True))
    return _json({"id": stored["id"], "at": stored["at"]}, status=201)


def _tickable(request: web.Request, item: str, at: datetime | None) -> None:
    try:
        checklist_source.check_tickable(request.app[STORE], request.app[CONFIG].policy, item,
                                        at or datetime.now(timezone.utc), request.app[ZONE])
    except checklist_source.NotTickable as exc:
        raise ApiError(409, "not-tickable", f"item: {exc}") from None


@routes.get("/v1/activity")
async def list_activity(request: web.Request) -> web.Response:
    query = request.rel_url.query
    since = None
    if "since" in query:
        try:
            if not _DATE_START.match(query["since"]):  # pydantic alone would take "0" as a Unix time
                raise ValueError(query["since"])
            since = _SINCE.validate_python(query["since"])
            if since.tzinfo is not None:
                since.astimezone(timezone.utc)  # OverflowError for a date with no UTC equivalent
        except (ValueError, OverflowError, ValidationError):
            raise ApiError(422, "invalid", "since: expected an ISO 8601 date-time, e.g. 2026-11-24T00:00:00Z") from None
        if since.tzinfo is None:
            raise ApiError(422, "invalid", "since: add a timezone (Z or ±hh:mm): a local time is ambiguous")
    limit = query.get("limit", "1000")
    if not (limit.isascii() and limit.isdigit()) or not 1 <= int(limit) <= MAX_LIMIT:
        raise ApiError(422, "invalid", f"limit: expected a whole number from 1 to {MAX_LIMIT}")
    events = await _in_store(request, request.app[STORE].since, since, int(limit))
    return _json({"events": events})


@routes.get("/v1/templates")
async def templates(request: web.Request) -> web.Response:
    policy_templates = request.app[CONFIG].policy.reply.templates
    return _json({"templates": [{"id": key, "label": t.label, "text": t.text} for key, t in policy_templates.items()]})


@routes.get("/v1/health")
async def health(request: web.Request) -> web.Response:
    return _json({"status": "ok", "version": request.app[CONFIG].version})


@routes.get("/v1/openapi.json")
async def openapi(request: web.Request) -> web.Response:
    return web.Response(body=request.app[OPENAPI], content_type="application/json")
