"""A real Secret Service for tests: a private dbus-daemon and an unlocked gnome-keyring, torn down after each test;
and, for every other test that starts a helper, no keyring at all (`keyring_out_of_reach`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

KEYRING_PASSWORD = b"postcheck-test\n"
SECRETS = "org.freedesktop.secrets"


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for stream in (process.stdin, process.stdout):  # closed so no ResourceWarning outlives the test
        if stream is not None:
            stream.close()


def _wait_for_secret_service(address: str, daemon: subprocess.Popen, timeout: float = 20.0) -> None:
    """Until the daemon owns org.freedesktop.secrets on our bus (in the foreground it prints nothing when ready)."""
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    deadline = time.monotonic() + timeout
    with open_dbus_connection(bus=address) as bus:
        while time.monotonic() < deadline:
            if bus.send_and_get_reply(message_bus.NameHasOwner(SECRETS)).body[0]:
                return
            if daemon.poll() is not None:
                pytest.fail(f"gnome-keyring-daemon exited with status {daemon.returncode}: run it by hand to see why")
            time.sleep(0.05)
    pytest.fail(f"gnome-keyring-daemon did not take {SECRETS} on the test bus within {timeout:.0f} s")


def _forget_backend() -> None:
    """Let `keyring` choose again without our bus; a backend that now fails its own probe means "none"."""
    import keyring.core
    from keyring.backends import fail

    try:
        keyring.core.init_backend()
    except Exception:  # SecretService raises RuntimeError from its priority once its bus is gone
        keyring.core.set_keyring(fail.Keyring())


@pytest.fixture
def keyring_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """Sets DBUS_SESSION_BUS_ADDRESS, HOME, XDG_DATA_HOME, XDG_RUNTIME_DIR in os.environ (so subprocesses and a
    browser's native host inherit them) and points `keyring` at the fresh Secret Service. Yields those variables."""
    with private_secret_service(tmp_path_factory.mktemp("keyring-session")) as env:
        yield env


@contextmanager
def private_secret_service(root: Path) -> Iterator[dict]:
    """keyring_session's work, for any scope: a dbus-daemon and an unlocked gnome-keyring under `root`, their
    variables in os.environ while it lasts."""
    for program in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(program) is None:
            pytest.fail(f"{program} is missing: apt-get install -y dbus gnome-keyring (scripts/test does it)")
    runtime = root / "run"
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)  # mkdir's mode is filtered by the umask; gnome-keyring insists on a private runtime dir
    env = {"HOME": str(root / "home"), "XDG_DATA_HOME": str(root / "data"), "XDG_RUNTIME_DIR": str(runtime)}
    for key in ("home", "data"):
        (root / key).mkdir()
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, env={**os.environ, **env})
    keyring_daemon = None
    # Our own MonkeyPatch: undoing the test's shared one would also undo other fixtures' settings (POSTCHECK_HOME).
    environ = pytest.MonkeyPatch()
    try:
        address = bus.stdout.readline().decode().strip()  # type: ignore[union-attr]
        if not address:
            pytest.fail("dbus-daemon printed no address: is dbus installed and working?")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        # --foreground: the daemon stays our child, so teardown stops exactly the process we started.
        keyring_daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"], stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **env})
        keyring_daemon.stdin.write(KEYRING_PASSWORD)  # type: ignore[union-attr]
        keyring_daemon.stdin.close()  # type: ignore[union-attr]
        _wait_for_secret_service(address, keyring_daemon)
        for key, value in env.items():
            environ.setenv(key, value)
        import keyring.core

        keyring.core.init_backend()  # choose again now that a Secret Service is on the bus
        yield env
    finally:
        if keyring_daemon is not None:
            _stop(keyring_daemon)
        _stop(bus)
        environ.undo()
        _forget_backend()


@contextmanager
def keyring_out_of_reach(root: Path) -> Iterator[None]:
    """No keyring at all while it lasts, for this process and every process it starts (a `postcheck serve`, a CLI):
    `keyring` loads its fail backend (PYTHON_KEYRING_BACKEND, read before any config file or detection, so the vault
    answers "keyring-unavailable"), and DBUS_SESSION_BUS_ADDRESS names a socket that does not exist under `root`, so
    nothing inherits the desktop's session bus and its unlocked keyring. Undone afterwards.

    In this process the backend already chosen is swapped and put back as it was, without a new detection:
    keyring caches the list of usable backends at its first detection, and one run without a bus would leave the
    Secret Service out of it for every later keyring_session."""
    environ = pytest.MonkeyPatch()
    core = sys.modules.get("keyring.core")
    before = core._keyring_backend if core else None  # noqa: SLF001 (read back as it was, no detection)
    try:
        environ.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
        environ.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={root / 'no-session-bus'}")
        if core is not None:
            from keyring.backends import fail

            core.set_keyring(fail.Keyring())
        yield
    finally:
        environ.undo()
        core = sys.modules.get("keyring.core")
        if core is not None:
            core._keyring_backend = before  # noqa: SLF001 (None: keyring chooses again at its next use)
