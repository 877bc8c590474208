"""Fixtures shared by every test: where ../shared is, and an isolated POSTCHECK_HOME."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.leftovers import stop_processes_with_home
from tests.support.shared import shared_path  # noqa: F401  (re-exported for tests)


@pytest.fixture(autouse=True)
def postcheck_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own config/data/runtime dirs: nothing touches the real user's files."""
    home = tmp_path_factory.mktemp("postcheck-home")
    monkeypatch.setenv("POSTCHECK_HOME", str(home))
    yield home
    # A helper started by a browser's native host outlives the browser: stop the ones of this home (a helper that
    # ran made its run/ folder).
    if (home / "run").exists():
        stop_processes_with_home(home)


def pytest_report_header(config: pytest.Config) -> str:
    return f"CI={os.environ.get('CI', '')}"
