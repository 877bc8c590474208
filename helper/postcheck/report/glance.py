"""The report's first lines, "at a glance": one tile per section, its figure against its target, met or not."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from postcheck.report.models import OcuReport


@dataclass(frozen=True)
class Tile:
    label: str
    value: str
    met: bool | None  # None: nothing was due, or the figure has no pass mark (the findings trend)
    anchor: str


def _ratio(done: int, due: int) -> str:
    return f"{done} / {due}"


def glance(report: OcuReport, t: Callable[..., str], percent: Callable[[float | None], str]) -> list[Tile]:
    """Tiles for `report` with the words of `t` (a Words) and its percent format."""
    tiles = []
    posts = report.posts.platforms
    at_min, days = sum(p.days_at_minimum for p in posts), sum(p.days for p in posts)
    tiles.append(Tile(t("glance.posts"), " · ".join(f"{t('platform.' + p.platform)} {_ratio(p.days_at_minimum, p.days)}"
                                                   for p in posts), at_min == days if days else None, "posts"))
    kept, due = sum(p.kept for p in report.check_times.platforms), sum(p.due for p in report.check_times.platforms)
    tiles.append(Tile(t("glance.checks"), percent(round(100 * kept / due, 1)) if due else t("glance.none"),
                      kept == due if due else None, "checks"))
    targets = [target for week in report.weeks for target in week.hashtag_targets]
    met = sum(target.met for target in targets)
    tiles.append(Tile(t("glance.hashtags"), _ratio(met, len(targets)), met == len(targets) if targets else None,
                      "hashtags"))
    images = [image for week in report.weeks for image in week.images]
    # A count against a minimum, not a share: "4 (≥ 3)".
    tiles.append(Tile(t("glance.images"), f"{sum(i.count for i in images)} (≥ {sum(i.target for i in images)})",
                      all(i.met for i in images) if images else None, "images"))
    replies = report.replies
    answered_due = replies.marked - replies.open
    tiles.append(Tile(t("glance.replies", hours=replies.within_hours),
                      _ratio(replies.within, answered_due) if answered_due else t("glance.none"),
                      replies.within == answered_due if answered_due else None, "replies"))
    weeks = [week for week in report.findings.weeks if week.reported]
    published = sum(w.published for w in weeks)
    clean = round(100 * (published - sum(w.with_finding for w in weeks)) / published, 1) if published else None
    tiles.append(Tile(t("glance.clean"), percent(clean), None, "findings"))
    duties = [d for d in report.duties if d.state != "not-due"]
    on_time = sum(d.state == "on-time" for d in duties)
    tiles.append(Tile(t("glance.duties"), _ratio(on_time, len(duties)) if duties else t("glance.none"),
                      on_time == len(duties) if duties else None, "duties"))
    total = report.accounts_total
    ready = total - sum(1 for account in report.accounts if account.lacking)
    tiles.append(Tile(t("glance.accounts"), _ratio(ready, total) if total else "—",
                      ready == total if total else None, "accounts"))
    return tiles
