"""`postcheck check`: check a draft from the command line; exit 1 when it has an error finding."""

from __future__ import annotations

import argparse
import sys

from postcheck.engine import Report, UnknownValue
from postcheck.engine.offsets import utf16_to_codepoints
from postcheck.policy import PLATFORMS, PolicyError

EXIT_USAGE = 2
_MARKS = {"error": "✖", "warning": "▲", "info": "●"}


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    p = sub.add_parser(name, help="check a post against the guidelines",
                       description="Check a post (or a reply) against the guidelines. Exit 0: no error finding; "
                                   "1: at least one; 2: bad usage.")
    p.add_argument("text", nargs="?", default="-", help="the post, or - (default) to read standard input")
    p.add_argument("--platform", default="twitter", choices=PLATFORMS)
    p.add_argument("--reply", action="store_true", help="the text is a reply to a comment or review")
    p.add_argument("--json", action="store_true", help="print the report as JSON (the HTTP API's format)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from postcheck import check

    text = sys.stdin.read() if args.text == "-" else args.text
    try:
        report = check(text, args.platform, "reply" if args.reply else "post")
    except (UnknownValue, PolicyError) as exc:
        print(f"postcheck: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    else:
        sys.stdout.write(render(text, report))
    return 1 if report.has_error else 0


def _excerpt(text: str, start16: int, end16: int, width: int = 60) -> str:
    start, end = utf16_to_codepoints(text, start16), utf16_to_codepoints(text, end16)
    piece = text[start:end].replace("\n", " ")
    return piece if len(piece) <= width else piece[: width - 1] + "…"


def render(text: str, report: Report) -> str:
    stats = report.stats
    ideal = f" · ideal ≤ {stats.ideal}" if stats.ideal else ""
    lines = [f"{report.platform} {report.kind}: {stats.length} characters{ideal} · limit {stats.limit}"]
    if not report.findings:
        lines.append("No findings: this draft follows the guidelines postcheck can check.")
    for f in report.findings:
        lines.append(f"{_MARKS[f.severity]} {f.severity} {f.rule} [{f.start}–{f.end}] «{_excerpt(text, f.start, f.end)}»")
        lines.append(f"    {f.message}")
        if f.suggestion:
            lines.append(f"    → {f.suggestion}")
        lines.append(f"    Guideline: {f.guideline}")
    return "\n".join(lines) + "\n"
