"""The activity log on a real SQLite file: migrations, WAL, no post text, and durability through SIGKILL."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone

import aiohttp
import pytest

from postcheck import paths
from postcheck.store import MIGRATIONS, ActivityStore, StoreError, default_path
from tests.server.conftest import start_serve, stop, wait_for_helper_file
from tests.support.signing import signing_middleware


def test_fresh_store_is_wal_at_the_latest_schema():
    store = ActivityStore()
    assert store.path == paths.data_dir() / "activity.sqlite3"
    assert store.schema_version == len(MIGRATIONS)
    store.close()
    db = sqlite3.connect(default_path())
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1
    db.close()


def test_reopening_keeps_events_and_does_not_migrate_twice():
    store = ActivityStore()
    first = store.record({"type": "check-in", "platform": "twitter"})
    store.close()
    again = ActivityStore()
    assert again.get(first["id"]) == first and again.schema_version == len(MIGRATIONS)
    again.close()


def test_newer_schema_is_refused_with_a_clear_message():
    ActivityStore().close()
    db = sqlite3.connect(default_path())
    db.execute("UPDATE schema_version SET version = 99")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="schema version 99, newer than this postcheck"):
        ActivityStore()


def test_columns_hold_no_post_text():
    store = ActivityStore()
    columns = [row[1] for row in store._db.execute("PRAGMA table_info(events)")]
    store.close()
    assert "text" not in columns and "body" not in columns


def test_since_compares_instants_across_timezones():
    store = ActivityStore()
    store.record({"type": "check-in", "platform": "twitter", "at": datetime(2026, 1, 1, 23, 30, tzinfo=timezone.utc)})
    late = datetime.fromisoformat("2026-01-02T00:15:00+01:00")  # 23:15 UTC on the 1st
    assert [e["at"] for e in store.since(late)] == ["2026-01-01T23:30:00.000000Z"]
    store.close()


WRITER = """
import sys
from postcheck.store import ActivityStore
store = ActivityStore()
n = 0
while True:
    event = store.record({"type": "post-published", "platform": "twitter", "hashtags": [f"tag{n}"]})
    print(event["id"], flush=True)  # the acknowledgement: printed only after record() returned
    n += 1
"""


def test_store_writer_killed_mid_stream_loses_no_acknowledged_event():
    writer = subprocess.Popen([sys.executable, "-c", WRITER], stdout=subprocess.PIPE, text=True)
    acknowledged = [int(writer.stdout.readline()) for _ in range(300)]
    writer.kill()
    writer.wait()
    writer.stdout.close()
    store = ActivityStore()
    assert store.integrity() == "ok"
    for n, event_id in enumerate(acknowledged):
        assert store.get(event_id)["hashtags"] == [f"tag{n}"]
    store.close()


async def test_helper_killed_mid_stream_loses_no_acknowledged_event():
    helper = start_serve("--port", "0")
    acknowledged: dict[int, dict] = {}
    try:
        info = wait_for_helper_file(helper, paths.helper_file())
        headers = {"Authorization": f"Bearer {info['token']}"}

        async def writer(session: aiohttp.ClientSession, lane: int) -> None:
            n = 0
            while True:
                event = {"type": "post-published", "platform": "twitter", "hashtags": [f"lane{lane}n{n}"]}
                try:
                    async with session.post(f"{info['url']}/v1/activity", json=event, headers=headers) as response:
                        if response.status != 201:
                            raise AssertionError(f"{response.status}: {await response.text()}")
                        acknowledged[(await response.json())["id"]] = event
                except aiohttp.ClientError:
                    return  # the helper is gone: whatever was not acknowledged may be lost
                n += 1

        async with aiohttp.ClientSession(middlewares=(signing_middleware,)) as session:
            lanes = [asyncio.create_task(writer(session, lane)) for lane in range(8)]
            while len(acknowledged) < 400:
                await asyncio.sleep(0.01)
            helper.kill()  # SIGKILL while eight requests are in flight
            await asyncio.gather(*lanes)
    finally:
        stop(helper)
    store = ActivityStore()
    assert store.integrity() == "ok"
    for event_id, event in acknowledged.items():
        stored = store.get(event_id)
        assert stored is not None, f"acknowledged event {event_id} was lost"
        assert stored["hashtags"] == event["hashtags"]
    store.close()
