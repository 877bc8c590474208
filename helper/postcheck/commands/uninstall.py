"""`postcheck uninstall`: remove exactly what `postcheck install` wrote (its record says what)."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    p = sub.add_parser(name, help="undo `postcheck install`",
                       description="Remove the launcher, host manifests, registry entries and login autostart that "
                                   "`postcheck install` recorded, and nothing else.")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--user", dest="scope", action="store_const", const="user",
                       help="the per-user install (default)")
    scope.add_argument("--system", dest="scope", action="store_const", const="system", help="the system-wide install")
    p.set_defaults(run=run, scope="user")


def run(args: argparse.Namespace) -> int:
    from postcheck.native.installer import InstallError, undo
    from postcheck.native.registry import default_registry
    from postcheck.native.setup import current_environment, install_dir

    where = current_environment()
    try:
        lines = undo(install_dir(where, args.scope), default_registry(where.system))
    except (InstallError, OSError) as exc:
        print(f"postcheck uninstall: {exc}", file=sys.stderr)
        return 1
    for line in lines:
        print(f"  {line}")
    return 0
