"""GET /v1/checklist/today on a year of activity (~5,000 events) beside a bare GET /v1/health, same helper, same run.

Run: python benchmarks/bench_checklist.py [--requests 300]
The helper is `postcheck serve` in its own process on a fresh POSTCHECK_HOME whose SQLite log holds a year of
made-up activity; requests go one at a time over one keep-alive connection (what the popup and the badge do).
The registry holds ACCOUNTS institutional accounts (some requirements dated, some passwords stored, one rotation
due), so the answer carries their account-setup and password-rotation items as a workstation's would; no keyring is
involved (the items read dates from SQLite only). Also prints the pure builder alone, the store read alone and the
account items alone, in this process.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

from postcheck.server import signing

ZONE = "Europe/Paris"
END = datetime(2026, 12, 11, 16, 30, tzinfo=timezone.utc)  # a Friday afternoon
PLATFORMS = ("twitter", "facebook", "instagram")
ACCOUNTS = [("twitter", "IOMPhilippines"), ("facebook", "IOMPhilippines"), ("instagram", "iomphilippines"),
            ("youtube", "iomphilippines"), ("twitter", "OIM_Colombia"), ("hootsuite", "IOM_Manila")]


def year_of_activity(seed: int = 7) -> list[dict]:
    """About 5,000 events over 365 days: posts, replies, check-ins, focused time, ticks, hashtags, reviews."""
    rng = random.Random(seed)
    events = []
    for days_ago in range(365, -1, -1):
        day = END - timedelta(days=days_ago)
        morning = day.replace(hour=7, minute=0, second=0, microsecond=0)

        def at(minutes: int) -> str:
            return (morning + timedelta(minutes=minutes)).isoformat()

        if day.weekday() == 0:
            events.append({"type": "official-hashtags-set", "hashtags": ["WorldRefugeeDay", "Migration"], "at": at(60)})
            events.append({"type": "item-ticked", "item": "youtube-comments", "at": at(70)})
        for _ in range(rng.randint(7, 11)):
            platform = rng.choice(PLATFORMS)
            events.append({"type": "post-published", "platform": platform, "hashtags": ["Migration"],
                           "media": [rng.choice(["infographic", "photo", "photo-with-caption"])],
                           "at": at(rng.randint(0, 600))})
        for platform in PLATFORMS:
            events.append({"type": "check-in", "platform": platform, "at": at(rng.randint(0, 600))})
        events.append({"type": "focused-time", "platform": rng.choice(PLATFORMS), "minutes": 10,
                       "at": at(rng.randint(0, 600))})
        if rng.random() < 0.3:
            events.append({"type": "review-marked-negative", "platform": "facebook", "at": at(rng.randint(0, 600))})
            events.append({"type": "post-published", "platform": "facebook", "kind": "reply",
                           "at": at(rng.randint(600, 700))})
    return events


def fill(home: Path) -> int:
    os.environ["POSTCHECK_HOME"] = str(home)
    from pydantic import TypeAdapter

    from postcheck.server.models import ActivityEvent
    from postcheck.store import ActivityStore

    store, events = ActivityStore(), TypeAdapter(ActivityEvent)
    for event in year_of_activity():  # validated like POST /v1/activity: `at` becomes an aware datetime
        store.record(events.validate_python(event).model_dump(exclude_none=True))
    count = store.count()
    add_accounts(store)
    store.close()
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "policy.toml").write_text(f'[schedule]\ntimezone = "{ZONE}"\n')
    return count


def add_accounts(store) -> None:
    """ACCOUNTS in the registry as a mission would have them: every other one fully dated, passwords stored on
    various days (one 100 days before END, so its rotation is due). Registry only: no secret, no keyring."""
    from postcheck.accounts import AccountRegistry

    registry = AccountRegistry(store)
    for n, (platform, handle) in enumerate(ACCOUNTS):
        dated = {"concept-note": "2026-03-01", "chief-of-mission-approval": "2026-03-02", "ocu-notified": "2026-03-02",
                 "visual-identity": "2026-03-05", "packetshaper": "2026-03-01",
                 "country-profile": "2026-10-15", "ocu-reporting": "2026-12-01"} if n % 2 == 0 else {}
        registry.upsert(platform, handle, {"created": "2026-03-10"}, dated)
        if n < 4:
            registry.password_stored(platform, handle, END - timedelta(days=100 - 20 * n), strength=4)


def start_helper(home: Path) -> tuple[subprocess.Popen, dict]:
    env = dict(os.environ, POSTCHECK_HOME=str(home))
    process = subprocess.Popen([sys.executable, "-m", "postcheck", "serve", "--port", "0"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    helper_file = home / "run" / "helper.json"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if helper_file.exists():
            info = json.loads(helper_file.read_text())
            if info.get("pid") == process.pid:
                return process, info
        time.sleep(0.05)
    process.terminate()
    raise SystemExit("the helper did not start within 30 s")


def timed_gets(info: dict, path: str, count: int) -> list[float]:
    host, port = info["url"].removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    times = []
    for _ in range(count + 20):
        headers = signing.sign(info["token"], "GET", f"{host}:{port}", path)  # a fresh nonce per request
        start = time.perf_counter()
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        times.append((time.perf_counter() - start) * 1000)
        assert response.status == 200, body[:300]
    connection.close()
    return times[20:]  # the first ones warm the connection and the caches


def in_process(home: Path, count: int) -> tuple[float, list[float], list[float], list[float], int, int]:
    from postcheck.checklist import build_today
    from postcheck.policy import load_policy
    from postcheck.server.checklist_source import account_items, events_for
    from postcheck.store import ActivityStore

    policy, zone, store = load_policy(home / "config" / "policy.toml"), ZoneInfo(ZONE), ActivityStore()
    # The first call in a process also loads pycountry for the accounts' naming check (what the helper's first
    # checklist request after start pays).
    start = time.perf_counter()
    account_items(store, policy, END, zone)
    first = (time.perf_counter() - start) * 1000
    reads, accounts, builds = [], [], []
    for _ in range(count):
        start = time.perf_counter()
        events = events_for(store, policy, END, zone)
        middle = time.perf_counter()
        extra = account_items(store, policy, END, zone)
        third = time.perf_counter()
        build_today(policy, events, END, zone, extra)
        reads.append((middle - start) * 1000)
        accounts.append((third - middle) * 1000)
        builds.append((time.perf_counter() - third) * 1000)
    store.close()
    return first, reads, accounts, builds, len(events), len(extra)


def row(name: str, times: list[float]) -> str:
    p95 = statistics.quantiles(times, n=20)[18]
    return f"| {name} | {statistics.median(times):.2f} | {p95:.2f} |"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        total = fill(home)
        process, info = start_helper(home)
        try:
            at = quote(END.isoformat())
            health = timed_gets(info, "/v1/health", args.requests)
            today = timed_gets(info, f"/v1/checklist/today?at={at}", args.requests)
            week = timed_gets(info, f"/v1/checklist/week?at={at}", args.requests)
        finally:
            process.terminate()
            process.wait(timeout=10)
        first, reads, accounts, builds, read_count, account_count = in_process(home, args.requests)
    print(f"{total} events over a year; the checklist for {END.isoformat()} reads {read_count} of them; "
          f"{len(ACCOUNTS)} accounts give {account_count} account items")
    print("| round trip, one keep-alive connection | p50 ms | p95 ms |\n| --- | ---: | ---: |")
    print(row("peer: GET /v1/health", health))
    print(row("GET /v1/checklist/today", today))
    print(row("GET /v1/checklist/week", week))
    print(row("in process: store read (events_for)", reads))
    print(row("in process: account items (registry + vault status)", accounts))
    print(f"| in process: the first account items (loads pycountry's naming lists) | {first:.2f} | |")
    print(row("in process: build_today (pure)", builds))


if __name__ == "__main__":
    main()
