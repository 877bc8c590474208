"""A realistic week of a field mission (2026-W49, Europe/Paris, UTC+1), and a little of the weeks around it.

Written by hand, with the hand count of every figure in test_report_server.py. Times are local (Paris).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
MISSION = "IOM Testland"
TAGS = ["MigrantsDay", "WithRefugees"]


def at(text: str) -> str:
    """'2026-11-30 09:30' Paris time as ISO 8601 with its offset."""
    return datetime.fromisoformat(text).replace(tzinfo=PARIS).isoformat()


def post(when: str, platform: str = "twitter", hashtags=(), media=(), rules=(), kind: str = "post") -> dict:
    return {"type": "post-published", "platform": platform, "at": at(when), "kind": kind, "hashtags": list(hashtags),
            "media": list(media), "rules_shown": list(rules)}


def check_in(when: str, platform: str) -> dict:
    return {"type": "check-in", "platform": platform, "at": at(when)}


def reply(when: str, platform: str = "facebook", rules=()) -> dict:
    return post(when, platform, rules=rules, kind="reply")


def negative(when: str, platform: str = "facebook") -> dict:
    return {"type": "review-marked-negative", "platform": platform, "at": at(when)}


def tick(when: str, item: str) -> dict:
    return {"type": "item-ticked", "item": item, "at": at(when)}


def _week_48() -> list[dict]:
    """The week before: 4 tweets, 2 still carrying a finding, and a marking answered on Monday of W49."""
    return [post("2026-11-24 10:00", rules=["safety.address"]), post("2026-11-24 15:00"),
            post("2026-11-26 10:00", rules=["length.over-limit"]), post("2026-11-26 16:00"),
            negative("2026-11-27 16:00")]


def _check_ins() -> list[dict]:
    found = []
    for day in ("11-30", "12-01", "12-02", "12-03", "12-04"):
        found.append(check_in(f"2026-{day} 09:05", "facebook"))
        found.append(check_in(f"2026-{day} 10:50", "twitter"))
    for day in ("11-30", "12-01", "12-02", "12-03"):
        found.append(check_in(f"2026-{day} 17:10", "facebook"))
    for day in ("11-30", "12-02", "12-04"):
        found.append(check_in(f"2026-{day} 09:50", "instagram"))
    found += [check_in("2026-11-30 18:30", "twitter"), check_in("2026-12-02 18:30", "twitter"),
              check_in("2026-12-01 19:05", "twitter"),    # after the 18:00 window (it ends at 19:00): missed
              check_in("2026-11-30 15:40", "instagram"),  # before the 16:00 window (it opens at 15:45): missed
              check_in("2026-12-02 16:30", "instagram"),
              check_in("2026-12-05 12:00", "twitter")]    # the 11:00 window ends at 12:00, excluded
    return found


def _week_49() -> list[dict]:
    events = [{"type": "official-hashtags-set", "hashtags": TAGS, "at": at("2026-11-30 08:50")}]
    events += [
        # Twitter: Mon 2, Tue 3, Wed 1, Thu 2, Fri 6, Sat 0, Sun 2 = 16
        post("2026-11-30 09:30", hashtags=["MigrantsDay"], media=["infographic"]),
        post("2026-11-30 16:00"),
        post("2026-12-01 09:00"), post("2026-12-01 12:00", hashtags=["WithRefugees"], rules=["length.over-ideal"]),
        post("2026-12-01 18:00"),
        post("2026-12-02 10:00", media=["photo"]),
        post("2026-12-03 14:00", hashtags=["MigrantsDay", "WithRefugees", "Kenya"]), post("2026-12-03 16:00"),
        post("2026-12-04 08:00"), post("2026-12-04 10:00", hashtags=["MigrantsDay"], media=["photo"]),
        post("2026-12-04 12:00"), post("2026-12-04 15:00", hashtags=["migrantsday"]),
        post("2026-12-04 16:00", hashtags=["a", "b", "c", "d"], rules=["hashtags.too-many", "length.over-ideal"]),
        post("2026-12-04 17:00", rules=["safety.phone"]),
        post("2026-12-06 12:00", media=["photo-with-caption"]), post("2026-12-06 23:30"),
        # Facebook: Mon 1, Tue 1, Wed 1, Thu 0, Fri 2 = 5
        post("2026-11-30 11:00", "facebook"), post("2026-12-01 11:00", "facebook"),
        post("2026-12-02 11:00", "facebook"),
        post("2026-12-04 11:00", "facebook", hashtags=["MigrantsDay"], rules=["links.shortener"]),
        post("2026-12-04 13:00", "facebook"),
        # Instagram: Mon 1, Wed 1, Fri 1 = 3
        post("2026-11-30 12:00", "instagram", media=["photo"]),
        post("2026-12-02 13:00", "instagram", hashtags=["MigrantsDay"], media=["photo"]),
        post("2026-12-04 14:00", "instagram"),
        # Negative reviews and replies (replies are not posts)
        reply("2026-11-30 09:15"),                 # answers the marking of Fri 27 Nov (the oldest open one)
        negative("2026-11-30 10:00"), reply("2026-11-30 14:30"),          # 270 min: within 24 h
        negative("2026-12-02 20:00"), reply("2026-12-04 09:00", rules=["reply.missing-signoff"]),  # 2220 min: late
        negative("2026-12-05 11:00", "instagram"),                        # never answered
        negative("2026-12-06 22:00"), reply("2026-12-07 08:00"),          # 600 min: within, answered in W50
        tick("2026-12-03 18:20", "check-time-twitter-1800"),              # kept by hand
        tick("2026-12-02 10:00", "facebook-demographics"),                # due Tue 1 Dec 17:00: late
    ]
    return events


def sample_week() -> list[dict]:
    """Every event, oldest first (the order the extension would have sent them in)."""
    events = _week_48() + _check_ins() + _week_49()
    return sorted(events, key=lambda e: datetime.fromisoformat(e["at"]))


# The moment the reports are asked for: Tuesday after the week, 09:00 Paris.
NOW = at("2026-12-08 09:00")
