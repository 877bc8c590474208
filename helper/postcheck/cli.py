"""`postcheck` command line: one module per subcommand under commands/, each with add_parser() and run()."""

from __future__ import annotations

import argparse
import importlib
import sys

from postcheck import __version__

# Subcommand name -> module under postcheck.commands. Modules are imported only when their command runs,
# except for building the parser, which needs each one's add_parser().
COMMANDS = {
    "check": "check",
    "serve": "serve",
    "native-host": "native_host",
    "install": "install",
    "uninstall": "uninstall",
    "doctor": "doctor",
    "try": "try_",
    "media": "media",
    "report": "report",
    "checklist": "checklist",
    "vault": "vault",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="postcheck", description="Social-media guidelines, checked while you type.")
    parser.add_argument("--version", action="version", version=f"postcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(f"postcheck.commands.{module_name}")
        module.add_parser(sub, name)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
