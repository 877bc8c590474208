"""`postcheck doctor`: check every link from the browser to the helper and the keyring; exit 1 when one is broken."""

from __future__ import annotations

import argparse
import json


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    p = sub.add_parser(name, help="check the installation and say how to fix what is broken",
                       description="Check the helper, its token file, the policy override (where it goes, whether it "
                                   "loaded), each browser's host manifest and launcher, the extension id and the "
                                   "keyring, and whether the sites' composers are still recognised. Exit 0 when all is well, 1 otherwise.")
    p.add_argument("--json", action="store_true", help='print {"ok": …, "checks": [{name, ok, detail, fix}]}')
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from postcheck import store
    from postcheck.native import doctor
    from postcheck.native.composer_watch import check_composers
    from postcheck.native.installer import recorded_browsers
    from postcheck.native.policy_location import check_policy
    from postcheck.native.registry import default_registry
    from postcheck.native.setup import current_environment, install_dir

    where = current_environment()
    policy_check, misplaced, policy = check_policy()
    registered = [recorded_browsers(install_dir(where, scope)) for scope in ("user", "system")]
    registered_any = None if all(r is None for r in registered) else frozenset().union(*filter(None, registered))
    browsers = doctor.check_browsers(where, policy, default_registry(where.system), registered_any)
    # Right after `postcheck install` no helper runs yet: a browser whose manifest and launcher work starts it.
    startable = any(c.ok and c.fix is None for c in browsers)
    checks = [doctor.check_helper(startable), doctor.check_token_file(where.system, startable),
              doctor.check_private_files(where.system), policy_check, *misplaced, *browsers,
              doctor.check_keyring(), *check_composers(store.default_path())]
    ok = all(c.ok for c in checks)
    if args.json:
        print(json.dumps({"ok": ok, "checks": [c.as_dict() for c in checks]}, indent=2))
    else:
        for c in checks:
            print(f"{'✔' if c.ok else '✖'} {c.name}: {c.detail}")
            if c.fix:
                # A passing check with a command is an option (a browser not registered), not a repair.
                print(f"    {'fix' if not c.ok else 'to add it'}: {c.fix}")
        print("All links work." if ok else "Some links are broken: run the `fix` commands above, then doctor again.")
    return 0 if ok else 1
