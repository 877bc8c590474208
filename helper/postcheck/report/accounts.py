"""The institutional accounts whose setup was incomplete at the period's end, or whose requirements went stale in it
(Setting Up an Institutional Account: "subject to the following requirements"; Branding › URL, Domain Names and
Social Media Registrations). Pure: the accounts come from the caller, judged by the vault's own status functions
(vault/status.py) as of the period's last day, or `now` when the period is not over.

The registry keeps each requirement's latest date only, so a requirement renewed since the period shows as it stood
then only as far as that date tells: done later than the period means it was not done by its end."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Sequence
from zoneinfo import ZoneInfo

from postcheck.accounts import Account
from postcheck.policy.vault_model import Vault
from postcheck.report.models import AccountSetup, SetupGap
from postcheck.report.period import Period
from postcheck.vault.naming import account_name, check_name
from postcheck.vault.status import MISSING, STALE, requirement_items


def _as_of(period: Period, now: datetime, zone: ZoneInfo) -> datetime:
    """The last instant of the period, or `now` when it comes first."""
    return min(now, period.span(zone).end - timedelta(microseconds=1))


def account_setup(vault: Vault, accounts: Sequence[tuple[Account, str | None]], period: Period, now: datetime,
                  zone: ZoneInfo) -> tuple[list[AccountSetup], int]:
    """`accounts`: (account, when it was last exported for OCU, UTC ISO 8601 or None) from the registry. Returns
    the accounts set up by the period's end with at least one gap, in the registry's order, and how many accounts
    were set up by then (created on or before that day, or with no creation date); each gap `missing`
    (not done by then), `stale` (stale since before the period), `went-stale` (its validity ran out in the
    period) or `done-late` (a "before setup" requirement dated in the period, after the account's creation day:
    reported in that period only, as it cannot be undone), with the requirement's text and section from the
    policy."""
    moment = _as_of(period, now, zone)
    day = moment.astimezone(zone).date()
    found, total = [], 0
    for account, last_export in accounts:
        if account.created and account.created > day.isoformat():
            continue  # set up after the period
        total += 1
        naming = check_name(account_name(account.handle, account.url), vault.naming)
        gaps = []
        for item in requirement_items(account, vault, naming, last_export, moment, zone):
            done_on = item["done_on"]
            if done_on is not None and date.fromisoformat(done_on) > day:  # done, but after the period
                gaps.append(SetupGap(id=item["id"], text=item["text"], section=item["section"], state="missing",
                                     done_on=done_on, stale_since=None))
            elif item["late"] and period.first <= date.fromisoformat(done_on) <= period.last:
                gaps.append(SetupGap(id=item["id"], text=item["text"], section=item["section"], state="done-late",
                                     done_on=done_on, stale_since=None))
            elif item["status"] == MISSING:
                gaps.append(SetupGap(id=item["id"], text=item["text"], section=item["section"], state="missing",
                                     done_on=None, stale_since=None))
            elif item["status"] == STALE:
                since = date.fromisoformat(item["valid_until"]) + timedelta(days=1)
                state = "went-stale" if period.first <= since <= period.last else "stale"
                gaps.append(SetupGap(id=item["id"], text=item["text"], section=item["section"], state=state,
                                     done_on=done_on, stale_since=since.isoformat()))
        if gaps:
            found.append(AccountSetup(platform=account.platform, handle=account.handle, created=account.created or None,
                                      gaps=gaps))
    return found, total
