"""The helper's connections against a local account that opens many and sends little (resource exhaustion).

aiohttp alone holds a connection whose request head never completes for its whole keep-alive time (75 s here) and
accepts any number of them. GuardedSite serves the app with GuardedHandler instead: a request head must arrive within
HEADER_TIMEOUT_S of a connection opening or of a new request's first byte (idle keep-alive between requests is not
affected), and connections beyond MAX_CONNECTIONS are closed as soon as they open.
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from aiohttp.web_protocol import RequestHandler

log = logging.getLogger("postcheck.server")
# A browser sends a whole request head in one packet; a slow local client still needs well under a second.
HEADER_TIMEOUT_S = 5.0
# The extension keeps a handful of connections; the CLI, doctor and the native host one each.
MAX_CONNECTIONS = 128


class GuardedHandler(RequestHandler):
    """aiohttp's RequestHandler with a request-head timeout and the connection cap (see the module's doc)."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self._head_timer: asyncio.TimerHandle | None = None
        if self._manager is not None and len(self._manager.connections) > MAX_CONNECTIONS:
            log.warning("connection refused: %d connections already open (limit %d)", MAX_CONNECTIONS, MAX_CONNECTIONS)
            self.force_close()
            return
        self._arm()

    def data_received(self, data: bytes) -> None:
        heads = self._request_count
        super().data_received(data)
        if self._request_count > heads:
            self._disarm()  # a whole request head arrived
        elif data and getattr(self, "_head_timer", None) is None and not self._request_in_progress:
            self._arm()  # the first bytes of a next request on a kept-alive connection

    def connection_lost(self, exc: BaseException | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._head_timer = self._loop.call_later(HEADER_TIMEOUT_S, self._head_timed_out)

    def _disarm(self) -> None:
        timer = getattr(self, "_head_timer", None)
        if timer is not None:
            timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if not self._request_in_progress:
            self.force_close()


class GuardedSite(web.SockSite):
    """web.SockSite whose connections are GuardedHandlers of the runner's server."""

    async def start(self) -> None:
        await web.BaseSite.start(self)
        loop = asyncio.get_running_loop()
        server = self._runner.server
        assert server is not None
        # The same handler aiohttp's Server would build, with the same settings (its _kwargs: keep-alive time,
        # lingering time, access logger).
        self._server = await loop.create_server(lambda: GuardedHandler(server, loop=loop, **server._kwargs),
                                                sock=self._sock, backlog=self._backlog)
