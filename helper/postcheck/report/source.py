"""The activity log as the report needs it: the store's events for `windows()` and the vault registry's accounts,
then the pure builder.

Shared by GET /v1/report and `postcheck report`, so both give the same figures for the same period and moment.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from postcheck.accounts import AccountRegistry
from postcheck.policy import Policy
from postcheck.report.build import build_report, windows
from postcheck.report.models import OcuReport
from postcheck.report.period import Period
from postcheck.store import ActivityStore


def events_for(store: ActivityStore, policy: Policy, period: Period, now: datetime,
               zone: ZoneInfo) -> list[dict[str, Any]]:
    """Every event the report on `period` at `now` reads, once each."""
    found: dict[int, dict[str, Any]] = {}
    for types, since, until in windows(policy, period, now, zone):
        if since <= until:
            for event in store.between(since, until, types):
                found.setdefault(event["id"], event)
    return list(found.values())


def accounts_for(store: ActivityStore) -> list[tuple]:
    """The vault registry's accounts, each with when it was last exported for OCU (no secret, no keyring)."""
    registry = AccountRegistry(store)
    accounts = registry.all()
    exports = registry.last_exports() if accounts else {}
    return [(account, exports.get((account.platform, account.handle))) for account in accounts]


def report(store: ActivityStore, policy: Policy, period: Period, now: datetime, zone: ZoneInfo) -> OcuReport:
    return build_report(policy, events_for(store, policy, period, now, zone), period, now, zone,
                        accounts_for(store))
