"""Geometry of the posts-per-day chart (one small chart per platform), drawn as inline SVG by templates/charts.svg.j2.

Hand-made on purpose: pygal and leather (measured in benchmarks/bench_report.py) cannot draw a shaded target band
behind columns, and pygal stamps random ids and the date into every chart. Units are SVG user units (≈ CSS px).
"""

from __future__ import annotations

from dataclasses import dataclass

from postcheck.report.models import PlatformPosts

LEFT, RIGHT, TOP, BOTTOM = 22, 6, 8, 18


@dataclass(frozen=True)
class Column:
    x: float
    y: float
    width: float
    height: float
    value: int | None
    label: str
    state: str  # below | in-band | over | pending


@dataclass(frozen=True)
class PostsChart:
    width: int
    height: int
    left: float
    right: float
    baseline: float
    band_top: float
    band_bottom: float
    minimum_y: float
    ticks: list[tuple[float, int]]
    columns: list[Column]


def _state(value: int | None, posts: PlatformPosts) -> str:
    if value is None:
        return "pending"
    if value < posts.minimum:
        return "below"
    return "over" if value > posts.ideal[1] else "in-band"


def posts_chart(posts: PlatformPosts, labels: list[str], width: int, height: int) -> PostsChart:
    """Columns per day (`labels` under them, "" for none), the ideal band shaded, the minimum as a dashed line, 0 to
    the highest count (at least one over the band) on the y axis; `width` and `height` in user units."""
    top_value = max([v for v in posts.per_day if v is not None] + [posts.ideal[1] + 1, posts.minimum])
    plot_height = height - TOP - BOTTOM
    baseline = height - BOTTOM

    def y(value: float) -> float:
        return round(baseline - plot_height * value / top_value, 1)

    slot = (width - LEFT - RIGHT) / max(len(posts.per_day), 1)
    gap = min(slot * 0.25, 8)
    columns = []
    for index, (value, label) in enumerate(zip(posts.per_day, labels)):
        shown = value or 0
        columns.append(Column(x=round(LEFT + index * slot + gap / 2, 1), y=y(shown), width=round(slot - gap, 1),
                              height=round(baseline - y(shown), 1), value=value, label=label,
                              state=_state(value, posts)))
    step = max(1, round(top_value / 4))
    ticks = [(y(v), v) for v in range(0, top_value + 1, step)]
    return PostsChart(width=width, height=height, left=LEFT, right=width - RIGHT, baseline=baseline,
                      band_top=y(posts.ideal[1]), band_bottom=y(posts.ideal[0]),
                      minimum_y=y(posts.minimum), ticks=ticks, columns=columns)
