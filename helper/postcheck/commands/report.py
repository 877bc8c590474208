"""`postcheck report`: the report to OCU on a week or a month, from the activity log, as HTML, CSV or JSON.

Default: the last complete ISO week in the schedule's zone, as HTML on standard output (or in FILE with -o)."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from postcheck.commands.moments import aware_moment

EXIT_USAGE = 2


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    p = sub.add_parser(name, help="the report to OCU on a week or a month (HTML, CSV or JSON)",
                       description="What the mission did against the guidelines over a week or a month, each figure "
                                   "beside its target, from this workstation's activity log. Exit 0; 2 on bad usage.")
    period = p.add_mutually_exclusive_group()
    period.add_argument("--week", metavar="YYYY-Www",
                        help="an ISO week, e.g. 2026-W49 (default: the last complete one)")
    period.add_argument("--month", metavar="YYYY-MM", help="a calendar month, e.g. 2026-12")
    p.add_argument("--format", choices=("html", "csv", "json"), default="html")
    p.add_argument("-o", "--output", metavar="FILE", type=Path, help="write to FILE (mode 0600) instead of stdout")
    p.add_argument("--at", type=aware_moment, help="report as known at this moment instead of now (ISO 8601 with an offset)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from postcheck import paths
    from postcheck.localzone import ZoneError, local_zone
    from postcheck.policy import PolicyError, load_policy
    from postcheck.report import Period, PeriodError
    from postcheck.report.render import render
    from postcheck.report.source import report
    from postcheck.store import ActivityStore, StoreError

    now = args.at or datetime.now(timezone.utc)
    try:
        policy = load_policy(paths.policy_override())
        zone = local_zone(policy)
        period = Period.parse(args.week or args.month) if (args.week or args.month) else \
            Period.last_complete_week(now, zone)
        store = ActivityStore()
    except (PolicyError, ZoneError, PeriodError, StoreError) as exc:
        print(f"postcheck report: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        text = render(report(store, policy, period, now, zone), args.format)
    finally:
        store.close()
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        # 0600 from the first byte: the report names the mission's activity.
        descriptor = os.open(args.output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(descriptor, 0o600)  # an existing file keeps its mode otherwise
        with open(descriptor, "w", encoding="utf-8", newline="") as out:
            out.write(text)
    except OSError as exc:
        print(f"postcheck report: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    print(f"{period.label} report written to {args.output} ({args.format})", file=sys.stderr)
    return 0
