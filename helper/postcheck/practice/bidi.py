"""Just enough of WebDriver BiDi (Firefox's remote protocol, a WebSocket) to drive the practice Firefox, synchronously.

aiohttp's WebSocket client runs on an event loop in a thread of its own; `call` waits for the answer to its command.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from typing import Any

import aiohttp


class BidiError(RuntimeError):
    """Firefox answered a command with an error, went away, or did not answer in time."""


class BidiConnection:
    """Commands are {"id", "method", "params"}; answers carry the same id and a "result" or an "error"."""

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="postcheck-bidi", daemon=True)
        self._thread.start()
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future] = {}
        self._session: aiohttp.ClientSession | None = None
        self._socket: aiohttp.ClientWebSocketResponse | None = None
        self._run(self._connect(url), timeout, "connect")

    def _run(self, coroutine, timeout: float, what: str):
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return future.result(timeout)
        except TimeoutError:
            future.cancel()
            raise BidiError(f"Firefox did not answer {what} within {timeout:g} s") from None
        except (aiohttp.ClientError, ConnectionError) as exc:
            raise BidiError(f"Firefox's WebDriver BiDi connection failed during {what}: {exc}") from exc

    async def _connect(self, url: str) -> None:
        self._session = aiohttp.ClientSession()
        self._socket = await self._session.ws_connect(url, max_msg_size=0)
        self._loop.create_task(self._receive())

    async def _receive(self) -> None:
        async for message in self._socket:
            if message.type != aiohttp.WSMsgType.TEXT:
                break
            answer = json.loads(message.data)
            future = self._pending.pop(answer.get("id"), None)  # events (no id) are not subscribed to: dropped
            if future is not None and not future.done():
                future.set_result(answer)
        for future in self._pending.values():
            if not future.done():
                future.set_exception(BidiError("Firefox closed its WebDriver BiDi connection"))

    async def _call(self, method: str, params: dict) -> dict:
        command_id = next(self._ids)
        future = self._loop.create_future()
        self._pending[command_id] = future
        await self._socket.send_str(json.dumps({"id": command_id, "method": method, "params": params}))
        return await future

    def call(self, method: str, params: dict | None = None, timeout: float = 30.0) -> dict[str, Any]:
        if self._socket is None or self._socket.closed:
            raise BidiError(f"Firefox's WebDriver BiDi connection is closed (before {method})")
        answer = self._run(self._call(method, params or {}), timeout, method)
        if answer.get("type") == "error" or "error" in answer:
            raise BidiError(f"{method} failed: {answer.get('error')}: {answer.get('message', '')}")
        return answer.get("result", {})

    def close(self) -> None:
        async def shut() -> None:
            if self._socket is not None:
                await self._socket.close()
            if self._session is not None:
                await self._session.close()
        try:
            self._run(shut(), 5, "close")
        except BidiError:
            pass
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
