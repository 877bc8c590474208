"""`postcheck serve`'s life: one instance per user, bind 127.0.0.1, publish helper.json, stop cleanly on a signal."""

from __future__ import annotations

import asyncio
import errno
import gc
import logging
import logging.handlers
import os
import signal
import socket
import sys
from pathlib import Path
from typing import IO

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

from postcheck import paths
from postcheck.server import helperfile
from postcheck.server.app import create_app
from postcheck.server.config import ServerConfig
from postcheck.server.connections import GuardedSite

try:  # POSIX: an advisory lock the kernel releases when the process dies, even by SIGKILL
    import fcntl
except ImportError:  # Windows: the helper.json + /v1/health check alone guards against a second instance
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("postcheck.server")
# Idle keep-alive connections are dropped after this long (a request head that never completes: connections.py).
KEEPALIVE_TIMEOUT = 75.0
# After a 408/413 the unread rest of a body is drained this long (so an honest client reads the answer, not a reset);
# aiohttp's 10 s default would let a slowloris client hold the connection five times longer.
LINGERING_TIME = 2.0


class AlreadyRunning(Exception):
    pass


class AccessLogger(AbstractAccessLogger):
    """Method, path, status, size, duration: never the query string nor a header (a client could put text there).

    Successful checks and health probes are not logged: the extension sends one per pause in typing, so such lines
    would be noise, would cost the hot path a file write each, and would record when someone was typing.
    """

    QUIET = frozenset({"/v1/check", "/v1/health"})

    def log(self, request, response, time: float) -> None:  # type: ignore[override]
        if response.status < 300 and request.path in self.QUIET:
            return
        # The path as sent (percent-encoded, so %0A stays "%0A") with anything unprintable escaped: a client cannot
        # forge a log line.
        path = request.rel_url.raw_path.encode("ascii", "backslashreplace").decode("ascii")
        path = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in path)
        self.logger.info("%s %s %s %s %.6f", request.method[:16], path[:300], response.status, response.body_length,
                         time)


class MalformedRequestFilter(logging.Filter):
    """aiohttp logs a malformed request at ERROR with a traceback quoting the raw bytes it got: one short INFO line
    without them instead (a local client must not be able to fill or forge the log)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.getMessage().startswith("Error handling request") and record.exc_info:
            error = record.exc_info[1]
            record.levelno, record.levelname = logging.INFO, "INFO"
            record.msg, record.args = "malformed request refused (%s)", (type(error).__name__,)
            record.exc_info = record.exc_text = None
        return True


def setup_logging() -> Path:
    log_dir = paths.log_dir()
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / "helper.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    for name in ("postcheck", "aiohttp"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)
    logging.getLogger("aiohttp.server").addFilter(MalformedRequestFilter())
    return path


def _lock() -> IO[str] | None:
    """Hold runtime_dir/helper.lock for the process's life; a second `serve` started at the same moment fails here."""
    if fcntl is None:
        return None
    lock_path = helperfile.lock_path()
    lock_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Kept open on purpose: closing it releases the lock.
    handle = os.fdopen(os.open(lock_path, os.O_WRONLY | os.O_CREAT, 0o600), "w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise AlreadyRunning(f"another postcheck helper is starting or running (it holds {lock_path})") from None
    return handle


def bind(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise OSError(f"port {port} on 127.0.0.1 is in use by another program: pass --port 0 to pick a free "
                          f"one, or change [helper] port in {paths.policy_override()}") from None
        raise
    sock.listen(128)
    sock.setblocking(False)
    return sock


async def _run(config: ServerConfig, sock: socket.socket) -> None:
    port = sock.getsockname()[1]
    runner = web.AppRunner(create_app(config), access_log_class=AccessLogger, keepalive_timeout=KEEPALIVE_TIMEOUT,
                           lingering_time=LINGERING_TIME, handle_signals=False)
    await runner.setup()  # runs the start-up warm-up check: the engine's lazy data is loaded by now
    # All that is loaded lives as long as the helper: out of the collector's sight, collections triggered by each
    # request's short-lived objects stop re-scanning compiled rules and word lists (~15% per request at
    # concurrency 1 in benchmarks/bench_server.py).
    gc.collect()
    gc.freeze()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        await GuardedSite(runner, sock, shutdown_timeout=5.0).start()
        url = f"http://127.0.0.1:{port}"
        # Written only now that the socket accepts connections: whoever reads it can call the helper at once.
        path = helperfile.write({"url": url, "token": config.token, "pid": os.getpid(), "version": config.version})
        log.info("listening on %s (pid %d, helper.json %s)", url, os.getpid(), path)
        print(f"postcheck helper listening on {url} (helper.json: {path})", file=sys.stderr, flush=True)
        await stop.wait()
        log.info("stopping on a signal")
    finally:
        helperfile.remove_if_ours(os.getpid())
        await runner.cleanup()


def serve(port: int | None = None) -> int:
    """Run the helper until SIGTERM/SIGINT. 0 after a clean stop, 1 when it cannot start (the reason on stderr)."""
    from postcheck.policy import PolicyError, load_policy
    from postcheck.store import StoreError, default_path

    try:
        paths.secure_all()  # umask 077, and folders 0700 / files 0600 whoever created them first
    except OSError as exc:
        print(f"postcheck serve: {exc}", file=sys.stderr)
        return 1
    try:
        policy = load_policy(paths.policy_override())
    except PolicyError as exc:
        print(f"postcheck serve: {exc}", file=sys.stderr)
        return 1
    try:
        first = helperfile.running_helper()
        if first is not None:
            raise AlreadyRunning(f"a postcheck helper is already running at {first['url']} (pid {first['pid']}, "
                                 f"{paths.helper_file()}): stop it first, or use it")
        lock = _lock()
        sock = bind(policy.helper.port if port is None else port)
    except (AlreadyRunning, OSError) as exc:
        print(f"postcheck serve: {exc}", file=sys.stderr)
        return 1
    log_path = setup_logging()
    config = ServerConfig.for_policy(policy, default_path())
    try:
        asyncio.run(_run(config, sock))
    except StoreError as exc:
        print(f"postcheck serve: {exc}", file=sys.stderr)
        return 1
    finally:
        sock.close()
        if lock is not None:
            lock.close()  # releases the flock; the kernel would at exit anyway
    log.info("stopped cleanly (log: %s)", log_path)
    return 0
