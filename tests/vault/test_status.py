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


def test_a_brand_new_account_is_one_setup_item_listing_its_missing_requirements():
    acc = account(secret_set_at=None, strength=None, requirements={})
    now = datetime(2026, 11, 30, tzinfo=NAIROBI)
    items = setup_items(acc, VAULT, check_name(acc.handle, VAULT.naming), None, now, NAIROBI)
    assert [item["kind"] for item in items] == ["account-setup", "password-rotation"]
    setup, rotation = items
    dated = [r for r in VAULT.requirements if r.evidence != "naming"]  # the handle follows the naming convention
    first = "; ".join(r.text for r in dated[:3])
    assert setup["title"] == (f"twitter/IOMPhilippines: {len(dated)} setup requirements to do: {first}; "
                              f"and {len(dated) - 3} more")
    assert (setup["status"], setup["due"]) == ("due", None)
    assert setup["progress"] == {"done": 1, "target": len(VAULT.requirements)}
    assert setup["guideline"] == "; ".join(dict.fromkeys(r.section for r in dated))
    assert rotation["progress"] is None
    assert all(item["platform"] == "twitter" and item["id"].startswith(("account-setup-twitter-iomphilippines-",
                                                                        "password-rotation-twitter-iomphilippines-"))
               and item["auto"] for item in items)
    assert setup["id"] == item_id("account-setup", "twitter", "IOMPhilippines")
    # Each validates as a checklist item (ids [a-z0-9-] up to 80, due an ISO 8601 instant or None).
    assert [Item.model_validate(item).id for item in items] == [item["id"] for item in items]


def test_one_missing_requirement_is_named_alone_in_the_singular():
    acc = account(requirements={k: v for k, v in ALL_DATED.items() if k != "concept-note"})
    (item,) = setup_items(acc, VAULT, check_name(acc.handle, VAULT.naming), "2026-11-03T09:00:00.000000Z",
                          datetime(2026, 11, 30, tzinfo=NAIROBI), NAIROBI)
    assert item["title"] == ("twitter/IOMPhilippines: 1 setup requirement to do: Concise concept note: objectives, "
                             "strategy and resources of the account")
    assert (item["status"], item["guideline"]) == ("due", "Setting Up an Institutional Account")
    assert item["progress"] == {"done": len(VAULT.requirements) - 1, "target": len(VAULT.requirements)}


def test_stale_requirement_is_overdue_from_the_first_day_after_its_validity():
    acc = account(requirements={**ALL_DATED, "country-profile": "2026-11-30", "ocu-reporting": "2027-02-27"},
                  secret_set_at="2027-02-01T08:00:00.000000Z")
    naming = check_name(acc.handle, VAULT.naming)
    (item,) = setup_items(acc, VAULT, naming, "2027-02-02T09:00:00.000000Z",
                          datetime(2027, 3, 2, 9, tzinfo=NAIROBI), NAIROBI)
    assert (item["kind"], item["status"], item["due"]) == ("account-setup", "overdue", "2027-03-01T00:00:00+03:00")
    assert item["title"] == ("twitter/IOMPhilippines: 1 setup requirement to do: Country profile on www.iom.int "
                             "updated within the last 3 months (last on 2026-11-30: renew)")


def test_one_stale_requirement_makes_the_whole_setup_item_overdue_from_the_earliest_stale_day():
    # ocu-reporting (monthly) stale from 3 Jan, country-profile (3 months) from 1 Mar; concept note missing.
    acc = account(requirements={**ALL_DATED, "concept-note": None, "country-profile": "2026-11-30",
                                "ocu-reporting": "2026-12-02"}, secret_set_at="2027-02-01T08:00:00.000000Z")
    acc = account(requirements={k: v for k, v in acc.requirements.items() if v}, secret_set_at=acc.secret_set_at)
    (item,) = setup_items(acc, VAULT, check_name(acc.handle, VAULT.naming), "2027-02-02T09:00:00.000000Z",
                          datetime(2027, 3, 2, 9, tzinfo=NAIROBI), NAIROBI)
    assert (item["status"], item["due"]) == ("overdue", "2027-01-03T00:00:00+03:00")
    assert item["title"].startswith("twitter/IOMPhilippines: 3 setup requirements to do: Country profile")
    assert "(last on 2026-12-02: renew)" in item["title"] and "Concise concept note" in item["title"]
    assert item["progress"] == {"done": len(VAULT.requirements) - 3, "target": len(VAULT.requirements)}


def late(acc: Account) -> dict:
    items = requirement_items(acc, VAULT, check_name(acc.handle, VAULT.naming), "2026-11-03T09:00:00.000000Z",
                              datetime(2026, 11, 30, tzinfo=NAIROBI), NAIROBI)
    return {item["id"]: item for item in items}


def test_a_before_setup_requirement_recorded_after_creation_is_done_late_with_a_warning():
    items = late(account(created="2026-11-10", requirements={**ALL_DATED, "ocu-notified": "2026-11-12",
                                                             "packetshaper": "2026-11-10"}))
    assert items["ocu-notified"]["status"] == "done"
    assert items["ocu-notified"]["late"] == ("done on 2026-11-12, after the account was created on 2026-11-10: "
                                             "the guidelines ask for it before setup")
    assert items["packetshaper"]["late"] is None  # the same day counts as before setup
    assert items["concept-note"]["late"] is None  # not a "before setup" requirement, though done after creation


@pytest.mark.parametrize("created", ["", "2026-11-12"])
def test_no_warning_without_a_creation_date_or_when_done_before_it(created):
    items = late(account(created=created, requirements={**ALL_DATED, "ocu-notified": "2026-11-02"}))
    assert items["ocu-notified"]["late"] is None and items["ocu-notified"]["status"] == "done"


def test_done_late_opens_no_checklist_item():
    acc = account(created="2026-10-01")  # every requirement recorded on 2 Nov: both "before setup" ones are late
    assert {i for i, item in late(acc).items() if item["late"]} == {"ocu-notified", "packetshaper"}
    assert setup_items(acc, VAULT, check_name(acc.handle, VAULT.naming), "2026-11-03T09:00:00.000000Z",
                       datetime(2026, 11, 30, tzinfo=NAIROBI), NAIROBI) == []


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
