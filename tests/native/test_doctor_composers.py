"""`postcheck doctor`'s composer watch on a real SQLite activity log with composer events in it."""

from __future__ import annotations

from datetime import datetime, timezone

from postcheck.native.composer_watch import check_composers
from postcheck.store import ActivityStore


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=timezone.utc)


def _log(tmp_path, events):
    path = tmp_path / "activity.sqlite3"
    store = ActivityStore(path)
    for event in events:
        store.record(event)
    store.close()
    return path


def test_recognised_after_the_last_unrecognised_is_ok(tmp_path):
    path = _log(tmp_path, [
        {"type": "composer-unrecognised", "platform": "facebook", "structure": "0123456789abcdef", "at": _at(20)},
        {"type": "composer-recognised", "platform": "facebook", "at": _at(21)},
        {"type": "check-in", "platform": "twitter", "at": _at(22)},
    ])
    checks = check_composers(path)
    assert [(c.name, c.ok) for c in checks] == [("composer on facebook.com", True)]
    assert "2026-11-21" in checks[0].detail and checks[0].fix is None


def test_unrecognised_since_the_last_recognised_fails_with_the_count_date_and_structure(tmp_path):
    path = _log(tmp_path, [
        {"type": "composer-recognised", "platform": "facebook", "at": _at(20)},
        {"type": "composer-unrecognised", "platform": "facebook", "structure": "aaaaaaaaaaaaaaaa", "at": _at(21)},
        {"type": "composer-unrecognised", "platform": "facebook", "structure": "aaaaaaaaaaaaaaaa", "at": _at(22)},
        {"type": "composer-recognised", "platform": "twitter", "at": _at(22)},
        {"type": "composer-unrecognised", "platform": "instagram", "structure": "bbbbbbbbbbbbbbbb", "at": _at(23)},
    ])
    checks = {c.name: c for c in check_composers(path)}
    facebook = checks["composer on facebook.com"]
    assert not facebook.ok
    assert facebook.detail == ("no composer recognised on facebook.com since 2026-11-20: 2 boxes typed in were not "
                               "recognised (structure aaaaaaaaaaaaaaaa)")
    assert facebook.fix == "update postcheck — the site changed its composer"
    assert checks["composer on x.com"].ok
    instagram = checks["composer on instagram.com"]
    assert not instagram.ok and "since ever: 1 boxes" in instagram.detail and "bbbbbbbbbbbbbbbb" in instagram.detail


def test_no_log_reports_nothing_and_creates_nothing(tmp_path):
    path = tmp_path / "absent" / "activity.sqlite3"
    assert check_composers(path) == []
    assert not path.exists() and not path.parent.exists()


def test_a_log_that_is_not_sqlite_is_a_failing_check(tmp_path):
    path = tmp_path / "activity.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    [check] = check_composers(path)
    assert not check.ok and str(path) in check.detail
