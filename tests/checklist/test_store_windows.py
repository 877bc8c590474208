"""The events a real SQLite log hands over for `windows()` give the same checklist as the whole log would."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from pydantic import TypeAdapter

from postcheck.checklist import build_today, build_week
from postcheck.server import checklist_source
from postcheck.server.models import ActivityEvent
from postcheck.store import ActivityStore
from tests.checklist.support import PARIS, POLICY

START = datetime(2025, 11, 1, tzinfo=timezone.utc)
ITEMS = ["youtube-comments", "facebook-demographics", "guidelines-review", "check-time-facebook-0900"]


def random_log(rng: random.Random, days: int = 420) -> list[dict]:
    events = []
    for _ in range(days * 6):
        at = (START + timedelta(minutes=rng.randrange(days * 24 * 60))).isoformat()
        platform = rng.choice(["twitter", "facebook", "instagram"])
        kind = rng.choice(["post", "post", "reply", "check-in", "focused", "tick", "untick", "negative", "tags"])
        events.append({
            "post": {"type": "post-published", "platform": platform, "hashtags": rng.sample(["Migration", "A"], 1),
                     "media": [rng.choice(["photo", "infographic", "video"])]},
            "reply": {"type": "post-published", "platform": platform, "kind": "reply"},
            "check-in": {"type": "check-in", "platform": platform},
            "focused": {"type": "focused-time", "platform": platform, "minutes": rng.randint(1, 20)},
            "tick": {"type": "item-ticked", "item": rng.choice(ITEMS)},
            "untick": {"type": "item-unticked", "item": rng.choice(ITEMS)},
            "negative": {"type": "review-marked-negative", "platform": platform},
            "tags": {"type": "official-hashtags-set", "hashtags": ["Migration"]},
        }[kind] | {"at": at})
    return events


def test_windowed_reads_equal_the_whole_log(tmp_path):
    rng = random.Random(9)
    store = ActivityStore(tmp_path / "activity.sqlite3")
    adapter = TypeAdapter(ActivityEvent)
    for event in random_log(rng):
        store.record(adapter.validate_python(event).model_dump(exclude_none=True))
    everything = store.since(None, 100_000)
    # Reply deadlines ticked by hand are ticks of ids known only from the log: add some.
    for marking in [e for e in everything if e["type"] == "review-marked-negative"][::3]:
        tick_at = datetime.fromisoformat(marking["at"]) + timedelta(hours=rng.randint(1, 30))
        store.record({"type": "item-ticked", "item": f"reply-deadline-{marking['id']}", "at": tick_at})
    everything = store.since(None, 100_000)
    try:
        for _ in range(40):
            now = START + timedelta(days=30, minutes=rng.randrange(380 * 24 * 60))
            assert checklist_source.today(store, POLICY, now, PARIS) == build_today(POLICY, everything, now, PARIS), now
            assert checklist_source.week(store, POLICY, now, PARIS) == build_week(POLICY, everything, now, PARIS), now
    finally:
        store.close()
