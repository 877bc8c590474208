"""The report as one self-contained HTML page (Jinja2; charts inline as SVG; print CSS for one or two A4 pages).

Nothing is fetched when the page opens: no font, script, image or style sheet from anywhere. Imported only by the
report command and route, never on the keystroke path (benchmarks/bench_report.py measures the import).
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

import jinja2

from postcheck.report.charts import posts_chart
from postcheck.report.glance import glance
from postcheck.report.messages import messages
from postcheck.report.models import OcuReport

# Three week charts side by side, or one month chart per row, within A4's 186 mm of text width (≈ 700 px).
WEEK_CHART, MONTH_CHART = (220, 120), (690, 90)


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("postcheck.report", "templates"),
                              autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
                              lstrip_blocks=True)


class Words:
    """The reporting language's words and formats, for the template (`t("posts.title", low=2)`)."""

    def __init__(self, language: str, months: frozenset[str] = frozenset()) -> None:
        self.language = language
        self.text = messages(language)
        self.months = months  # "YYYY-MM" of the period's days: their dates need no month name

    def __call__(self, key: str, **values: Any) -> str:
        return self.text[key].format(**values) if values else self.text[key]

    def day(self, iso: str) -> str:
        """'Mon 30 Nov' style: weekday abbreviation and day of the month."""
        day = date.fromisoformat(iso)
        return f"{self.text['weekdays'][day.weekday()]} {day.day}"

    def date(self, iso: str) -> str:
        day = date.fromisoformat(iso[:10])
        return f"{day.day} {self.text['months'][day.month - 1]} {day.year}"

    def moment(self, iso: str | None) -> str:
        """'Tue 1, 10:05' for an instant of the period's month, 'Tue 30 June, 17:00' for another; '—' for none."""
        if iso is None:
            return "—"
        moment = datetime.fromisoformat(iso)
        month = "" if iso[:7] in self.months else f" {self.text['months'][moment.month - 1]}"
        return f"{self.day(iso[:10])}{month}, {moment:%H:%M}"

    def duration(self, minutes: int | None) -> str:
        if minutes is None:
            return "—"
        hours, rest = divmod(minutes, 60)
        return self("unit.hours_minutes", hours=hours, minutes=rest) if hours else self("unit.minutes", minutes=rest)

    def percent(self, value: float | None) -> str:
        if value is None:
            return "—"
        number = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
        return f"{number} %".replace(".", ",") if self.language in ("fr", "es") else f"{number}%"

    def period(self, report: OcuReport) -> str:
        first = date.fromisoformat(report.first)
        if report.kind == "week":
            year, week, _ = first.isocalendar()
            return self("title.week", week=week, year=year)
        return self("title.month", month=self.text["months"][first.month - 1].capitalize(), year=first.year)


def _labels(report: OcuReport, words: Words) -> list[str]:
    if report.kind == "week":
        return [words.text["weekdays"][date.fromisoformat(d).weekday()] for d in report.posts.dates]
    return [str(date.fromisoformat(d).day) if date.fromisoformat(d).day % 2 else "" for d in report.posts.dates]


def duty_groups(report: OcuReport) -> list[tuple[str, str, list]]:
    """(title, section, occurrences) per duty, in the order of each duty's first due time."""
    groups: dict[str, tuple[str, str, list]] = {}
    for occurrence in report.duties:
        groups.setdefault(occurrence.duty, (occurrence.title, occurrence.section, []))[2].append(occurrence)
    return list(groups.values())


def render_html(report: OcuReport) -> str:
    """The page for `report`, in its language."""
    words = Words(report.language, frozenset(day[:7] for day in report.posts.dates))
    size = WEEK_CHART if report.kind == "week" else MONTH_CHART
    charts = {p.platform: posts_chart(p, _labels(report, words), *size) for p in report.posts.platforms}
    return environment().get_template("report.html.j2").render(r=report, t=words, charts=charts,
                                                               glance=glance(report, words, words.percent),
                                                               duty_groups=duty_groups(report))
