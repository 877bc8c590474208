"""A mission's vault for the browser tests and the screenshot: four accounts in the states a manager meets, stored
for real (registry in POSTCHECK_HOME's SQLite file, secrets in the test's Secret Service)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from postcheck import paths
from postcheck.accounts import AccountRegistry
from postcheck.policy import load_policy
from postcheck.store import ActivityStore
from postcheck.vault.handover import new_key_pair
from postcheck.vault.service import VaultService

PASSWORD, SEED = "Tacloban-Haiyan-2013!", "JBSWY3DPEHPK3PXPJBSWY3DP"


def seed_vault(now: datetime | None = None) -> None:
    now = now or datetime.now(timezone.utc)
    today = now.date()
    override = paths.policy_override()
    override.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    override.write_text(f'[vault]\nocu_public_key = "{new_key_pair()[0]}"\n', encoding="utf-8")
    store = ActivityStore()
    service = VaultService(AccountRegistry(store), load_policy(override).vault, via="cli")
    recent = (today - timedelta(days=10)).isoformat()
    dated = {r.id: recent for r in service.vault.requirements if r.evidence == "date"}

    service.save("twitter", "IOMPhilippines", {"url": "https://twitter.com/IOMPhilippines", "location": "Manila",
                                               "manager": "Laura Santos"}, dated, now)
    service.set_secret("twitter", "IOMPhilippines", PASSWORD, SEED, now)

    service.save("facebook", "HelpMigrantsNow", {"url": "https://www.facebook.com/HelpMigrantsNow",
                                                 "manager": "Laura Santos"}, {"concept-note": recent}, now)
    service.set_secret("facebook", "HelpMigrantsNow", "password1", None, now)

    service.save("youtube", "iomphilippines", {"url": "http://www.youtube.com/user/iomphilippines",
                                               "location": "Philippines"},
                 {**dated, "packetshaper": None}, now)

    service.save("instagram", "OIM_Colombia", {"location": "Bogotá", "manager": "Andrés Gómez"},
                 {**dated, "country-profile": _months_ago(today, 5)}, now)
    service.set_secret("instagram", "OIM_Colombia", "Cartagena-de-Indias-1533", None, now - timedelta(days=120))
    service.export(now)  # every password so far handed over to OCU
    store.close()


def _months_ago(today: date, months: int) -> str:
    month0 = today.month - 1 - months
    return date(today.year + month0 // 12, month0 % 12 + 1, min(today.day, 28)).isoformat()
