"""The post-step of POST /v1/check: a draft that contains a stored password or TOTP seed gets a `safety.credential`
error at the secret's span. The engine stays pure and never sees a secret; this step holds only keyed hashes
(vault/leakguard.py) and reloads them from the keyring when the registry says a secret changed.

Cost on the keystroke path: one scan of the draft (tens of µs for a tweet) and, at most once a second, one query on
the store thread. keyring is imported only if the registry has secrets: by a background load at startup, or by the
first check after `postcheck vault add` stored one."""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor

from postcheck.engine.report import Report
from postcheck.vault.errors import VaultError
from postcheck.vault.leakguard import LeakGuard
from postcheck.vault.leaks import findings, stored_secrets, with_leaks
from postcheck.vault.service import VaultService

log = logging.getLogger("postcheck.server")
# How often a check asks the registry whether a secret changed, and how long to wait after the keyring refused.
STALE_AFTER, RETRY_AFTER = 1.0, 30.0
_EMPTY = (0, 0, "", "")


class GuardState:
    """The guard, the registry stamp its hashes match, and the load in flight (checks during a load wait for it)."""

    def __init__(self, guard: LeakGuard, thread: ThreadPoolExecutor, vault: VaultService) -> None:
        self.guard, self.thread, self.vault = guard, thread, vault
        self.stamp: tuple = _EMPTY
        self.next_look = 0.0
        self.loading: asyncio.Future | None = None

    def _load(self) -> tuple | None:
        """On the store thread: every secret of the registry into the guard, when the stamp moved."""
        stamp = self.vault.registry.secrets_stamp()
        if stamp == self.stamp:
            return None
        secrets = stored_secrets(self.vault)
        self.guard.replace(secrets)
        del secrets
        return stamp

    async def refresh(self, force: bool = False) -> None:
        if self.loading is None:
            now = time.monotonic()
            if not force and now < self.next_look:
                return
            self.next_look = now + STALE_AFTER
            self.loading = asyncio.get_running_loop().run_in_executor(self.thread, self._load)
            self.loading.add_done_callback(self._loaded)
        await asyncio.shield(self.loading)

    def _loaded(self, future: asyncio.Future) -> None:
        self.loading = None
        if future.cancelled():
            return
        error = future.exception()
        if isinstance(error, VaultError):
            # Drafts are still checked by the engine's own credential rule; the guard retries later.
            log.warning("leak guard: cannot read the stored secrets (%s); retrying in %g s", error, RETRY_AFTER)
            self.next_look = time.monotonic() + RETRY_AFTER
        elif error is not None:
            log.error("leak guard: loading the secrets failed", exc_info=error)
            self.next_look = time.monotonic() + RETRY_AFTER
        elif future.result() is not None:
            self.stamp = future.result()


async def preload(state: GuardState) -> None:
    """At startup, in the background: load the hashes if the registry has secrets (nothing otherwise)."""
    try:
        await state.refresh(force=True)
    except Exception:  # already logged by _loaded; startup must not fail for the guard
        pass


async def guard(state: GuardState, text: str, report: Report, in_thread: bool) -> Report:
    """`report` plus an error per stored secret found in `text`; the engine's own credential finding on the same
    span is replaced (this one names the account)."""
    try:
        await state.refresh()
    except Exception:  # logged in _loaded; the check still answers with the hashes it has
        pass
    if not len(state.guard):
        return report
    extra = await asyncio.to_thread(findings, state.guard, text) if in_thread else findings(state.guard, text)
    return with_leaks(report, extra)
