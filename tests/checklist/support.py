"""Frozen moments and hand-made activity for the checklist's pure tests."""

from __future__ import annotations

from datetime import datetime
from itertools import count
from zoneinfo import ZoneInfo

from postcheck.checklist import Checklist, Item, build_today
from postcheck.policy import load_policy

POLICY = load_policy()
PARIS = ZoneInfo("Europe/Paris")
NAIROBI = ZoneInfo("Africa/Nairobi")
_ids = count(1)


def local(text: str, zone: ZoneInfo = PARIS) -> datetime:
    """'2026-12-07 10:45' as an aware datetime in `zone`."""
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def event(event_type: str, when: datetime, **fields) -> dict:
    return {"id": next(_ids), "type": event_type, "at": when.isoformat(), **fields}


def post(when: datetime, platform: str = "twitter", **fields) -> dict:
    return event("post-published", when, platform=platform, **fields)


def today(now: datetime, events=(), zone: ZoneInfo = PARIS, **kwargs) -> Checklist:
    return build_today(POLICY, list(events), now, zone, **kwargs)


def item(checklist: Checklist, item_id: str) -> Item:
    found = [i for i in checklist.items if i.id == item_id]
    assert found, f"{item_id} not in {[i.id for i in checklist.items]}"
    return found[0]


def ids(checklist: Checklist) -> set[str]:
    return {i.id for i in checklist.items}


def status(now: datetime, item_id: str, events=(), zone: ZoneInfo = PARIS) -> str:
    return item(today(now, events, zone), item_id).status
