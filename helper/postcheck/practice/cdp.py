"""Just enough of the Chrome DevTools Protocol over --remote-debugging-pipe (fds 3 and 4) to drive the browser."""

from __future__ import annotations

import json
import os
import select
import time
from typing import Any


class DevToolsError(RuntimeError):
    """The browser answered a DevTools command with an error, went away, or did not answer in time."""


class PipeConnection:
    """Messages are JSON texts ending in a NUL byte, both ways; answers carry the id of their command."""

    def __init__(self, write_fd: int, read_fd: int) -> None:
        self._write_fd, self._read_fd = write_fd, read_fd
        self._buffer = b""
        self._next_id = 0

    def call(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 30.0) -> dict[str, Any]:
        """Send one command and wait for its answer; events that arrive meanwhile are dropped (nothing subscribes)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        try:
            while data:
                data = data[os.write(self._write_fd, data):]
        except OSError as exc:
            raise DevToolsError(f"the browser closed its DevTools pipe before {method}: {exc}") from exc
        deadline = time.monotonic() + timeout
        while True:
            for answer in self._messages(deadline, method):
                if answer.get("id") == self._next_id:
                    if "error" in answer:
                        raise DevToolsError(f"{method} failed: {answer['error'].get('message', answer['error'])}")
                    return answer.get("result", {})

    def drain(self, timeout: float) -> bool:
        """Read and drop whatever arrives for up to timeout seconds; False once the browser has closed the pipe."""
        ready, _, _ = select.select([self._read_fd], [], [], timeout)
        if not ready:
            return True
        chunk = os.read(self._read_fd, 1 << 16)
        # Keep only an unfinished message, so a long session never grows the buffer.
        self._buffer = (self._buffer + chunk).rsplit(b"\0", 1)[-1]
        return bool(chunk)

    def close(self) -> None:
        for fd in (self._write_fd, self._read_fd):
            try:
                os.close(fd)
            except OSError:
                pass

    def _messages(self, deadline: float, method: str):
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._read_fd], [], [], max(left, 0))
            if not ready:
                raise DevToolsError(f"the browser did not answer {method} in time")
            chunk = os.read(self._read_fd, 1 << 16)
            if not chunk:
                raise DevToolsError(f"the browser closed its DevTools pipe during {method}")
            self._buffer += chunk
        *complete, self._buffer = self._buffer.split(b"\0")
        return [json.loads(text) for text in complete]
