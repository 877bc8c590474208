"""The report's accounts section: accounts whose setup was incomplete at the period's end or whose requirements went
stale in it, judged by the vault's own status functions; pure cases, then the real server with the real registry."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

from postcheck.accounts import Account
from postcheck.policy import load_policy
from postcheck.report.build import build_report
from postcheck.report.period import Period
from tests.report.sample import NOW, sample_week
from tests.report.test_report_server import get_report, record

PARIS = ZoneInfo("Europe/Paris")
POLICY = load_policy()
DATED = {r.id: "2026-09-01" for r in POLICY.vault.requirements if r.evidence == "date"}
LATER = datetime(2027, 1, 20, 9, tzinfo=PARIS)  # every period below is over


def account(handle: str, created: str = "2026-03-01", **requirements: str) -> Account:
    return Account("twitter", handle, created=created, secret_set_at="2026-09-01T08:00:00.000000Z", strength=4,
                   requirements={**DATED, "ocu-reporting": "2026-11-25", **requirements})


EXPORTED = "2026-09-02T08:00:00.000000Z"  # after the password: credentials handed over


def gaps(period: str, accounts, now: datetime = LATER) -> dict[str, dict[str, tuple]]:
    report = build_report(POLICY, [], Period.parse(period), now, PARIS, accounts)
    return {f"{a.platform}/{a.handle}": {g.id: (g.state, g.done_on, g.stale_since) for g in a.gaps}
            for a in report.accounts}, report.accounts_total


def test_a_requirement_that_ran_out_in_the_period_went_stale_and_later_periods_say_stale():
    # The country profile (valid 3 months) was updated on 1 September: out of date from 2 December.
    accounts = [(account("IOMPhilippines"), EXPORTED)]
    assert gaps("2026-W48", accounts) == ({}, 1)
    assert gaps("2026-W49", accounts) == (
        {"twitter/IOMPhilippines": {"country-profile": ("went-stale", "2026-09-01", "2026-12-02")}}, 1)
    assert gaps("2026-12", accounts)[0]["twitter/IOMPhilippines"]["country-profile"][0] == "went-stale"
    assert gaps("2026-W51", accounts)[0]["twitter/IOMPhilippines"]["country-profile"][0] == "stale"


def test_done_after_the_period_was_missing_at_its_end_and_new_accounts_wait_for_their_period():
    accounts = [(account("IOMPhilippines", **{"concept-note": "2026-12-10", "country-profile": "2026-11-15"}),
                 EXPORTED),
                (account("OIM_Colombia", created="2026-12-20"), None),
                (account("HelpMigrantsNow", **{"country-profile": "2026-11-15"}), EXPORTED)]
    found, total = gaps("2026-W49", accounts)
    assert total == 2  # OIM_Colombia was set up after the week
    assert found["twitter/IOMPhilippines"] == {"concept-note": ("missing", "2026-12-10", None)}
    assert found["twitter/HelpMigrantsNow"] == {"naming-convention": ("missing", None, None)}
    found, total = gaps("2026-W52", accounts)
    assert total == 3  # the monthly report to OCU (25 November) ran out on 26 December
    assert found["twitter/IOMPhilippines"] == {"ocu-reporting": ("went-stale", "2026-11-25", "2026-12-26")}
    assert found["twitter/OIM_Colombia"]["credentials-to-ocu"] == ("missing", None, None)


def test_a_period_not_over_is_judged_now():
    accounts = [(account("IOMPhilippines", **{"concept-note": "2026-12-03"}), EXPORTED)]
    before = datetime(2026, 12, 2, 12, tzinfo=PARIS)
    assert gaps("2026-W49", accounts, before)[0]["twitter/IOMPhilippines"] == {
        "concept-note": ("missing", "2026-12-03", None), "country-profile": ("went-stale", "2026-09-01", "2026-12-02")}


async def test_accounts_through_the_real_server_in_json_html_and_csv(client, auth):
    await record(client, auth, sample_week())
    assert (await client.put("/v1/accounts/twitter/IOMPhilippines", json={"requirements": DATED},
                             headers=auth)).status == 201
    assert (await client.put("/v1/accounts/facebook/IOMPhilippines", json={"created": "2027-01-10"},
                             headers=auth)).status == 201
    report = await get_report(client, auth, week="2026-W49")
    assert report.accounts_total == 1
    (setup,) = report.accounts
    assert (setup.platform, setup.handle) == ("twitter", "IOMPhilippines")
    assert {g.id: g.state for g in setup.gaps} == {"country-profile": "went-stale", "ocu-reporting": "stale",
                                                   "credentials-to-ocu": "missing"}

    html = await (await client.get("/v1/report", params={"week": "2026-W49", "at": NOW}, headers=auth)).text()
    section = html.split('<section id="accounts">', 1)[1].split("</section>", 1)[0]
    assert "Institutional accounts not fully set up" in section and "twitter/IOMPhilippines" in section
    assert "went out of date on 2 December 2026, during the period" in section
    assert "(last done 1 September 2026)" in section and "facebook/" not in section
    assert "Accounts fully set up" in html.split('<section id="glance">', 1)[1].split("</section>", 1)[0]

    text = await (await client.get("/v1/report", params={"week": "2026-W49", "format": "csv", "at": NOW},
                                   headers=auth)).text()
    rows = [r for r in csv.DictReader(io.StringIO(text)) if r["section"] == "accounts"]
    assert rows[0]["metric"] == "set-up" and (rows[0]["value"], rows[0]["target"]) == ("0", "1")
    assert {(r["metric"], r["key"], r["state"], r["date"]) for r in rows[1:]} == {
        ("country-profile", "twitter/IOMPhilippines", "went-stale", "2026-12-02"),
        ("ocu-reporting", "twitter/IOMPhilippines", "stale", "2026-10-02"),
        ("credentials-to-ocu", "twitter/IOMPhilippines", "missing", "")}


def test_a_before_setup_requirement_dated_after_creation_is_done_late_in_its_own_period_only():
    # Created on 1 December; OCU notified on 3 December (week 49), the bandwidth shaping asked on 1 December.
    late = account("IOMPhilippines", created="2026-12-01", **{"ocu-notified": "2026-12-03",
                                                              "packetshaper": "2026-12-01",
                                                              "country-profile": "2026-11-15"})
    accounts = [(late, EXPORTED)]
    found, total = gaps("2026-W49", accounts)
    assert (found, total) == ({"twitter/IOMPhilippines": {"ocu-notified": ("done-late", "2026-12-03", None)}}, 1)
    report = build_report(POLICY, [], Period.parse("2026-W49"), LATER, PARIS, accounts)
    assert not report.accounts[0].lacking  # a warning: the account counts as set up
    assert gaps("2026-W50", accounts) == ({}, 1)  # it cannot be undone: not reported again
    # Before the notification's day it was simply missing (the account existed, OCU not yet told).
    early = build_report(POLICY, [], Period.parse("2026-W49"), datetime(2026, 12, 2, 12, tzinfo=PARIS), PARIS,
                         accounts)
    assert {g.id: g.state for g in early.accounts[0].gaps} == {"ocu-notified": "missing"}


async def test_done_late_through_the_real_server_in_json_html_and_csv(client, auth):
    await record(client, auth, sample_week())
    body = {"created": "2026-12-01", "requirements": {**DATED, "ocu-notified": "2026-12-03",
                                                      "country-profile": "2026-11-15", "ocu-reporting": "2026-11-25"}}
    assert (await client.put("/v1/accounts/twitter/IOMPhilippines", json=body, headers=auth)).status == 201
    report = await get_report(client, auth, week="2026-W49")
    gaps_by_id = {g.id: g.state for g in report.accounts[0].gaps}
    assert gaps_by_id == {"ocu-notified": "done-late", "credentials-to-ocu": "missing"}  # no password, no export
    html = await (await client.get("/v1/report", params={"week": "2026-W49", "at": NOW}, headers=auth)).text()
    section = html.split('<section id="accounts">', 1)[1].split("</section>", 1)[0]
    assert ("done on 3 December 2026, after the account was created on 1 December 2026: the guidelines ask for it "
            "before setup") in section
    text = await (await client.get("/v1/report", params={"week": "2026-W49", "format": "csv", "at": NOW},
                                   headers=auth)).text()
    rows = [r for r in csv.DictReader(io.StringIO(text)) if r["section"] == "accounts"]
    assert ("ocu-notified", "done-late", "2026-12-03") in {(r["metric"], r["state"], r["value"]) for r in rows}
    assert (rows[0]["metric"], rows[0]["value"], rows[0]["target"]) == ("set-up", "0", "1")
