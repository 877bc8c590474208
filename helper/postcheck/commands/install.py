"""`postcheck install`: register the native-messaging host with every browser found, and start the helper at login."""

from __future__ import annotations

import argparse
import os
import sys

from postcheck.native.browsers import BROWSERS

EXIT_FAILED = 1


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    p = sub.add_parser(name, help="register postcheck with the browsers (run once per workstation)",
                       description="Write the native-messaging launcher and host manifests for every supported "
                                   "browser found (or those named with --browser), and start the helper at login. "
                                   "Safe to run again; `postcheck uninstall` removes exactly what it wrote.")
    p.add_argument("--browser", action="append", choices=list(BROWSERS), metavar="BROWSER",
                   help=f"only this browser (repeatable): {', '.join(BROWSERS)}; default: every one found")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--user", dest="scope", action="store_const", const="user",
                       help="for the current user only (default)")
    scope.add_argument("--system", dest="scope", action="store_const", const="system",
                       help="for every user of this machine (needs administrator rights)")
    p.add_argument("--no-autostart", dest="autostart", action="store_false",
                   help="do not start the helper at login (the extension still starts it when needed)")
    p.add_argument("--dry-run", action="store_true", help="print what would be written, write nothing")
    p.set_defaults(run=run, scope="user")


def run(args: argparse.Namespace) -> int:
    from postcheck import paths
    from postcheck.native.installer import InstallError, apply
    from postcheck.native.plan import PlanError, build_plan
    from postcheck.native.registry import default_registry
    from postcheck.native.setup import current_environment, install_dir
    from postcheck.policy import PolicyError, load_policy

    where = current_environment()
    if args.scope == "system":
        from postcheck.native.trust import system_install_problems

        problems = system_install_problems()
        if problems:
            print(f"postcheck install --system: every user's browser would run {sys.executable} and postcheck from "
                  f"folders another account can change: " + "; ".join(problems) + ". Install postcheck into a "
                  "root-owned Python or virtualenv (e.g. sudo python3 -m venv /opt/postcheck && sudo "
                  "/opt/postcheck/bin/pip install .) and run its postcheck install --system.", file=sys.stderr)
            return EXIT_FAILED
    try:
        plan = build_plan(where, args.scope, install_dir(where, args.scope), load_policy(paths.policy_override()),
                          args.browser, args.autostart, postcheck_home=os.environ.get("POSTCHECK_HOME") or None)
    except (PlanError, PolicyError) as exc:
        print(f"postcheck install: {exc}", file=sys.stderr)
        return EXIT_FAILED
    who = "every user" if args.scope == "system" else "this user"
    names = ", ".join(BROWSERS[b].label for b in plan.browsers)
    print(f"postcheck native-messaging host for {names} ({who}):")
    if args.dry_run:
        for action in plan.actions:
            print(f"  would: {action.what}: {getattr(action, 'path', None) or ' '.join(getattr(action, 'argv', ()))}")
        return 0
    try:
        lines = apply(plan, default_registry(where.system))
    except InstallError as exc:
        print(f"postcheck install: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for line in lines:
        print(f"  {line}")
    print(f"Record of what was written: {plan.install_dir}/install-record.json (`postcheck uninstall` undoes it).")
    print("Next: load the extension in the browser, then run `postcheck doctor` to check every link.")
    return 0
