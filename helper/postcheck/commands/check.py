"""`postcheck check`: check a draft from the command line; exit 1 when it has an error finding."""

from __future__ import annotations

import argparse
import sys

from postcheck.engine import Report, UnknownValue
from postcheck.engine.offsets import CodepointMap
from postcheck.policy import PolicyError
from postcheck.policy.platforms import PLATFORM_ALIASES, PLATFORM_NAMES, PLATFORMS, platform_name

EXIT_USAGE = 2
_MARKS = {"error": "✖", "warning": "▲", "info": "●"}


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    p = sub.add_parser(name, help="check a post against the guidelines",
                       description="Check a post (or a reply) against the guidelines. Exit 0: no error finding; "
                                   "1: at least one; 2: bad usage.")
    p.add_argument("text", nargs="?", default="-", help="the post, or - (default) to read standard input")
    aliases = "".join(f" ({alias} means {name})" for alias, name in PLATFORM_ALIASES.items())
    p.add_argument("--platform", default="twitter", type=platform_name, choices=PLATFORM_NAMES, metavar="PLATFORM",
                   help=f"the platform the post is for: {', '.join(PLATFORMS)}{aliases}, in any case "
                        "(default: %(default)s)")
    p.add_argument("--reply", action="store_true", help="the text is a reply to a comment or review")
    p.add_argument("--to", metavar="NAME", dest="addressee",
                   help="with --reply: the name of the person it answers (a reply opening with it starts with the "
                        "site's mention of them, as Facebook pre-fills it)")
    p.add_argument("--json", action="store_true", help="print the report as JSON (the HTTP API's format)")
    p.add_argument("--lang", choices=("en", "fr", "es"), default="en",
                   help="the language of the findings' messages and suggestions (default: %(default)s)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from postcheck import check

    if args.text == "-":
        if sys.stdin.isatty():
            # Otherwise a person who typed `postcheck check` alone would face a silent terminal.
            print("postcheck check: reading the post from standard input; end it with Ctrl-D (Ctrl-Z then Enter on "
                  "Windows), or give it as an argument: postcheck check \"Your post\"", file=sys.stderr, flush=True)
        text = sys.stdin.read()
    else:
        text = args.text
    if args.addressee is not None and not args.reply:
        print("postcheck check: --to NAME names the person a reply answers: add --reply", file=sys.stderr)
        return EXIT_USAGE
    try:
        report = check(text, args.platform, "reply" if args.reply else "post", addressee=args.addressee)
    except (UnknownValue, PolicyError) as exc:
        print(f"postcheck: {exc}", file=sys.stderr)
        return EXIT_USAGE
    report = with_stored_secrets(text, report)
    if args.lang != "en":
        from postcheck.i18n import localize

        report = localize(report, args.lang)
    if args.json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    else:
        sys.stdout.write(render(text, report))
    return 1 if report.has_error else 0


def with_stored_secrets(text: str, report: Report) -> Report:
    """The vault's leak guard, as the helper runs it after POST /v1/check: an error where the draft holds a stored
    password or TOTP seed. It reads the keyring only when the activity log exists and says secrets are stored (most
    workstations pay nothing); a keyring that cannot be read is said on standard error and the check goes on."""
    from postcheck import store

    if not store.default_path().exists():
        return report  # never create the activity log for a check
    from postcheck.accounts import AccountRegistry
    from postcheck.paths import policy_override
    from postcheck.policy import load_policy
    from postcheck.vault.errors import VaultError
    from postcheck.vault.leakguard import LeakGuard
    from postcheck.vault.leaks import findings, stored_secrets, with_leaks
    from postcheck.vault.service import VaultService

    registry = AccountRegistry(store.ActivityStore())
    secrets_count, seeds_count, *_ = registry.secrets_stamp()
    if not (secrets_count or seeds_count):
        return report
    vault = load_policy(policy_override()).vault
    guard = LeakGuard(vault.leak_guard_min_length)
    try:
        guard.replace(stored_secrets(VaultService(registry, vault, via="cli")))
    except VaultError as exc:
        print(f"postcheck: the draft was not compared with the vault's stored secrets: {exc}", file=sys.stderr)
        return report
    return with_leaks(report, findings(guard, text))


def _excerpt(text: str, to_codepoints: CodepointMap, start16: int, end16: int, width: int = 60) -> str:
    start, end = to_codepoints(start16), to_codepoints(end16)
    piece = text[start:min(end, start + width)].replace("\n", " ")  # never copies more than it shows
    return piece if end - start <= width else piece[: width - 1] + "…"


def render(text: str, report: Report) -> str:
    """The report for a person: a stats line, then each finding with its excerpt, message, suggestion and section.
    Linear in the text: one pass maps every finding's UTF-16 offsets back to the text."""
    stats = report.stats
    ideal = f" · ideal ≤ {stats.ideal}" if stats.ideal else ""
    lines = [f"{report.platform} {report.kind}: {stats.length} characters{ideal} · limit {stats.limit}"]
    if stats.blank:
        lines.append("Nothing to check: the draft is empty or only whitespace.")
    elif not report.findings:
        lines.append("No findings: this draft follows the guidelines postcheck can check.")
    to_codepoints = CodepointMap(text)
    for f in report.findings:
        excerpt = _excerpt(text, to_codepoints, f.start, f.end)
        lines.append(f"{_MARKS[f.severity]} {f.severity} {f.rule} [{f.start}–{f.end}] «{excerpt}»")
        lines.append(f"    {f.message}")
        if f.suggestion:
            lines.append(f"    → {f.suggestion}")
        lines.append(f"    Guideline: {f.guideline}")
    return "\n".join(lines) + "\n"
