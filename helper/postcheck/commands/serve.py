"""`postcheck serve`: run the local helper the browser extension talks to (127.0.0.1 only)."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    p = sub.add_parser(name, help="run the local helper for the browser extension",
                       description="Run the helper on 127.0.0.1 until SIGTERM or Ctrl-C. It writes helper.json "
                                   "(url, token, pid) for the extension's native host and removes it on exit.")
    p.add_argument("--port", type=int, default=None,
                   help="TCP port on 127.0.0.1 (default: [helper] port of the policy; 0 picks a free one)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from postcheck.server.lifecycle import serve

    if args.port is not None and not 0 <= args.port <= 65535:
        print(f"postcheck serve: --port must be from 0 to 65535, not {args.port}", file=sys.stderr)
        return 2
    return serve(args.port)
