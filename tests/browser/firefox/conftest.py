"""Firefox fixtures: one headless firefox-esr per test module (its launch costs 8-9 s), paired or not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.firefox.firefox import FirefoxPage, install_native_host, require_firefox, stop_started_helper


class FirefoxHome:
    """A person's HOME for Firefox (~/.mozilla/native-messaging-hosts/) and the POSTCHECK_HOME its host uses."""

    def __init__(self, root: Path) -> None:
        self.home = root
        self.postcheck = root / "postcheck"
        self.postcheck.mkdir(mode=0o700)

    def install(self) -> Path:
        return install_native_host(self.home, self.postcheck)


def _firefox(tmp_path_factory, fixture_server, paired: bool) -> Iterator[tuple[FirefoxPage, FirefoxHome]]:
    executable = require_firefox()
    home = FirefoxHome(tmp_path_factory.mktemp("firefox-home"))
    if paired:
        home.install()
    page = FirefoxPage(executable, home.home, home.postcheck, fixture_server.port)
    try:
        yield page, home
    finally:
        page.close()
        stop_started_helper(home.postcheck)


@pytest.fixture(scope="module")
def firefox(tmp_path_factory, fixture_server) -> Iterator[tuple[FirefoxPage, FirefoxHome]]:
    """Firefox after `postcheck install --browser firefox`: the add-on starts and pairs with the helper itself."""
    yield from _firefox(tmp_path_factory, fixture_server, paired=True)


@pytest.fixture(scope="module")
def unpaired_firefox(tmp_path_factory, fixture_server) -> Iterator[tuple[FirefoxPage, FirefoxHome]]:
    """Firefox before `postcheck install`: no host manifest, so the helper cannot start."""
    yield from _firefox(tmp_path_factory, fixture_server, paired=False)
