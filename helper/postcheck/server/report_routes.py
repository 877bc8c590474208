"""GET /v1/report: the report to OCU on a week or a month, as HTML, CSV or JSON (the extension opens the HTML in a
tab of its own). The renderers load at the first report, never with the rest of the helper."""

from __future__ import annotations

import asyncio

from aiohttp import web

from postcheck.server.checklist_routes import moment_of
from postcheck.server.errors import ApiError
from postcheck.server.keys import CONFIG, STORE, STORE_THREAD, ZONE

report_routes = web.RouteTableDef()
FORMATS = ("html", "csv", "json")
CONTENT_TYPES = {"html": "text/html", "csv": "text/csv", "json": "application/json"}
# The page needs nothing from anywhere: its styles and charts are inline. This also keeps it offline when opened.
HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
QUERY = ("week", "month", "format", "at")


def _build(store, policy, period, now, zone, format):
    from postcheck.report.render import render
    from postcheck.report.source import report

    return render(report(store, policy, period, now, zone), format)


@report_routes.get("/v1/report")
async def report(request: web.Request) -> web.Response:
    from postcheck.report import Period, PeriodError

    query = request.rel_url.query
    unknown = sorted(set(query) - set(QUERY))
    if unknown:
        raise ApiError(422, "invalid", f"{unknown[0]}: unknown parameter: expected week, month, format or at")
    if "week" in query and "month" in query:
        raise ApiError(422, "invalid", "week: give a week or a month, not both")
    format = query.get("format", "html")
    if format not in FORMATS:
        raise ApiError(422, "invalid", f"format: expected one of {', '.join(FORMATS)}, not {format!r}")
    now = moment_of(request)
    zone = request.app[ZONE]
    name = "week" if "week" in query else "month"
    try:
        period = Period.parse(query[name]) if name in query else Period.last_complete_week(now, zone)
    except PeriodError as exc:
        raise ApiError(422, "invalid", f"{name}: {exc}") from None
    loop = asyncio.get_running_loop()
    text = await loop.run_in_executor(request.app[STORE_THREAD], _build, request.app[STORE],
                                      request.app[CONFIG].policy, period, now, zone, format)
    headers = {"Content-Security-Policy": HTML_POLICY} if format == "html" else {}
    if format == "csv":
        headers["Content-Disposition"] = f'attachment; filename="postcheck-report-{period.label}.csv"'
    return web.Response(text=text, content_type=CONTENT_TYPES[format], charset="utf-8", headers=headers)
