"""Typed keys for everything the application holds: one place, so handlers never guess a key or its type."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from aiohttp import web

from postcheck.engine import Engine
from postcheck.server.config import ServerConfig
from postcheck.server.signing import NonceCache
from postcheck.store import ActivityStore

CONFIG = web.AppKey("config", ServerConfig)
ENGINE = web.AppKey("engine", Engine)
STORE = web.AppKey("store", ActivityStore)
# SQLite calls run on this single thread: they never block the event loop, and one connection sees one thread.
STORE_THREAD = web.AppKey("store_thread", ThreadPoolExecutor)
OPENAPI = web.AppKey("openapi", bytes)
DUTIES = web.AppKey("duties", frozenset)
# This week's official hashtags from the policy, case-folded, without "#".
OFFICIAL_HASHTAGS = web.AppKey("official_hashtags", frozenset)
# Nonces of accepted signed requests, refused if they come again within the replay window.
NONCES = web.AppKey("nonces", NonceCache)
