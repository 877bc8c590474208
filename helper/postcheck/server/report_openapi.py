"""GET /v1/report in the OpenAPI document: its query as one exploded object, so that "a week or a month, not both"
is said in the schema (?week=2026-W49&format=csv), and its answer in three formats."""

from __future__ import annotations

from typing import Any

from postcheck.report.period import YEARS
from postcheck.server.checklist_routes import YEAR_PATTERN

_YEAR = "(197[1-9]|19[89][0-9]|[2-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])"
# W53 exists in some years only: the pattern stops at W52 so that every week it allows exists; the server also
# takes W53 in the years that have one (and names the week in a 422 for the others).
PARAMETER = {
    "name": "period", "in": "query", "required": False, "style": "form", "explode": True,
    "description": f"week: an ISO week, years {YEARS[0]}–{YEARS[1]}, W01–W52 (W53 too in the years that have one; "
                   "default: the last complete week); month: a calendar month; not both. format: html (default), "
                   "csv or json. at: report as known at this moment (default: now), ISO 8601 with an offset.",
    "schema": {"type": "object", "additionalProperties": False,
               "properties": {
                   "week": {"type": "string", "pattern": f"^{_YEAR}-W(0[1-9]|[1-4][0-9]|5[0-2])$",
                            "examples": ["2026-W49"]},
                   "month": {"type": "string", "pattern": f"^{_YEAR}-(0[1-9]|1[0-2])$", "examples": ["2026-12"]},
                   "format": {"type": "string", "enum": ["html", "csv", "json"], "default": "html"},
                   "at": {"type": "string", "format": "date-time", "pattern": YEAR_PATTERN}},
               "not": {"required": ["week", "month"]}},
}


def report_operation(report_ref: dict[str, Any], responses: dict[str, Any]) -> dict[str, Any]:
    """The operation, given the OcuReport schema's reference and the JSON responses (200 and errors) to extend."""
    return {
        "operationId": "report", "summary": "The report to OCU on a week or a month, as HTML, CSV or JSON",
        "description": "Each figure beside its target from the policy. HTML opens offline and prints on A4; CSV is "
                       "one tidy table (section, metric, key, date, time, week, value, target, …).",
        "parameters": [PARAMETER],
        "responses": {**responses, "200": {"description": "The report in the format asked for", "content": {
            "text/html": {"schema": {"type": "string"}}, "text/csv": {"schema": {"type": "string"}},
            "application/json": {"schema": report_ref}}}},
    }
