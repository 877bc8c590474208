"""The vault in real Chromium with a real helper and the real Secret Service: the options page lists the accounts and
why they are not ready, stores, reveals (then hides) and copies a password, shows the 2FA code; a content script on a
site asking for a secret is refused by the background, and so is a page-world attempt.

What exercises the path: the refusal is tested from the content script's own isolated world on https://x.com (the
real sender Chromium attaches: the site's URL and origin), and the gate itself by calling the worker's dispatch with
a forged content-script sender; the options page is a real extension page talking to the real background."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.browser.vault_setup import PASSWORD, SEED, seed_vault
from tests.support.keyring_session import keyring_session  # noqa: F401  (fixture)

REVEAL = {"kind": "reveal-secret", "platform": "twitter", "handle": "IOMPhilippines", "purpose": "reveal"}
PAGE_KINDS = [REVEAL, {"kind": "totp-code", "platform": "twitter", "handle": "IOMPhilippines"},
              {"kind": "accounts"}, {"kind": "set-secret", "platform": "twitter", "handle": "IOMPhilippines",
                                     "secret": {"password": "hijacked-by-a-page"}},
              {"kind": "remove-account", "platform": "twitter", "handle": "IOMPhilippines"}]


def vault_log() -> str:
    return subprocess.run([sys.executable, "-m", "postcheck", "vault", "log"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


@pytest.fixture
def vault_browser(keyring_session, browser):  # keyring first: the helper must start inside its D-Bus session
    seed_vault()
    return browser


def test_a_content_script_asking_for_secrets_is_refused(vault_browser):
    page, world = vault_browser.open("https://x.com/home")
    for message in PAGE_KINDS:
        answer = world.evaluate(f"chrome.runtime.sendMessage({json.dumps(message)})")
        assert answer["kind"] == "refused", (message, answer)
        assert PASSWORD not in json.dumps(answer)
    # The page's own world cannot even address the extension (no externally_connectable).
    attempt = page.evaluate(f"""(() => {{ try {{ chrome.runtime.sendMessage("{vault_browser.extension_id}",
        {json.dumps(REVEAL)}); return "sent"; }} catch (e) {{ return "refused: " + e.message; }} }})()""")
    assert attempt.startswith("refused"), attempt
    log = vault_log()
    assert " reveal " not in log and " totp " not in log  # nothing reached the helper
    import keyring

    assert keyring.get_password("postcheck", "twitter/IOMPhilippines") == PASSWORD


def test_the_background_gate_with_forged_and_real_page_senders(vault_browser):
    worker = vault_browser.context.service_workers[0]
    forged = worker.evaluate(f"""postcheck.dispatch({json.dumps(REVEAL)},
        {{id: chrome.runtime.id, url: "https://x.com/home", origin: "https://x.com", tab: {{id: 7}}, frameId: 0}})""")
    assert forged["kind"] == "refused"
    lying = worker.evaluate(f"""postcheck.dispatch({json.dumps(REVEAL)},
        {{id: chrome.runtime.id, url: chrome.runtime.getURL("options/index.html"), origin: "https://x.com"}})""")
    assert lying["kind"] == "refused"  # a URL inside the extension but a site's origin
    page = worker.evaluate(f"""postcheck.dispatch({json.dumps(REVEAL)},
        {{id: chrome.runtime.id, url: chrome.runtime.getURL("options/index.html"),
          origin: new URL(chrome.runtime.getURL("")).origin}})""")
    assert page == {"kind": "secret", "password": PASSWORD}
    assert " reveal " in vault_log()


def test_options_page_shows_what_is_missing_reveals_copies_and_shows_the_2fa_code(vault_browser, postcheck_home):
    context = vault_browser.context
    origin = f"chrome-extension://{vault_browser.extension_id}"
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.clock.install()
    page.goto(f"{origin}/options/index.html")
    rows = page.locator("#accounts-body tr")
    rows.first.wait_for()
    assert rows.count() == 4
    assert page.locator("#accounts-summary").inner_text() == "3 of 4 accounts are not ready: see what is missing below."
    ready = page.locator('tr[data-handle="IOMPhilippines"]')
    assert ready.locator(".badge").inner_text() == "Ready"
    bad = page.locator('tr[data-handle="HelpMigrantsNow"]').inner_text()
    assert "Name does not follow the naming convention" in bad and "Weak password" in bad
    assert "Missing: Approval by the Chief of Mission" in bad
    colombia = page.locator('tr[data-handle="OIM_Colombia"]').inner_text()
    assert "Password due for a change since" in colombia and "Out of date: Country profile" in colombia
    assert "No password in the vault yet" in page.locator('tr[data-handle="iomphilippines"]').inner_text()
    assert PASSWORD not in page.content()

    ready.locator('button[data-action="reveal"]').click()
    secret = ready.locator('[data-role="secret"]')
    secret.locator("code").wait_for()
    assert secret.locator("code").inner_text() == PASSWORD
    page.clock.run_for(11_000)
    assert secret.is_hidden() and PASSWORD not in page.content()

    ready.locator('button[data-action="totp"]').click()
    code = ready.locator('[data-role="totp"] code')
    code.wait_for()
    assert code.inner_text().isdigit() and len(code.inner_text()) == 6

    ready.locator('button[data-action="copy"]').click()
    page.get_by_text("Copied: the clipboard is cleared in 30 s.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == PASSWORD
    page.clock.run_for(31_000)
    page.get_by_text("Clipboard cleared.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == ""
    log = vault_log()
    assert " reveal " in log and " copy " in log and " totp " in log and "extension" in log
    helper_log = (postcheck_home / "helper-test.log").read_bytes()
    assert PASSWORD.encode() not in helper_log and SEED.encode() not in helper_log


def test_options_page_adds_an_account_and_stores_its_password(vault_browser):
    page = vault_browser.context.new_page()
    page.goto(f"chrome-extension://{vault_browser.extension_id}/options/index.html")
    page.locator("#accounts-body tr").first.wait_for()
    page.select_option('#account-form select[name="platform"]', "facebook")
    page.fill('#account-form input[name="handle"]', "OIMSénégal")
    page.fill('#account-form input[name="location"]', "Dakar")
    page.click('#account-form button[type="submit"]')
    row = page.locator('tr[data-handle="OIMSénégal"]')
    row.wait_for()
    assert "No password in the vault yet" in row.inner_text()
    assert "Name does not follow" not in row.inner_text()
    row.locator('button[data-action="secret"]').click()
    page.fill('#secret-form input[name="password"]', "Goree-Island-1978!x")
    page.fill('#secret-form input[name="totp"]', SEED.lower())
    page.click('#secret-form button[type="submit"]')
    page.get_by_text("facebook/OIMSénégal: stored in the OS keyring.").wait_for()
    import keyring

    assert keyring.get_password("postcheck", "facebook/OIMSénégal") == "Goree-Island-1978!x"
    assert page.locator('#secret-form input[name="password"]').input_value() == ""
    row.locator('button[data-action="totp"]:not([disabled])').wait_for()


def test_options_page_records_the_day_a_requirement_was_met(vault_browser):
    page = vault_browser.context.new_page()
    page.goto(f"chrome-extension://{vault_browser.extension_id}/options/index.html")
    row = page.locator('tr[data-handle="HelpMigrantsNow"]')
    row.wait_for()
    assert "Missing: Approval by the Chief of Mission" in row.inner_text()
    row.locator('button[data-action="edit"]').click()
    assert page.locator('#account-form input[name="handle"]').input_value() == "HelpMigrantsNow"
    page.fill('#account-form input[data-requirement="chief-of-mission-approval"]', "2026-11-20")
    page.click('#account-form button[type="submit"]')
    page.get_by_text("Saved.").last.wait_for()
    page.wait_for_function("""() => !document.querySelector('tr[data-handle="HelpMigrantsNow"]').innerText
        .includes('Approval by the Chief of Mission')""")
    listing = json.loads(subprocess.run([sys.executable, "-m", "postcheck", "vault", "list", "--json"],
                                        capture_output=True, text=True, check=True, timeout=60).stdout)
    account = next(a for a in listing["accounts"] if a["handle"] == "HelpMigrantsNow")
    approval = next(i for i in account["requirements"] if i["id"] == "chief-of-mission-approval")
    assert (approval["status"], approval["done_on"]) == ("done", "2026-11-20")


def test_options_page_warns_of_a_before_setup_requirement_done_after_the_account_was_created(vault_browser):
    from datetime import date, timedelta

    page = vault_browser.context.new_page()
    page.goto(f"chrome-extension://{vault_browser.extension_id}/options/index.html")
    row = page.locator('tr[data-handle="IOMPhilippines"]')
    row.wait_for()
    assert row.locator(".warnings").count() == 0  # created today, every requirement dated 10 days ago
    # The account was really set up 20 days ago: OCU notified and the bandwidth shaping (10 days ago) came after it.
    created, recorded = (date.today() - timedelta(days=20)).isoformat(), (date.today() - timedelta(days=10)).isoformat()
    row.locator('button[data-action="edit"]').click()
    page.fill('#account-form input[name="created"]', created)
    page.click('#account-form button[type="submit"]')
    page.get_by_text("Saved.").last.wait_for()
    warnings = row.locator(".warnings li")
    warnings.first.wait_for()
    assert warnings.evaluate_all("items => items.map(i => i.dataset.requirement)") == ["ocu-notified", "packetshaper"]
    first = warnings.first.inner_text()
    assert first.startswith(f"Done late: OCU notified (ocu@iom.int) before registering the account — done on "
                            f"{recorded}, after the account was created on {created}: the guidelines ask for it "
                            "before setup")
    # Done late is a warning, not a gap: the account stays ready, and its form shows the warning beside the date.
    assert row.locator(".badge").inner_text() == "Ready"
    row.locator('button[data-action="edit"]').click()
    field = page.locator('#account-form label.requirement', has=page.locator('input[data-requirement="packetshaper"]'))
    assert "Done late: Local IT asked to set the bandwidth shaping" in field.locator(".warnings").inner_text()
    assert page.locator("#account-form label.requirement .warnings").count() == 2
