"""`postcheck native-host`: the stdio native-messaging host that browsers start (through the installed launcher)."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    p = sub.add_parser(name, help="native-messaging host (started by the browser, not by people)",
                       description="Speak the browser's native-messaging protocol on stdin/stdout: answers `hello` "
                                   "(starting the helper if needed) and `status`. Browsers start it through the "
                                   "launcher `postcheck install` writes.")
    # REMAINDER: Chrome on Windows appends --parent-window=…, which must reach the host untouched, not argparse.
    p.add_argument("caller", nargs=argparse.REMAINDER,
                   help="what the browser passes: chrome-extension://<id>/ (Chrome family) or "
                        "<manifest path> <add-on id> (Firefox)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from postcheck.native.host import main

    return main(list(args.caller))
