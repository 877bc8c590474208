"""The vault's items in the popup, in real Chromium paired with a real helper: one account set-up item per account
(each open requirement on its own line, with its own state) and password rotation in a group of their own, titled
in the messages' language, counted in the badge, with the way to the options page.
The accounts are in the helper's real SQLite registry (dates only: listing them never reads a secret)."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote

import pytest

from postcheck.accounts import AccountRegistry
from postcheck.store import ActivityStore
from tests.browser.test_checklist_popup import badge, open_popup, wait_until
from tests.support.helper_process import running_helper

MONDAY = "2026-12-07T10:45:00+01:00"
DATED = {"country-profile": "2026-09-01", "chief-of-mission-approval": "2026-09-01", "ocu-notified": "2026-09-01",
         "visual-identity": "2026-09-01", "ocu-reporting": "2026-11-20", "packetshaper": "2026-09-01",
         "concept-note": "2026-09-01"}


@pytest.fixture
def helper(postcheck_home):
    override = postcheck_home / "config" / "policy.toml"
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_text('[schedule]\ntimezone = "Europe/Paris"\n', encoding="utf-8")
    store = ActivityStore()
    registry = AccountRegistry(store)
    registry.upsert("twitter", "IOMPhilippines", {"created": "2026-03-01"}, DATED)
    # Its password was stored 100 days before Monday: the 90-day rotation is overdue.
    registry.password_stored("twitter", "IOMPhilippines", datetime.fromisoformat(MONDAY) - timedelta(days=100), 4)
    registry.upsert("hootsuite", "IOM_Manila", {"created": "2026-11-01"}, {})
    store.close()
    with running_helper(postcheck_home) as process:
        yield process


def test_popup_shows_the_accounts_items_and_opens_the_options_page(browser, helper):
    answer = helper.get(f"/v1/checklist/today?at={quote(MONDAY)}")
    accounts = [i for i in answer["items"] if i["kind"] in ("account-setup", "password-rotation")]
    # One account-setup item per account, listing its open requirements. IOMPhilippines: renew the country profile,
    # hand the credentials over (one item), change the password. IOM_Manila (its name passes): the 7 dated
    # requirements and the hand-over (one item), a password.
    assert len(accounts) == 2 + 2
    page = open_popup(browser, MONDAY)
    shown = page.eval_on_selector_all("li.item", "rows => rows.map(r => [r.dataset.id, r.dataset.status])")
    assert sorted(shown) == sorted([i["id"], i["status"]] for i in answer["items"])
    groups = page.eval_on_selector_all("section.group", "s => s.map(g => g.dataset.platform)")
    assert groups[-1] == "accounts"
    in_group = page.eval_on_selector_all('section[data-platform="accounts"] li.item',
                                         "rows => rows.map(r => r.dataset.id)")
    assert sorted(in_group) == sorted(i["id"] for i in accounts)
    titles = page.eval_on_selector_all('section[data-platform="accounts"] li.item .title',
                                       "t => t.map(e => e.textContent)")
    owners = [text.split(" — ")[0] for text in titles]
    # One account's items together, the account with the most urgent item first.
    assert owners == sorted(owners, key=owners.index) and owners[0] == "twitter/IOMPhilippines"
    header = page.text_content('section[data-platform="accounts"] h2')
    assert header.startswith("Accounts and passwords") and "4" in header

    def title(item_id: str) -> str:
        return page.text_content(f'li[data-id="{item_id}"] .title')

    def when(item_id: str) -> str | None:
        node = page.query_selector(f'li[data-id="{item_id}"] .when')
        return node.text_content() if node else None

    def requirements(item_id: str) -> list[list[str]]:
        return page.eval_on_selector_all(f'li[data-id="{item_id}"] ul.requirements li',
                                         "rows => rows.map(r => [r.dataset.state, r.textContent])")

    setup = next(i for i in accounts if i["kind"] == "account-setup" and i["platform"] == "twitter")
    # The worst of its requirements: the stale country profile makes the account's item overdue since 2 December.
    assert (setup["status"], when(setup["id"])) == ("overdue", "Dec 2")
    assert title(setup["id"]) == "twitter/IOMPhilippines — setup requirements to do: 2"
    assert requirements(setup["id"]) == [
        ["stale", "renew: Country profile on www.iom.int updated within the last 3 months (last on Sep 1)"],
        ["missing", "to do: Login credentials handed to OCU (postcheck vault export --for-ocu)"]]
    assert page.text_content(f'li[data-id="{setup["id"]}"] .progress-text') == "7 of 9"
    rotation = next(i for i in accounts if i["kind"] == "password-rotation" and i["platform"] == "twitter")
    assert title(rotation["id"]) == "twitter/IOMPhilippines — time to change the password"
    assert rotation["status"] == "overdue" and when(rotation["id"]) == "Nov 27"
    missing = next(i for i in accounts if i["kind"] == "password-rotation" and i["platform"] is None)
    assert title(missing["id"]) == "hootsuite/IOM_Manila — no password in the vault yet"
    assert when(missing["id"]) is None
    manila = next(i for i in accounts if i["kind"] == "account-setup" and i["platform"] is None)
    assert (manila["status"], when(manila["id"])) == ("due", None)
    assert title(manila["id"]) == "hootsuite/IOM_Manila — setup requirements to do: 8"
    assert requirements(manila["id"]) == [
        ["missing", "to do: Country profile on www.iom.int updated within the last 3 months"],
        ["missing", "to do: Concise concept note: objectives, strategy and resources of the account"],
        ["missing", "to do: Approval by the Chief of Mission"],
        ["more", "and 5 more"]]
    # Not ticked by hand: no button on them.
    assert page.eval_on_selector_all('section[data-platform="accounts"] li button', "b => b.length") == 0

    # The badge counts them: the helper's due + overdue, accounts included.
    now = helper.get("/v1/checklist/today")
    assert any(i["kind"] == "account-setup" for i in now["items"])
    wait_until(lambda: badge(browser)[0] == now["badge"]["text"], f"badge {now['badge']['text']!r}")

    with browser.context.expect_page() as opened:
        page.click("#open-accounts")
    options = opened.value
    options.wait_for_load_state()
    assert (options.url == f"chrome-extension://{browser.extension_id}/options/index.html"
            or options.url == f"chrome://extensions/?options={browser.extension_id}"), options.url
