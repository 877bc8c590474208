"""Waiting for what a browser or a helper does in its own time: poll a condition, fail with what was awaited."""

from __future__ import annotations

import time


def wait_until(condition, what: str, timeout: float = 20.0, every: float = 0.1):
    """The first truthy value of `condition()`, polled every `every` s; AssertionError naming `what` after `timeout` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}")
