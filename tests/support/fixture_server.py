"""The practice pages' HTTPS server as a pytest fixture (the server itself lives in postcheck.practice)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from postcheck.practice import PLATFORM_HOSTS, PracticeServer

__all__ = ["PLATFORM_HOSTS", "PracticeServer", "fixture_server"]


@pytest.fixture(scope="session")
def fixture_server() -> Iterator[PracticeServer]:
    """One server for the session: pass fixture_server.port to tests.support.chromium.launch(fixture_port=…)."""
    with PracticeServer() as server:
        yield server
