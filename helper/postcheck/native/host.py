"""The native-messaging host: checks who called, then answers `hello` and `status` frames on stdin/stdout."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import BinaryIO

from postcheck import __version__, paths
from postcheck.native import helper_process
from postcheck.native.framing import FrameError, read_frame, write_frame
from postcheck.policy import Policy, PolicyError, load_policy

log = logging.getLogger(__name__)
CHROME_PREFIX = "chrome-extension://"


def caller_allowed(argv: list[str], policy: Policy) -> tuple[bool, str]:
    """(allowed, who): Chrome passes `chrome-extension://<id>/` first, Firefox the manifest path then the add-on id."""
    if argv and argv[0].startswith(CHROME_PREFIX):
        ext_id = argv[0][len(CHROME_PREFIX):].rstrip("/")
        return ext_id in policy.helper.extension_ids, argv[0]
    if len(argv) >= 2:
        return argv[1] == policy.helper.firefox_extension_id, argv[1]
    return False, " ".join(argv) or "(no caller given)"


def error(code: str, message: str) -> dict:
    # The HTTP API's error shape, with `kind` so the extension dispatches it like any other reply.
    return {"kind": "error", "error": {"code": code, "message": message}}


def _hello(message: dict) -> dict:
    try:
        info = helper_process.ensure_running()
    except helper_process.HelperStartError as exc:
        return error("helper-not-started", str(exc))
    return {"kind": "hello", "url": info["url"], "token": info["token"], "version": info.get("version", __version__)}


def _status(message: dict) -> dict:
    info = helper_process.running()
    if info is None:
        return {"kind": "status", "running": False, "version": __version__}
    return {"kind": "status", "running": True, "url": info["url"], "version": info.get("version", __version__)}


HANDLERS: dict[str, Callable[[dict], dict]] = {"hello": _hello, "status": _status}


def serve(stdin: BinaryIO, stdout: BinaryIO, argv: list[str], policy: Policy) -> int:
    """Answer frames until the browser closes the pipe. Returns the process exit status."""
    allowed, who = caller_allowed(argv, policy)
    while True:
        try:
            message = read_frame(stdin)
        except FrameError as exc:
            log.warning("bad frame from %s: %s", who, exc.message)
            write_frame(stdout, error(exc.code, exc.message))
            if exc.fatal:
                return 1
            continue
        if message is None:
            return 0
        if not allowed:
            # The browser's allowed_origins already stops strangers; this covers the launcher run by hand or a
            # manifest edited to add an id the policy does not list.
            log.warning("refused caller %s", who)
            write_frame(stdout, error("caller-not-allowed", f"{who} is not an extension the policy allows"))
            return 1
        kind = message.get("kind")
        handler = HANDLERS.get(kind) if isinstance(kind, str) else None
        if handler is None:
            # Only the start of what was sent: the reply must stay small whatever arrived.
            write_frame(stdout, error("unknown-kind", f"unknown message kind {repr(kind)[:80]}: expected one of "
                                                      f"{', '.join(sorted(HANDLERS))}"))
            continue
        write_frame(stdout, handler(message))


def _log_to_file() -> None:
    log_path = paths.log_dir() / "native-host.log"
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(log_path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)  # the browser keeps the host's stderr in its own log
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)


def main(argv: list[str]) -> int:
    """Entry point of `postcheck native-host`: take stdout for the protocol, send everything else to the log."""
    protocol_out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    # Anything else that prints (a library, a stray warning) lands on stderr, never inside a frame.
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    try:
        paths.secure_all()  # umask 077, and folders 0700 / files 0600 whoever created them first
    except OSError as exc:
        print(f"postcheck native-host: {exc}", file=sys.stderr)  # the browser keeps the host's stderr in its log
        write_frame(protocol_out, error("unsafe-folder", str(exc)))
        return 1
    _log_to_file()
    log.info("started by %s", argv)
    try:
        try:
            policy = load_policy(paths.policy_override())
        except PolicyError as exc:
            log.error("%s", exc)
            write_frame(protocol_out, error("policy-invalid", str(exc)))
            return 1
        return serve(sys.stdin.buffer, protocol_out, argv, policy)
    except BrokenPipeError:
        return 0  # the browser went away while we answered: nothing left to tell it
    except Exception:
        log.exception("native host failed")
        try:
            write_frame(protocol_out, error("internal-error", f"the native host failed; see {paths.log_dir()}"))
        except OSError:
            pass
        return 1
