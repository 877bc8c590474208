"""`postcheck checklist`: today's checklist from the activity log (`--json`: GET /v1/checklist/today's answer);
`checklist tick ID` / `untick ID` mark a duty done by hand or undo that; `checklist hashtags TAG…` enters the week's
official hashtags; `checklist negative PLATFORM` marks a review or comment negative (a reply deadline starts)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone

from postcheck.commands.moments import aware_moment

EXIT_USAGE = 2
_MARKS = {"done": "✔", "due": "●", "overdue": "✖", "upcoming": "○"}
DAY_KINDS = ("account-setup", "password-rotation")


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    p = sub.add_parser(name, help="today's checklist (daily, weekly, monthly and yearly duties of the guidelines)",
                       description="Today's checklist, as the toolbar badge's popup shows it. Exit 0; 2 on bad usage.")
    p.add_argument("--at", type=aware_moment, help="show this moment instead of now (ISO 8601 with an offset)")
    p.add_argument("--json", action="store_true", help="print GET /v1/checklist/today's JSON")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    for action, help_text in (("tick", "mark an item done by hand"), ("untick", "undo a tick")):
        a = actions.add_parser(action, help=help_text)
        a.add_argument("item", metavar="ID", help="the item's id, as `postcheck checklist` lists it")
    h = actions.add_parser("hashtags", help="enter this week's official hashtags")
    h.add_argument("tags", nargs="+", metavar="TAG", help="with or without '#'")
    n = actions.add_parser("negative", help="mark a review or comment negative: it must be answered in time")
    n.add_argument("platform", choices=("twitter", "facebook", "instagram", "youtube"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pydantic import TypeAdapter, ValidationError

    from postcheck import paths
    from postcheck.localzone import ZoneError, local_zone
    from postcheck.policy import PolicyError, load_policy
    from postcheck.server import checklist_source
    from postcheck.server.errors import invalid
    from postcheck.server.models import ActivityEvent
    from postcheck.store import ActivityStore, StoreError

    try:
        policy = load_policy(paths.policy_override())
        zone = local_zone(policy)
        store = ActivityStore()
    except (PolicyError, ZoneError, StoreError) as exc:
        print(f"postcheck checklist: {exc}", file=sys.stderr)
        return EXIT_USAGE
    now = args.at or datetime.now(timezone.utc)
    try:
        if args.action is None:
            answer = checklist_source.today(store, policy, now, zone)
            sys.stdout.write(answer.model_dump_json(indent=2) + "\n" if args.json else render(answer))
            return 0
        event = {"tick": lambda: {"type": "item-ticked", "item": args.item},
                 "untick": lambda: {"type": "item-unticked", "item": args.item},
                 "hashtags": lambda: {"type": "official-hashtags-set", "hashtags": [t.lstrip("#") for t in args.tags]},
                 "negative": lambda: {"type": "review-marked-negative", "platform": args.platform}}[args.action]()
        if args.at:
            event["at"] = args.at.isoformat()
        try:
            checked = TypeAdapter(ActivityEvent).validate_python(event)
        except ValidationError as exc:
            print(f"postcheck checklist: {invalid(exc, 'arguments').message}", file=sys.stderr)
            return EXIT_USAGE
        if args.action in ("tick", "untick"):
            item = checklist_source.check_tickable(store, policy, args.item, now, zone)
            print(f"{'Ticked' if args.action == 'tick' else 'Unticked'}: {item.title}")
        store.record(checked.model_dump(exclude_none=True))
        if args.action == "hashtags":
            print("This week's official hashtags: " + " ".join(f"#{t}" for t in checked.hashtags))
        elif args.action == "negative":
            print(f"Marked negative: answer it within {policy.schedule.reply_within_hours} hours.")
        return 0
    except checklist_source.NotTickable as exc:
        print(f"postcheck checklist: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        store.close()


def render(answer) -> str:
    """A readable list: one line per item with its status mark, progress and due time."""
    lines = [f"Checklist for {answer.date} ({answer.timezone}) — "
             + (f"{answer.badge.text} to do" + (", some overdue" if answer.badge.overdue else "")
                if answer.badge.text else "all done")]
    for item in answer.items:
        progress = f" {item.progress.done}/{item.progress.target}" if item.progress else ""
        if item.kind in DAY_KINDS and item.due:  # due from a day's start: the day says it, "00:00" would not
            due = f" · due {item.due[:10]}"
        else:
            due = f" · due {item.due[11:16]}" + ("" if item.due[:10] == answer.date else f" {item.due[:10]}") \
                if item.due else ""
        lines.append(f"{_MARKS[item.status]} {item.status:<8} {item.title}{progress}{due}")
        lines.append(f"    {item.id} · {item.guideline}")
    return "\n".join(lines) + "\n"
