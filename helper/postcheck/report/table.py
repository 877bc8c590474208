"""The report as CSV: one tidy table, one figure per row, the same figures as the JSON, for OCU's spreadsheets.

Columns (COLUMNS): section, metric, key (a platform, rule family, hashtag, duty or an account's platform/handle),
date (local YYYY-MM-DD), time (local HH:MM), week (ISO, 2026-W49), value, target, target_max, unit, state, and
`title`: the section's heading in the reporting language. Numbers are plain (a dot for decimals); an empty cell is "not applicable" or "not over yet".
An empty period has its header rows and one `no-activity` row: no zeros that look like a failure.
"""

from __future__ import annotations

import csv
import io
from typing import Any, Iterator

from postcheck.report.messages import messages
from postcheck.report.models import OcuReport

COLUMNS = ("section", "metric", "key", "date", "time", "week", "value", "target", "target_max", "unit", "state",
           "title")
TITLES = {"report": "title.report", "posts": "posts.title", "check_times": "checks.title",
          "official_hashtags": "hashtags.title", "images": "images.title", "replies": "replies.title",
          "findings": "findings.title", "duties": "duties.title", "accounts": "accounts.title"}


def _row(section: str, metric: str, value: Any, **cells: Any) -> dict[str, Any]:
    return {"section": section, "metric": metric, "value": value, **cells}


def _instant(iso: str | None) -> dict[str, str]:
    return {"date": iso[:10], "time": iso[11:16]} if iso else {}


def rows(report: OcuReport) -> Iterator[dict[str, Any]]:
    """Every figure of `report` as a row (only the columns that apply; the others are empty)."""
    for metric in ("mission", "period", "first", "last", "timezone", "generated_at", "language", "guidelines"):
        yield _row("report", metric, getattr(report, metric))
    if report.empty:
        yield _row("report", "no-activity", 1)
        return
    for p in report.posts.platforms:
        for day, count in zip(report.posts.dates, p.per_day):
            yield _row("posts", "posts-per-day", count, key=p.platform, date=day, target=p.minimum,
                       target_max=p.ideal[1], unit="posts")
        for metric in ("total", "days", "days_at_minimum", "days_in_band", "days_over_band"):
            target = p.days if metric in ("days_at_minimum", "days_in_band") else None
            yield _row("posts", metric.replace("_", "-"), getattr(p, metric), key=p.platform, target=target,
                       unit="posts" if metric == "total" else "days")
    for day in report.check_times.days:
        for s in day.slots:
            yield _row("check_times", "check-time", {"kept": 1, "missed": 0}.get(s.state), key=s.platform,
                       date=day.date, time=s.time, target=1, state=s.state)
    for p in report.check_times.platforms:
        yield _row("check_times", "kept-percent", p.percent, key=p.platform, target=100, unit="percent")
    for w in report.weeks:
        for tag in w.official_hashtags:
            yield _row("official_hashtags", "official-hashtag", tag, week=w.week, state=w.hashtags_source)
        for target in w.hashtag_targets:
            yield _row("official_hashtags", "posts-with-official-hashtag", target.count, key=target.platform,
                       week=w.week, target=target.target, unit="posts", state="met" if target.met else "unmet")
        for post in w.tagged_posts:
            yield _row("official_hashtags", "tagged-post", " ".join(f"#{tag}" for tag in post.hashtags),
                       key=post.platform, week=w.week, **_instant(post.at))
        for image in w.images:
            yield _row("images", "original-images", image.count, key=image.platform, week=w.week,
                       target=image.target, unit="posts", state="met" if image.met else "unmet")
            yield _row("images", "in-turn", image.in_turn, key=image.platform, week=w.week, target=image.turns,
                       unit="posts")
            for kind in image.sequence:
                yield _row("images", "image-kind", kind, key=image.platform, week=w.week)
    rp = report.replies
    for metric in ("marked", "within", "late", "unanswered", "open", "median_minutes"):
        yield _row("replies", metric.replace("_", "-"), getattr(rp, metric),
                   unit="minutes" if metric == "median_minutes" else "reviews")
    for review in rp.reviews:
        yield _row("replies", "time-to-reply", review.minutes, key=review.platform, target=rp.within_hours * 60,
                   unit="minutes", state=review.state, **_instant(review.marked_at))
    for w in report.findings.weeks:
        state = "reported" if w.reported else "trend"
        for metric in ("published", "with_finding", "clean_percent"):
            yield _row("findings", metric.replace("_", "-"), getattr(w, metric), week=w.week, state=state,
                       unit="percent" if metric == "clean_percent" else "posts",
                       target=100 if metric == "clean_percent" else None)
        for family in report.findings.families:
            yield _row("findings", "posts-with-finding", w.families.get(family, 0), key=family, week=w.week,
                       state=state, unit="posts")
    for duty in report.duties:
        yield _row("duties", "duty", duty.done_at, key=duty.duty, state=duty.state, **_instant(duty.due))
    lacking = sum(1 for account in report.accounts if account.lacking)
    yield _row("accounts", "set-up", report.accounts_total - lacking, target=report.accounts_total, unit="accounts")
    for account in report.accounts:
        for gap in account.gaps:  # metric: the requirement; date: first stale day; value: when last done
            yield _row("accounts", gap.id, gap.done_on, key=f"{account.platform}/{account.handle}", state=gap.state,
                       date=gap.stale_since)


def render_csv(report: OcuReport) -> str:
    """The CSV text (RFC 4180, CRLF line ends, a header row)."""
    words = messages(report.language)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, restval="", extrasaction="raise")
    writer.writeheader()
    for row in rows(report):
        title = words[TITLES[row["section"]]].format(hours=report.replies.within_hours)
        writer.writerow({key: ("" if value is None else value) for key, value in {**row, "title": title}.items()})
    return out.getvalue()
