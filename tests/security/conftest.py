"""The attacker suite reuses the browser tests' world: the practice pages' server, a real helper, Chromium paired
with it through the native host (tests/browser/conftest.py)."""

from __future__ import annotations

from tests.browser.conftest import browser, helper, open_browser, playwright  # noqa: F401  (fixtures)
from tests.support.fixture_server import fixture_server  # noqa: F401  (a fixture)
from tests.server.conftest import served  # noqa: F401,E402  (`postcheck serve` as a real process)
