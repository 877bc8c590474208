"""Pure status of an account: requirements done/missing/stale on a given day, rotation, checklist items."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import re

import pytest

from postcheck.accounts import Account
from postcheck.checklist import Item
from postcheck.policy import load_policy
from postcheck.vault import check_name, requirement_items, rotation_due, setup_items
from postcheck.vault.status import add_months, item_id

VAULT = load_policy().vault
NAIROBI = ZoneInfo("Africa/Nairobi")
ALL_DATED = {r.id: "2026-11-02" for r in VAULT.requirements if r.evidence == "date"}


def account(**changes) -> Account:
    fields = dict(platform="twitter", handle="IOMPhilippines", created="2026-11-01",
                  secret_set_at="2026-11-02T08:00:00.000000Z", strength=4, requirements=dict(ALL_DATED))
    fields.update(changes)
    return Account(**fields)


def statuses(acc: Account, now: datetime, last_export: str | None = "2026-11-03T09:00:00.000000Z") -> dict:
    naming = check_name(acc.handle, VAULT.naming)
    return {item["id"]: item["status"] for item in requirement_items(acc, VAULT, naming, last_export, now, NAIROBI)}


def test_every_requirement_done_makes_nothing_to_do():
    now = datetime(2026, 11, 30, 9, tzinfo=NAIROBI)
    assert set(statuses(account(), now).values()) == {"done"}
    assert setup_items(account(), VAULT, check_name("IOMPhilippines", VAULT.naming),
                       "2026-11-03T09:00:00.000000Z", now, NAIROBI) == []


def test_country_profile_goes_stale_three_calendar_months_after_its_update():
    acc = account(requirements={**ALL_DATED, "country-profile": "2026-11-30", "ocu-reporting": "2027-02-27"})
    assert statuses(acc, datetime(2027, 2, 28, 23, 59, tzinfo=NAIROBI))["country-profile"] == "done"
    assert statuses(acc, datetime(2027, 3, 1, 0, 0, tzinfo=NAIROBI))["country-profile"] == "stale"
    # The day is the mission's: 21:30 UTC on 28 Feb is already 1 March in Nairobi.
    assert statuses(acc, datetime(2027, 2, 28, 21, 30, tzinfo=timezone.utc))["country-profile"] == "stale"


def test_missing_requirements_and_the_naming_check_are_reported():
    acc = account(handle="HelpMigrantsNow", requirements={"concept-note": "2026-10-01"})
    result = statuses(acc, datetime(2026, 11, 30, tzinfo=NAIROBI))
    assert result["concept-note"] == "done"
    assert result["naming-convention"] == "missing"
    assert result["chief-of-mission-approval"] == "missing"
    assert result["packetshaper"] == "missing"


def test_credentials_count_as_handed_to_ocu_only_if_exported_after_the_current_password():
    now = datetime(2026, 11, 30, tzinfo=NAIROBI)
    assert statuses(account(), now, last_export=None)["credentials-to-ocu"] == "missing"
    assert statuses(account(), now, "2026-11-01T00:00:00.000000Z")["credentials-to-ocu"] == "missing"
    assert statuses(account(), now, "2026-11-03T00:00:00.000000Z")["credentials-to-ocu"] == "done"


def test_rotation_is_due_after_the_policys_days_and_becomes_a_checklist_item():
    acc = account(requirements={**ALL_DATED, "ocu-reporting": "2027-01-20", "country-profile": "2027-01-20"})
    due = rotation_due(acc, VAULT, NAIROBI)
    assert VAULT.rotation_days == 90 and due == date(2027, 1, 31)  # password stored 2 Nov 2026 (Nairobi)
    naming = check_name(acc.handle, VAULT.naming)
    export = "2026-11-03T09:00:00.000000Z"

    def items(day: str, hour: int = 9):
        return setup_items(acc, VAULT, naming, export, datetime.fromisoformat(f"{day}T{hour:02d}:00").replace(
            tzinfo=NAIROBI), NAIROBI)

    assert items("2027-01-30", 23) == []
    (item,) = items("2027-01-31", 0)
    assert (item["kind"], item["status"], item["due"]) == ("password-rotation", "due", "2027-01-31T00:00:00+03:00")
    (item,) = items("2027-02-03")
    assert item["status"] == "overdue" and item["guideline"] == "Security and Privacy"
    assert item["title"] == "twitter/IOMPhilippines: change the password (every 90 days)"


def test_an_account_without_password_or_requirements_lists_what_to_do():
    acc = account(secret_set_at=None, strength=None, requirements={})
    now = datetime(2026, 11, 30, tzinfo=NAIROBI)
    items = setup_items(acc, VAULT, check_name(acc.handle, VAULT.naming), None, now, NAIROBI)
    kinds = [item["kind"] for item in items]
    assert kinds.count("password-rotation") == 1
    dated = [r for r in VAULT.requirements if r.evidence != "naming"]
    assert kinds.count("account-setup") == len(dated)
    assert all(item["platform"] == "twitter" and item["id"].startswith(("account-setup-twitter-iomphilippines-",
                                                                        "password-rotation-twitter-iomphilippines-"))
               and item["auto"] and item["progress"] is None for item in items)
    assert len({item["id"] for item in items}) == len(items)
    # Each validates as a checklist item (ids [a-z0-9-] up to 80, due an ISO 8601 instant or None).
    assert [Item.model_validate(item).id for item in items] == [item["id"] for item in items]


def test_stale_requirement_is_overdue_from_the_first_day_after_its_validity():
    acc = account(requirements={**ALL_DATED, "country-profile": "2026-11-30", "ocu-reporting": "2027-02-27"},
                  secret_set_at="2027-02-01T08:00:00.000000Z")
    naming = check_name(acc.handle, VAULT.naming)
    (item,) = setup_items(acc, VAULT, naming, "2027-02-02T09:00:00.000000Z",
                          datetime(2027, 3, 2, 9, tzinfo=NAIROBI), NAIROBI)
    assert (item["kind"], item["status"], item["due"]) == ("account-setup", "overdue", "2027-03-01T00:00:00+03:00")
    assert item["title"] == ("twitter/IOMPhilippines: Country profile on www.iom.int updated within the last 3 months "
                             "(last on 2026-11-30: renew)")


@pytest.mark.parametrize("platform, handle", [("twitter", "IOMKenya"), ("twitter", "iomkenya"),
                                              ("facebook", "OIMSénégal"), ("hootsuite", "IOM_Kenya"),
                                              ("youtube", "IOM" + "x" * 97)])
def test_item_ids_are_checklist_ids_and_never_collide(platform, handle):
    ids = {item_id(kind, platform, handle, requirement)
           for kind, requirement in [("password-rotation", None)] + [("account-setup", r.id) for r in VAULT.requirements]}
    assert len(ids) == len(VAULT.requirements) + 1
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]{0,79}", i) for i in ids)
    assert item_id("account-setup", "twitter", "IOMKenya", "concept-note") != \
        item_id("account-setup", "twitter", "iomkenya", "concept-note")
    assert item_id("account-setup", platform, handle, "concept-note") == \
        item_id("account-setup", platform, handle, "concept-note")  # stable: no salt, no clock


def test_management_accounts_have_no_checklist_platform():
    items = setup_items(account(platform="hootsuite", handle="IOM_Kenya", secret_set_at=None), VAULT,
                        check_name("IOM_Kenya", VAULT.naming), None, datetime(2026, 11, 30, tzinfo=NAIROBI), NAIROBI)
    assert items and all(item["platform"] is None for item in items)
    assert all(Item.model_validate(item) for item in items)


@pytest.mark.parametrize("start, months, expected", [
    ("2026-11-30", 3, "2027-02-28"), ("2027-11-30", 3, "2028-02-29"), ("2026-01-31", 1, "2026-02-28"),
    ("2026-12-05", 1, "2027-01-05"), ("2026-03-31", 12, "2027-03-31"),
])
def test_add_months_clamps_to_the_end_of_shorter_months(start, months, expected):
    assert add_months(date.fromisoformat(start), months).isoformat() == expected
