"""Typed keys for everything the application holds: one place, so handlers never guess a key or its type."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from aiohttp import web

from postcheck.engine import Engine
from postcheck.server.config import ServerConfig
from postcheck.server.leak_check import GuardState
from postcheck.server.nonces import NonceCache
from postcheck.store import ActivityStore
from postcheck.vault.service import VaultService

CONFIG = web.AppKey("config", ServerConfig)
ENGINE = web.AppKey("engine", Engine)
STORE = web.AppKey("store", ActivityStore)
# SQLite calls run on this single thread: they never block the event loop, and one connection sees one thread.
STORE_THREAD = web.AppKey("store_thread", ThreadPoolExecutor)
OPENAPI = web.AppKey("openapi", bytes)
DUTIES = web.AppKey("duties", frozenset)


@dataclass(frozen=True)
class BodyRule:
    """A route whose body is not the JSON routes' (application/json up to max_body): its content types and limit."""

    content_types: frozenset[str]
    max_bytes: int


# Path -> its own body rule (POST /v1/media takes raw bytes too); every other route takes JSON only.
BODY_RULES = web.AppKey("body_rules", dict)
# The zone the schedule's hours are in (policy schedule.timezone, else the workstation's).
ZONE = web.AppKey("zone", ZoneInfo)
# The credential vault (registry + OS keyring) for the /v1/accounts routes, used on the store thread only.
VAULT = web.AppKey("vault", VaultService)
# Keyed hashes of the stored secrets and when they were loaded: the post-step of /v1/check (server/leak_check.py).
LEAK_GUARD = web.AppKey("leak_guard", GuardState)
# Nonces of accepted signed requests, refused if they come again within the replay window.
NONCES = web.AppKey("nonces", NonceCache)
