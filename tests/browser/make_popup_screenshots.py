"""Writes docs/screenshots/popup-*.png: the checklist popup on a Monday at 10:45 and a Friday at 17:30, in real
Chromium paired with a real helper whose activity log holds a plausible week (Europe/Paris hours).

Usage: python -m tests.browser.make_popup_screenshots  (look at both images afterwards, as a communications officer)
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

from playwright.sync_api import sync_playwright

from tests.browser.conftest import install_native_host
from tests.support.chromium import extension_id, launch
from tests.support.helper_process import running_helper

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PARIS = ZoneInfo("Europe/Paris")
MOMENTS = [("popup-monday-1045.png", "2026-12-07T10:45:00+01:00"), ("popup-friday-1730.png", "2026-12-11T17:30:00+01:00")]


def at(text: str) -> str:
    return datetime.fromisoformat(text).replace(tzinfo=PARIS).isoformat()


def post(when: str, platform: str, hashtags=(), media=(), kind: str = "post") -> dict:
    return {"type": "post-published", "platform": platform, "kind": kind, "hashtags": list(hashtags),
            "media": list(media), "at": at(when)}


def week_of_activity() -> list[dict]:
    """June's review and December's demographics done; a week of posts, check-ins, hashtags and a few reviews."""
    tags = ["WorldRefugeeDay", "Migration"]
    events = [{"type": "item-ticked", "item": "guidelines-review", "at": at("2026-06-12 10:00")},
              {"type": "item-ticked", "item": "facebook-demographics", "at": at("2026-12-01 09:30")},
              {"type": "review-marked-negative", "platform": "facebook", "at": at("2026-12-06 20:10")},
              # Monday morning, before the screenshot at 10:45.
              {"type": "check-in", "platform": "facebook", "at": at("2026-12-07 08:58")},
              post("2026-12-07 09:30", "twitter", media=["infographic"]),
              {"type": "check-in", "platform": "instagram", "at": at("2026-12-07 10:05")},
              {"type": "focused-time", "platform": "facebook", "minutes": 14, "at": at("2026-12-07 10:30")},
              # The rest of the week.
              {"type": "official-hashtags-set", "hashtags": tags, "at": at("2026-12-07 10:50")},
              post("2026-12-07 11:20", "twitter", hashtags=tags[:1]), post("2026-12-07 12:00", "facebook"),
              post("2026-12-07 16:10", "instagram", hashtags=tags[1:]),
              post("2026-12-07 15:00", "facebook", kind="reply"),
              {"type": "item-ticked", "item": "youtube-comments", "at": at("2026-12-08 09:15")},
              post("2026-12-08 09:40", "twitter", hashtags=tags[1:]), post("2026-12-08 14:00", "twitter"),
              post("2026-12-08 11:00", "facebook"), post("2026-12-08 10:30", "instagram"),
              post("2026-12-09 10:10", "twitter", media=["photo"]), post("2026-12-09 15:30", "twitter"),
              post("2026-12-09 09:45", "facebook"), post("2026-12-09 16:20", "instagram", hashtags=tags[:1]),
              post("2026-12-10 11:30", "twitter", hashtags=tags[:1]), post("2026-12-10 12:00", "facebook"),
              post("2026-12-10 17:40", "facebook"), post("2026-12-10 18:30", "facebook"),
              post("2026-12-10 18:45", "facebook"),
              {"type": "review-marked-negative", "platform": "facebook", "at": at("2026-12-10 19:00")},
              # Friday, up to the screenshot at 17:30.
              {"type": "check-in", "platform": "facebook", "at": at("2026-12-11 09:05")},
              post("2026-12-11 09:30", "facebook", kind="reply"),
              {"type": "check-in", "platform": "instagram", "at": at("2026-12-11 10:02")},
              {"type": "check-in", "platform": "twitter", "at": at("2026-12-11 11:10")},
              post("2026-12-11 11:15", "twitter", hashtags=tags[:1]), post("2026-12-11 14:30", "twitter"),
              post("2026-12-11 12:30", "instagram"),
              {"type": "review-marked-negative", "platform": "facebook", "at": at("2026-12-11 15:00")},
              {"type": "check-in", "platform": "instagram", "at": at("2026-12-11 16:05")},
              {"type": "focused-time", "platform": "twitter", "minutes": 22, "at": at("2026-12-11 12:00")},
              {"type": "focused-time", "platform": "facebook", "minutes": 13, "at": at("2026-12-11 16:30")}]
    return events


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        os.environ["POSTCHECK_HOME"] = str(home)
        (home / "config").mkdir(parents=True)
        (home / "config" / "policy.toml").write_text('[schedule]\ntimezone = "Europe/Paris"\n', encoding="utf-8")
        from postcheck.store import ActivityStore

        from pydantic import TypeAdapter

        from postcheck.server.models import ActivityEvent

        store, events = ActivityStore(), TypeAdapter(ActivityEvent)
        for event in week_of_activity():  # validated like POST /v1/activity: `at` becomes an aware datetime
            store.record(events.validate_python(event).model_dump(exclude_none=True))
        store.close()
        with running_helper(home), sync_playwright() as playwright:
            profile = home / "profile"
            profile.mkdir()
            install_native_host(profile, home)
            context = launch(playwright, profile, env=dict(os.environ))
            try:
                ext = extension_id(context)
                for name, moment in MOMENTS:
                    page = context.new_page()
                    page.set_viewport_size({"width": 380, "height": 600})
                    page.goto(f"chrome-extension://{ext}/popup/index.html?at={quote(moment)}")
                    page.wait_for_selector('body[data-state="ready"]')
                    page.screenshot(path=str(OUT / name), full_page=True)
                    print(OUT / name)
            finally:
                context.close()


if __name__ == "__main__":
    main()
