"""Launch the system Chromium (never a downloaded one) with postcheck's extension, the recipe of shared/RECIPES.md."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXTENSION = REPO / "extension"
PLATFORM_HOSTS = ("x.com", "twitter.com", "www.facebook.com", "www.instagram.com")


def chromium_path() -> str:
    """The system Chromium; where it is missing the test skips with the reason, or fails under CI=true (the test
    command installs it), so a machine with Firefox alone still passes."""
    for candidate in ("/usr/bin/chromium", "/usr/bin/chromium-browser", shutil.which("chromium") or ""):
        if candidate and Path(candidate).exists():
            return candidate
    reason = "Chromium is not installed: run scripts/test (it installs Debian's chromium) or apt-get install chromium"
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def chromium_args(extension: Path | None = EXTENSION, fixture_port: int | None = None) -> list[str]:
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", "--ignore-certificate-errors"]
    if extension is not None:
        args += [f"--disable-extensions-except={extension}", f"--load-extension={extension}"]
    if fixture_port is not None:
        rules = ", ".join(f"MAP {host} 127.0.0.1:{fixture_port}" for host in PLATFORM_HOSTS)
        args.append(f"--host-resolver-rules={rules}")
    return args


def launch(playwright, user_data_dir: Path, extension: Path | None = EXTENSION, fixture_port: int | None = None,
           headless: bool = True, env: dict | None = None, ui_language: str | None = None):
    """A persistent context (extensions need one); the caller closes it. `ui_language` ("fr"): the browser's
    interface language, which chrome.i18n follows (the LANGUAGE variable does not change it)."""
    kwargs = {"env": env} if env is not None else {}
    language = [f"--lang={ui_language}"] if ui_language else []
    return playwright.chromium.launch_persistent_context(
        str(user_data_dir), executable_path=chromium_path(), headless=headless,
        args=chromium_args(extension, fixture_port) + language, **kwargs,
    )


def extension_id(context) -> str:
    worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
    return worker.url.split("/")[2]
