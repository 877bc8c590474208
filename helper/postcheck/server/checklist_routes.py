"""GET /v1/checklist/today and /v1/checklist/week: thin adapters over checklist_source (the store's thread)."""

from __future__ import annotations

import asyncio
import re
from datetime import datetime, timezone

from aiohttp import web
from pydantic import TypeAdapter, ValidationError

from postcheck.server import checklist_source
from postcheck.server.errors import ApiError
from postcheck.server.keys import CONFIG, STORE, STORE_THREAD, ZONE

checklist_routes = web.RouteTableDef()
_MOMENT = TypeAdapter(datetime)
_DATE_START = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]")
# Moments a checklist can be asked for: a week and a month on either side must stay representable.
YEARS = (1970, 9998)
YEAR_PATTERN = "^(19[7-9][0-9]|[2-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])-"


def moment_of(request: web.Request) -> datetime:
    """`?at=` (ISO 8601 with an offset) or now; a 422 naming `at` otherwise."""
    text = request.rel_url.query.get("at")
    if text is None:
        return datetime.now(timezone.utc)
    try:
        if not _DATE_START.match(text):  # pydantic alone would take "0" as a Unix time
            raise ValueError(text)
        moment = _MOMENT.validate_python(text)
        if moment.tzinfo is not None:
            moment = moment.astimezone(timezone.utc)  # OverflowError for a date with no UTC equivalent
            moment.astimezone(request.app[ZONE])
    except (ValueError, OverflowError, ValidationError):
        raise ApiError(422, "invalid", "at: expected an ISO 8601 date-time with an offset, "
                                       "e.g. 2026-12-07T10:45:00+01:00") from None
    if moment.tzinfo is None:
        raise ApiError(422, "invalid", "at: add a timezone (Z or ±hh:mm): a local time is ambiguous")
    if not YEARS[0] <= moment.year <= YEARS[1]:
        raise ApiError(422, "invalid", f"at: expected a year from {YEARS[0]} to {YEARS[1]}")
    return moment


async def _answer(request: web.Request, build) -> web.Response:
    moment = moment_of(request)
    app = request.app
    loop = asyncio.get_running_loop()
    answer = await loop.run_in_executor(app[STORE_THREAD], build, app[STORE], app[CONFIG].policy, moment, app[ZONE])
    return web.Response(body=answer.model_dump_json(), content_type="application/json")


@checklist_routes.get("/v1/checklist/today")
async def today(request: web.Request) -> web.Response:
    return await _answer(request, checklist_source.today)


@checklist_routes.get("/v1/checklist/week")
async def week(request: web.Request) -> web.Response:
    return await _answer(request, checklist_source.week)
