"""`postcheck doctor`: check every link from the browser to the helper and the keyring; exit 1 when one is broken."""

from __future__ import annotations

import argparse
import json
import sys


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    p = sub.add_parser(name, help="check the installation and say how to fix what is broken",
                       description="Check the helper, its token file, each browser's host manifest and launcher, "
                                   "the extension id and the keyring. Exit 0 when all is well, 1 otherwise.")
    p.add_argument("--json", action="store_true", help='print {"ok": …, "checks": [{name, ok, detail, fix}]}')
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from postcheck import paths
    from postcheck.native import doctor
    from postcheck.native.registry import default_registry
    from postcheck.native.setup import current_environment
    from postcheck.policy import PolicyError, load_policy

    where = current_environment()
    try:
        policy = load_policy(paths.policy_override())
    except PolicyError as exc:
        print(f"postcheck doctor: {exc}", file=sys.stderr)
        return 1
    checks = [doctor.check_helper(), doctor.check_token_file(where.system),
              doctor.check_private_files(where.system),
              *doctor.check_browsers(where, policy, default_registry(where.system)), doctor.check_keyring()]
    ok = all(c.ok for c in checks)
    if args.json:
        print(json.dumps({"ok": ok, "checks": [c.as_dict() for c in checks]}, indent=2))
    else:
        for c in checks:
            print(f"{'✔' if c.ok else '✖'} {c.name}: {c.detail}")
            if c.fix:
                print(f"    fix: {c.fix}")
        print("All links work." if ok else "Some links are broken: run the `fix` commands above, then doctor again.")
    return 0 if ok else 1
