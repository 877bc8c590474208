"""create_app(config): the helper's aiohttp application; `postcheck serve`, the tests and the benchmark all use it."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import AsyncIterator

from aiohttp import web

from postcheck.api import default_engine
from postcheck.engine import Engine
from postcheck.server import middlewares, openapi
from postcheck.server.config import ServerConfig
from postcheck.server.media_route import BODY_TYPES as MEDIA_BODY_TYPES, CLEAN_PATH, PATH as MEDIA_PATH
from postcheck.server.media_route import clean_body_limit, media_routes
from postcheck.localzone import local_zone
from postcheck.server.checklist_routes import checklist_routes
from postcheck.server.report_routes import report_routes
from postcheck.server.keys import (BODY_RULES, CONFIG, DUTIES, ENGINE, NONCES, OPENAPI, STORE, STORE_THREAD, ZONE,
                                   BodyRule)
from postcheck.server.routes import routes
from postcheck.server.vault_routes import routes as vault_routes
from postcheck.server.vault_routes import vault_context
from postcheck.server.nonces import NonceCache
from postcheck.store import ActivityStore


async def _store(app: web.Application) -> AsyncIterator[None]:
    """Open the activity log on its own thread at startup; close it there at shutdown."""
    thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="postcheck-store")
    path = app[CONFIG].db_path
    app[STORE] = thread.submit(ActivityStore, path).result()
    app[STORE_THREAD] = thread
    yield
    thread.submit(app[STORE].close).result()
    thread.shutdown(wait=True)


# Touches every lazily loaded part of the engine (URL suffix list, hashtags, mentions) before the first keystroke.
WARM_UP_TEXT = "Warm-up: see https://www.iom.int #Migration @UNmigration"


async def _warm_engine(app: web.Application) -> None:
    """Run one check at startup: the first real one would otherwise pay ~0.1 s of lazy loading.

    On the main thread on purpose: nothing is served yet, and data loaded in a worker thread would sit in that
    thread's own malloc arena (about 13 MB more RSS, measured by benchmarks/bench_server.py)."""
    app[ENGINE].check(WARM_UP_TEXT, "twitter", "post")


def create_app(config: ServerConfig, engine: Engine | None = None) -> web.Application:
    """The application for `config`; `engine` defaults to this workstation's (built once per process)."""
    app = web.Application(middlewares=[middlewares.errors, middlewares.security], client_max_size=config.max_body)
    app[CONFIG] = config
    app[NONCES] = NonceCache()
    app[ENGINE] = engine or default_engine()
    duties = [duty.id for duty in config.policy.schedule.duties]
    app[DUTIES] = frozenset(duties)
    app[ZONE] = local_zone(config.policy)
    app[OPENAPI] = openapi.document_bytes(config.version, duties, config.policy.vault)
    app.router.add_routes(routes)
    app.router.add_routes(media_routes)
    app[BODY_RULES] = {MEDIA_PATH: BodyRule(MEDIA_BODY_TYPES, config.max_media_body),
                       CLEAN_PATH: BodyRule(MEDIA_BODY_TYPES, clean_body_limit(config.policy.media.max_clean_bytes))}
    app.router.add_routes(checklist_routes)
    app.router.add_routes(report_routes)
    app.router.add_routes(vault_routes)
    app.on_startup.append(_warm_engine)
    app.cleanup_ctx.append(_store)
    app.cleanup_ctx.append(vault_context)  # needs the store
    return app
