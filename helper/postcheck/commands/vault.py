"""`postcheck vault`: the institutional accounts and their credentials (secrets only in the OS keyring).

    postcheck vault add PLATFORM HANDLE [--location NAME] [--url URL]   # password asked without echo, or one line of stdin
    postcheck vault list [--json]
    postcheck vault reveal PLATFORM HANDLE
    postcheck vault totp PLATFORM HANDLE
    postcheck vault remove PLATFORM HANDLE
    postcheck vault export --for-ocu FILE | import FILE | log
Exit 0 on success, 1 when the vault refuses (no keyring, unknown account…), 2 on bad usage."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

EXIT_REFUSED, EXIT_USAGE = 1, 2


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    p = sub.add_parser(name, help="institutional accounts and their credentials (OS keyring)",
                       description="The institutional accounts of the guidelines (Setting Up an Institutional "
                                   "Account): names, setup requirements and credentials kept in the OS keyring.")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an account or set its password (asked without echo; never an argument)")
    _account_args(add)
    add.add_argument("--location", metavar="NAME", help="the country, city or region the account speaks for")
    add.add_argument("--url", metavar="URL", help="the account's address, e.g. https://www.facebook.com/IOMPhilippines")
    listing = actions.add_parser("list", help="accounts, naming, requirements, password strength and rotation")
    listing.add_argument("--json", action="store_true", help="print the HTTP API's JSON")
    for action, text in (("reveal", "print the password (logged)"), ("totp", "print the current 2FA code (logged)"),
                         ("remove", "forget the account and delete its secrets from the keyring")):
        _account_args(actions.add_parser(action, help=text))
    export = actions.add_parser("export", help="write every account and secret sealed to OCU's public key")
    export.add_argument("--for-ocu", metavar="FILE", required=True, type=Path, help="the file to write (0600)")
    imported = actions.add_parser("import", help="OCU: open an export with OCU's private key and add its accounts")
    imported.add_argument("file", metavar="FILE", type=Path)
    actions.add_parser("log", help="who revealed, copied or exported which account, and when")
    p.set_defaults(run=run)


def _account_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("platform", metavar="PLATFORM")
    parser.add_argument("handle", metavar="HANDLE")


def run(args: argparse.Namespace) -> int:
    from postcheck.localzone import ZoneError
    from postcheck.vault import VaultError
    from postcheck.vault.errors import InvalidValue

    try:
        return _ACTIONS[args.action](_service(), args, datetime.now(timezone.utc))
    except (InvalidValue, ZoneError) as exc:
        print(f"postcheck vault: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except VaultError as exc:
        print(f"postcheck vault: {exc}", file=sys.stderr)
        return EXIT_REFUSED


def _service():
    from postcheck.accounts import AccountRegistry
    from postcheck.localzone import local_zone
    from postcheck.paths import policy_override
    from postcheck.policy import load_policy
    from postcheck.store import ActivityStore
    from postcheck.vault.service import VaultService

    policy = load_policy(policy_override())
    # Days (rotation, stale requirements) in the checklist's zone, so that `vault list` and the popup agree.
    return VaultService(AccountRegistry(ActivityStore()), policy.vault, via="cli", zone=local_zone(policy))


def read_secret(prompt: str, confirm: bool = True) -> str:
    """From the terminal without echo (asked twice), or one line of standard input when it is not a terminal."""
    import getpass

    from postcheck.vault.errors import InvalidValue

    if sys.stdin.isatty():
        secret = getpass.getpass(prompt)
        if confirm and secret and getpass.getpass("Again: ") != secret:
            raise InvalidValue("password: the two entries differ; nothing was stored")
    else:
        secret = sys.stdin.readline().rstrip("\r\n")
    if not secret:
        raise InvalidValue("password: empty; nothing was stored")
    return secret


def _add(service, args, now) -> int:
    fields = {key: value for key, value in (("location", args.location), ("url", args.url)) if value is not None}
    service.check_names(args.platform, args.handle)
    password = read_secret(f"Password for {args.platform}/{args.handle}: ")
    seed = None
    if sys.stdin.isatty():
        import getpass

        seed = getpass.getpass("TOTP seed of its 2FA (Enter to skip): ").strip() or None
    from postcheck.vault import oskeyring

    oskeyring.backend_name()  # no usable keyring: refuse before the registry changes
    _, created = service.save(args.platform, args.handle, fields, {}, now)
    account = service.set_secret(args.platform, args.handle, password, seed, now)
    strength = account["strength"]
    print(f"{'Added' if created else 'Updated'} {args.platform}/{args.handle}; its password is in the OS keyring "
          f"(strength {strength['score']}/4{'' if strength['ok'] else ': weak, choose a longer one'}).")
    print(("✔ " if account["naming"]["ok"] else "✖ ") + account["naming"]["message"])
    return 0


def _list(service, args, now) -> int:
    accounts = service.accounts(now)
    if args.json:
        json.dump({"accounts": accounts}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not accounts:
        print("No account in the vault yet: postcheck vault add PLATFORM HANDLE")
    for account in accounts:
        ready = "ready" if account["ready"] else "NOT READY"
        print(f"{account['platform']}/{account['handle']} — {ready}")
        print(("  ✔ " if account["naming"]["ok"] else "  ✖ ") + account["naming"]["message"])
        if not account["has_secret"]:
            print("  ✖ no password in the keyring")
        else:
            strength = account["strength"]
            overdue = " (overdue: change it)" if account["rotation_overdue"] else ""
            print(f"  {'✔' if strength['ok'] else '✖'} password strength {strength['score']}/4; "
                  f"change by {account['rotation_due']}{overdue}")
        for item in account["requirements"]:
            if item["status"] != "done" and item["id"] != "naming-convention":
                print(f"  ✖ {item['status']}: {item['text']} ({item['section']})")
            elif item.get("late"):
                print(f"  ⚠ done late: {item['text']}: {item['late']} ({item['section']})")
    return 0


def _reveal(service, args, now) -> int:
    print(service.reveal(args.platform, args.handle, "reveal", now))
    return 0


def _totp(service, args, now) -> int:
    code = service.totp(args.platform, args.handle, now)
    print(f"{code['code']}  (valid {code['valid_for']} s more)")
    return 0


def _remove(service, args, now) -> int:
    service.remove(args.platform, args.handle, now)
    print(f"Removed {args.platform}/{args.handle} and its secrets.")
    return 0


def _export(service, args, now) -> int:
    sealed, count = service.export(now)
    path: Path = args.for_ocu
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        os.fchmod(file.fileno(), 0o600)
        file.write(sealed)
    print(f"Wrote {count} account(s) to {path}, sealed for OCU ({sealed.splitlines()[1]}). Attach it to an e-mail "
          f"to ocu@iom.int.")
    return 0


def _import(service, args, now) -> int:
    from postcheck.vault import oskeyring
    from postcheck.vault.errors import HandOverError

    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise HandOverError(f"cannot read {args.file}: {exc}") from None
    key = oskeyring.ocu_private_key() or read_secret("OCU private key (base64): ", confirm=False)
    names = service.import_(text, key, now)
    print(f"Imported {len(names)} account(s): {', '.join(names) or 'none'}")
    return 0


def _log(service, args, now) -> int:
    for entry in service.log():
        print(f"{entry['at']}  {entry['who']:<12} {entry['via']:<9} {entry['action']:<10} "
              f"{entry['platform']}/{entry['handle']}")
    return 0


_ACTIONS = {"add": _add, "list": _list, "reveal": _reveal, "totp": _totp, "remove": _remove, "export": _export,
            "import": _import, "log": _log}
