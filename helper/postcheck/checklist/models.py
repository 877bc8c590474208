"""The checklist's answers as pydantic models: today's items (DESIGN.md, Checklist) and the week's figures."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from postcheck.policy.models import Platform

Status = Literal["done", "due", "overdue", "upcoming"]
Kind = Literal["posts", "check-time", "official-hashtags", "weekly-official-hashtag-posts", "weekly-original-images",
               "reply-deadline", "demographics", "guidelines-review", "youtube-comments", "time-on-social",
               "account-setup", "password-rotation"]


class Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Progress(Closed):
    done: int = Field(ge=0)
    target: int = Field(ge=0)


class Item(Closed):
    """One thing to do today. `id` is stable within a day, so a tick or an undo targets one item."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$")
    kind: Kind
    platform: Platform | None
    title: str
    guideline: str = Field(description="The guideline section the duty comes from.")
    status: Status = Field(description="upcoming: later today; due: actionable now; overdue: past its time, not done.")
    due: str | None = Field(description="ISO 8601 with the zone's offset: when it is due (a check time, a deadline).")
    progress: Progress | None
    auto: bool = Field(description="True when postcheck ticks it from what it observes; false for a duty ticked by hand.")


class Badge(Closed):
    text: str = Field(description='The number of due + overdue items, "" when there are none.')
    overdue: bool


class Checklist(Closed):
    """`GET /v1/checklist/today` and `postcheck checklist --json`."""

    date: str = Field(description="Today in the zone, YYYY-MM-DD.")
    timezone: str
    items: list[Item]
    badge: Badge


class QuotaBand(Closed):
    minimum: int
    ideal: tuple[int, int]


class WeekDay(Closed):
    date: str
    posts: dict[Platform, int] = Field(description="Posts published that day (replies excluded), per platform.")


class OfficialHashtags(Closed):
    tags: list[str] = Field(description="Without '#', as entered.")
    source: Literal["week", "policy", "none"] = Field(
        description="week: entered this week; policy: none entered, the policy's list applies; none: neither.")


class Week(Closed):
    """`GET /v1/checklist/week`: what the popup's chart and hashtags field show, and the extension's timings."""

    week_start: str = Field(description="The Monday, YYYY-MM-DD.")
    timezone: str
    days: list[WeekDay]
    quotas: dict[Platform, QuotaBand]
    official_hashtags: OfficialHashtags
    check_in_focus_seconds: int = Field(description="A platform tab focused this long counts as a check-in.")
    reply_warning_minutes: int = Field(description="How long before a reply deadline a notification warns.")
