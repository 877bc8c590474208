"""Browser-test fixtures: the practice pages' server, a real helper, and Chromium with the extension paired natively."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright
from postcheck.native.launcher import write_launcher
from postcheck.native.manifests import write_manifest

from tests.browser.extension_world import ExtensionWorld
from tests.support.chromium import extension_id, launch
from tests.support.fixture_server import fixture_server  # noqa: F401  (a fixture)
from tests.support.helper_process import running_helper


@pytest.fixture(scope="module")
def playwright():
    # Per module, not per session: the sync API keeps an event loop running on the main thread while it lives,
    # and pytest-asyncio's tests in other packages (tests/server) cannot start theirs beside it.
    with sync_playwright() as p:
        yield p


@pytest.fixture
def helper(postcheck_home: Path):
    with running_helper(postcheck_home) as process:
        yield process


def install_native_host(user_data_dir: Path, home: Path) -> Path:
    """What `postcheck install` does for Chromium, into this throwaway profile: launcher + host manifest."""
    launcher = write_launcher(home / "bin" / "postcheck-native-host", postcheck_home=str(home))
    return write_manifest(user_data_dir / "NativeMessagingHosts", "chrome", launcher)


class Browser:
    """A Chromium with the extension; `page()` opens a tab and its ExtensionWorld."""

    def __init__(self, context, user_data_dir: Path) -> None:
        self.context = context
        self.user_data_dir = user_data_dir
        self.extension_id = extension_id(context)

    def open(self, url: str):
        page = self.context.new_page()
        world = ExtensionWorld(page, self.extension_id)
        page.goto(url)
        return page, world


@pytest.fixture
def open_browser(playwright, fixture_server, tmp_path: Path, postcheck_home: Path):  # noqa: F811
    """open_browser(native_host=True, ui_language=None) -> Browser; every browser opened is closed at teardown."""
    contexts = []

    def _open(native_host: bool = True, ui_language: str | None = None) -> Browser:
        user_data_dir = tmp_path / f"profile-{len(contexts)}"
        user_data_dir.mkdir()
        if native_host:
            install_native_host(user_data_dir, postcheck_home)
        env = dict(os.environ, POSTCHECK_HOME=str(postcheck_home))
        context = launch(playwright, user_data_dir, fixture_port=fixture_server.port, env=env,
                         ui_language=ui_language)
        contexts.append(context)
        return Browser(context, user_data_dir)

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture
def browser(open_browser, helper) -> Iterator[Browser]:
    """The usual set-up: a running helper and a browser paired with it through the native host."""
    yield open_browser()
