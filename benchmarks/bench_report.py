"""Cost of the report: import of the renderers beside the charting libraries considered, and render times.

Run: python benchmarks/bench_report.py [--runs 7] [--repeat 50]
Prints: the median cold import time (a fresh interpreter each run, `-X importtime`'s total for the module) of
jinja2, of postcheck's HTML renderer (jinja2 and the postcheck package included), and of the peers pygal and
leather (the `bench` extra); what the renderers add to a process that already runs the helper; then
the median time to build the figures of a realistic week (tests/report/sample.py, 63 events) and of a month, and to
render them as HTML, CSV and JSON; and beside them pygal drawing the same three posts-per-day charts (its output has
no target band). None of this loads on the keystroke path: tests/report/test_report_pure.py checks it.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from datetime import datetime
from itertools import count
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def cold_import_ms(module: str, runs: int) -> float | None:
    """Median cumulative import time of `module` in fresh interpreters, in ms (None when it is not installed)."""
    times = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"], capture_output=True,
                              text=True)
        if done.returncode != 0:
            return None
        last = [line for line in done.stderr.splitlines() if line.rstrip().endswith(f" {module}")][-1]
        times.append(int(last.split("|")[1]) / 1000)
    return statistics.median(times)


HELPER_THEN_REPORT = """
import time
import postcheck.server.app  # the running helper's modules
start = time.perf_counter()
import {module}
print((time.perf_counter() - start) * 1000)
"""


def added_to_helper_ms(module: str, runs: int) -> float:
    """Median time to import `module` into a process that already holds the helper (what the first report costs)."""
    times = [float(subprocess.run([sys.executable, "-c", HELPER_THEN_REPORT.format(module=module)],
                                  capture_output=True, text=True, check=True).stdout) for _ in range(runs)]
    return statistics.median(times)


def timed_ms(function, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()

    print("cold import, median of", args.runs, "fresh interpreters (ms)")
    for module in ("jinja2", "postcheck.report.html", "pygal", "leather"):
        ms = cold_import_ms(module, args.runs)
        print(f"  {module:<24} {'not installed' if ms is None else f'{ms:7.1f}'}")
    print("added to a running helper (postcheck.server.app already imported), median (ms)")
    for module in ("postcheck.report.html", "postcheck.report.table"):
        print(f"  {module:<24} {added_to_helper_ms(module, args.runs):7.1f}")

    from postcheck.policy import load_policy
    from postcheck.report import Period, build_report
    from postcheck.report.render import render
    from tests.report.sample import NOW, PARIS, sample_week

    ids = count(1)
    events = [{**event, "id": next(ids)} for event in sample_week()]
    policy = load_policy()
    now = datetime.fromisoformat(NOW)
    week = build_report(policy, events, Period.parse("2026-W49"), now, PARIS)
    month_now = datetime.fromisoformat("2027-01-05T09:00:00+01:00")
    month = build_report(policy, events, Period.parse("2026-12"), month_now, PARIS)
    render(week, "html")  # templates compiled once per process, as in the helper
    print(f"\nrender times, median of {args.repeat} (ms); sample week: {len(events)} events")
    rows = [("build figures, week", lambda: build_report(policy, events, Period.parse("2026-W49"), now, PARIS)),
            ("build figures, month", lambda: build_report(policy, events, Period.parse("2026-12"), month_now, PARIS)),
            ("HTML, week (3 charts)", lambda: render(week, "html")), ("HTML, month", lambda: render(month, "html")),
            ("CSV, week", lambda: render(week, "csv")), ("JSON, week", lambda: render(week, "json"))]
    try:
        import pygal

        def pygal_charts():
            for platform in week.posts.platforms:
                chart = pygal.Bar(js=[], disable_xml_declaration=True, show_legend=False, width=220, height=120)
                chart.x_labels = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
                chart.add(platform.platform, platform.per_day)
                chart.render(is_unicode=True)

        rows.append(("peer: pygal, the 3 charts alone", pygal_charts))
    except ImportError:
        pass
    for label, function in rows:
        print(f"  {label:<34} {timed_ms(function, args.repeat):7.2f}")
    html = render(week, "html")
    print(f"\nHTML size, week: {len(html.encode()) / 1024:.1f} KiB (styles and charts inline)")


if __name__ == "__main__":
    main()
