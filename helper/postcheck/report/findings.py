"""Findings still shown when a post was published, by rule family and week: the compliance trend.

Each post-published event lists the rule ids the person was shown for the text as it went out (`rules_shown`), never
the text. Guideline: every section a rule cites; the trend answers "Adherence to basic rules" (Headquarters and field
missions, Responsibilities).
"""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from postcheck.checklist.activity import Activity
from postcheck.report.models import FindingWeek, Findings
from postcheck.report.period import week_label, week_span

# The families of DESIGN.md's rule ids, in the order the report lists them (all, so that a zero reads as good news);
# a family met in the log but unknown here follows in alphabetical order.
FAMILIES = ("safety", "tone", "reply", "links", "hashtags", "mentions", "length", "style", "image")


def _week(activity: Activity, monday: date, zone: ZoneInfo, reported: bool) -> FindingWeek:
    span = week_span(monday, zone)
    published = activity.posts(span) + activity.posts(span, kind="reply")
    families: dict[str, int] = {}
    with_finding = 0
    for post in published:
        shown = {rule.split(".", 1)[0] for rule in post.data.get("rules_shown", [])}
        with_finding += bool(shown)
        for family in shown:
            families[family] = families.get(family, 0) + 1
    clean = round(100 * (len(published) - with_finding) / len(published), 1) if published else None
    return FindingWeek(week=week_label(monday), reported=reported, published=len(published),
                       with_finding=with_finding, clean_percent=clean, families=families)


def findings(section: str, activity: Activity, mondays: list[date], trend_weeks: int, zone: ZoneInfo) -> Findings:
    """The reported weeks (`mondays`) preceded by `trend_weeks` earlier weeks."""
    before = [mondays[0] - timedelta(weeks=n) for n in range(trend_weeks, 0, -1)]
    weeks = [_week(activity, m, zone, False) for m in before] + [_week(activity, m, zone, True) for m in mondays]
    seen = {family for week in weeks for family in week.families}
    order = list(FAMILIES) + sorted(seen - set(FAMILIES))
    return Findings(section=section, families=order, weeks=weeks)
