"""`postcheck report` as a person runs it: a real process reading the real SQLite log; the same figures as HTTP."""

from __future__ import annotations

import csv
import json
import os
import stat
import subprocess
import sys
from datetime import datetime

from postcheck.report.models import OcuReport
from postcheck.store import ActivityStore
from tests.report.conftest import write_policy
from tests.report.sample import MISSION, NOW, sample_week


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "postcheck", "report", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=60)


def fill_store() -> None:
    store = ActivityStore()
    try:
        for event in sample_week():
            store.record({**event, "at": datetime.fromisoformat(event["at"])})
    finally:
        store.close()


def test_cli_week_as_json_csv_and_html_file(tmp_path):
    write_policy()
    fill_store()
    answer = run("--week", "2026-W49", "--format", "json", "--at", NOW)
    assert answer.returncode == 0, answer.stderr
    report = OcuReport.model_validate_json(answer.stdout)
    assert (report.mission, report.period) == (MISSION, "2026-W49")
    assert [p.total for p in report.posts.platforms] == [16, 5, 3]
    assert (report.replies.within, report.replies.late, report.replies.unanswered) == (2, 1, 1)

    target = tmp_path / "week.csv"
    assert run("--week", "2026-W49", "--format", "csv", "--at", NOW, "-o", str(target)).returncode == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["value"] for r in rows if r["metric"] == "total"] == ["16", "5", "3"]

    page = tmp_path / "week.html"
    page.write_text("old", encoding="utf-8")
    page.chmod(0o644)
    assert run("--week", "2026-W49", "--at", NOW, "-o", str(page)).returncode == 0
    assert stat.S_IMODE(page.stat().st_mode) == 0o600 and MISSION in page.read_text(encoding="utf-8")


def test_cli_default_is_the_last_complete_week_and_bad_usage_exits_2():
    write_policy()
    answer = run("--format", "json", "--at", NOW)
    assert json.loads(answer.stdout)["period"] == "2026-W49" and json.loads(answer.stdout)["empty"] is True
    for args, words in ((["--week", "2026-W54"], "has no ISO week 54"), (["--month", "12-2026"], "expected an ISO"),
                        (["--at", "yesterday"], "not an ISO 8601"), (["--week", "2026-W49", "--month", "2026-12"],
                                                                     "not allowed with")):
        answer = run(*args)
        assert answer.returncode == 2 and words in answer.stderr, (args, answer.stderr)
