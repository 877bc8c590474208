"""Writes docs/screenshots/options-accounts.png: the options page's accounts, as a mission's social-media manager
sees them, in real Chromium with a real helper and a real Secret Service.

Usage (a private D-Bus session with an unlocked gnome-keyring, as in shared/RECIPES.md):
    dbus-run-session -- bash -c 'export HOME=$(mktemp -d); eval "$(printf "pw\\n" | gnome-keyring-daemon --unlock \\
        --components=secrets)"; .venv/bin/python -m tests.browser.make_vault_screenshot'
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.conftest import install_native_host
from tests.browser.vault_setup import seed_vault
from tests.support.chromium import extension_id, launch
from tests.support.helper_process import running_helper

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "options-accounts.png"


def main() -> None:
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as profile:
        os.environ["POSTCHECK_HOME"] = home
        seed_vault()
        with running_helper(Path(home)), sync_playwright() as playwright:
            install_native_host(Path(profile), Path(home))
            context = launch(playwright, Path(profile), env=dict(os.environ))
            try:
                page = context.new_page()
                page.set_viewport_size({"width": 1280, "height": 900})
                page.goto(f"chrome-extension://{extension_id(context)}/options/index.html")
                page.locator("#accounts-body tr").nth(3).wait_for()
                page.locator('tr[data-handle="IOMPhilippines"] button[data-action="totp"]').click()
                page.locator('tr[data-handle="IOMPhilippines"] [data-role="totp"] code').wait_for()
                page.locator("#accounts").screenshot(path=str(OUT))
            finally:
                context.close()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
