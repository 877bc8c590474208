"""One report, three formats: HTML for people, CSV and JSON with the same figures for OCU's tools."""

from __future__ import annotations

from postcheck.report.models import OcuReport

FORMATS = {"html": "text/html", "csv": "text/csv", "json": "application/json"}


def render(report: OcuReport, format: str) -> str:
    """The report as text in `format` (html, csv or json); ValueError naming the formats for another."""
    if format == "json":
        return report.model_dump_json(indent=2) + "\n"
    if format == "csv":
        from postcheck.report.table import render_csv

        return render_csv(report)
    if format == "html":
        from postcheck.report.html import render_html  # Jinja2 loads here, and only here

        return render_html(report)
    raise ValueError(f"format {format!r}: expected one of {', '.join(FORMATS)}")
