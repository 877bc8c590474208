"""Where Firefox is missing, its tests skip with the reason, except under CI=true (the test command installs it)."""

from __future__ import annotations

import shutil

import pytest

from tests.browser.firefox import firefox


@pytest.fixture
def no_firefox(monkeypatch):
    real_which = shutil.which
    monkeypatch.setattr(firefox.shutil, "which",
                        lambda name: None if name in ("firefox", "firefox-esr") else real_which(name))


def test_missing_firefox_skips_with_the_install_command(no_firefox, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install firefox-esr"):
        firefox.require_firefox()


def test_missing_firefox_fails_under_ci(no_firefox, monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="Firefox is not installed"):
        firefox.require_firefox()


def test_installed_firefox_is_found():
    # Skips (or fails under CI) by the same rule where Firefox is missing.
    assert firefox.require_firefox().endswith(("firefox-esr", "firefox"))
