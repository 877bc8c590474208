"""The report to OCU as pydantic models: the JSON of `postcheck report --format json` and GET /v1/report.

Every figure sits beside its target from the policy and the guideline section the target comes from. Dates are local
(YYYY-MM-DD), instants ISO 8601 with the zone's offset, durations in minutes, shares in percent (0–100, one decimal).
Nothing here holds the text of a post: only counts, hashtags, media kinds and rule families.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from postcheck.policy.models import Platform


class Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PlatformPosts(Closed):
    """Posts (replies excluded) on one platform against the daily quota band (Managing a Social Media Account)."""

    platform: Platform
    minimum: int = Field(description="Posts a day at least.")
    ideal: tuple[int, int] = Field(description="The ideal band of posts a day, both ends included.")
    per_day: list[int | None] = Field(description="One count per day of the period; null for a day not over yet.")
    total: int
    days: int = Field(description="Days of the period that are over (the ones counted).")
    days_at_minimum: int
    days_in_band: int
    days_over_band: int


class Posts(Closed):
    section: str
    dates: list[str]
    platforms: list[PlatformPosts]


class CheckSlot(Closed):
    platform: Platform
    time: str = Field(description="HH:MM, local.")
    state: Literal["kept", "missed", "upcoming"]
    at: str | None = Field(description="The check-in (or tick) that kept it; null when missed or upcoming.")


class CheckDay(Closed):
    date: str
    slots: list[CheckSlot]


class PlatformChecks(Closed):
    platform: Platform
    times: list[str]
    kept: int
    due: int = Field(description="Check times whose window has closed in the period.")
    percent: float | None = Field(description="kept / due × 100; null when none was due.")


class CheckTimes(Closed):
    section: str
    window_before_minutes: int
    window_after_minutes: int
    platforms: list[PlatformChecks]
    days: list[CheckDay]


class TaggedPost(Closed):
    at: str
    platform: Platform
    hashtags: list[str] = Field(description="The post's hashtags that are official this week, without '#'.")


class HashtagTarget(Closed):
    platform: Platform
    count: int
    target: int
    met: bool
    section: str


class ImageRotation(Closed):
    """Original images on a platform and the infographic / photo / photo-with-caption rotation (Twitter › Images)."""

    platform: Platform
    count: int
    target: int
    met: bool
    sequence: list[str] = Field(description="The rotation kind of each image post, oldest first.")
    by_kind: dict[str, int]
    in_turn: int = Field(description="Image posts whose kind followed the previous one's in the rotation.")
    turns: int = Field(description="Image posts after the first of the week (the ones that could follow it).")
    section: str


class WeekFigures(Closed):
    week: str = Field(description="ISO week, e.g. 2026-W49.")
    first: str
    last: str
    official_hashtags: list[str]
    hashtags_source: Literal["week", "policy", "none"] = Field(
        description="week: entered that week; policy: none entered, the policy's list applies; none: neither.")
    hashtag_targets: list[HashtagTarget]
    tagged_posts: list[TaggedPost]
    images: list[ImageRotation]


class NegativeReview(Closed):
    platform: Platform
    marked_at: str
    answered_at: str | None
    minutes: int | None = Field(description="From the marking to the reply (or the tick); null when unanswered.")
    state: Literal["within", "late", "unanswered", "open"] = Field(
        description="within the reply hours; late; unanswered past them; open: not answered, still within them.")


class Replies(Closed):
    section: str
    within_hours: int
    marked: int
    within: int
    late: int
    unanswered: int
    open: int
    median_minutes: int | None
    reviews: list[NegativeReview]


class FindingWeek(Closed):
    week: str
    reported: bool = Field(description="True for the weeks of the period, false for the trend weeks before them.")
    published: int = Field(description="Posts and replies published.")
    with_finding: int = Field(description="Of them, published while a finding was still shown.")
    clean_percent: float | None = Field(description="Published without any finding, in percent; null when none.")
    families: dict[str, int] = Field(description="Published items still carrying a finding of each rule family.")


class Findings(Closed):
    section: str
    families: list[str] = Field(description="Rule families in display order.")
    weeks: list[FindingWeek]


class DutyOccurrence(Closed):
    duty: str = Field(description="The policy's duty id.")
    kind: str
    title: str
    section: str
    due: str
    done_at: str | None
    state: Literal["on-time", "late", "not-done", "not-due"]


class SetupGap(Closed):
    """A setup requirement an account lacked at the period's end (the policy's [[vault.requirements]])."""

    id: str = Field(description="The policy's requirement id.")
    text: str
    section: str
    state: Literal["missing", "stale", "went-stale", "done-late"] = Field(
        description="missing: not done by the period's end (done_on, if any, is later); stale: out of date since "
                    "before the period; went-stale: its validity ran out during the period; done-late: a \"before "
                    "setup\" requirement recorded during the period, after the account was created (a warning: it "
                    "is done).")
    done_on: str | None = Field(description="When it was last done, YYYY-MM-DD.")
    stale_since: str | None = Field(description="Its first day out of date, YYYY-MM-DD.")


class AccountSetup(Closed):
    """An institutional account (the vault's registry) whose setup was incomplete at the period's end."""

    platform: str
    handle: str
    created: str | None
    gaps: list[SetupGap]

    @property
    def lacking(self) -> bool:
        """True when a gap is more than a done-late warning: the account was not fully set up."""
        return any(gap.state != "done-late" for gap in self.gaps)


class OcuReport(Closed):
    """GET /v1/report?format=json and `postcheck report --format json`."""

    language: Literal["en", "fr", "es"]
    mission: str
    period: str = Field(description="2026-W49 or 2026-12.")
    kind: Literal["week", "month"]
    first: str
    last: str
    timezone: str
    generated_at: str
    guidelines: str = Field(description="The guidelines' title and year.")
    section: str = Field(description="Why the report exists: the guideline section asking for it.")
    empty: bool = Field(description="True when no activity at all was recorded in the period.")
    posts: Posts
    check_times: CheckTimes
    weeks: list[WeekFigures]
    replies: Replies
    findings: Findings
    duties: list[DutyOccurrence]
    accounts: list[AccountSetup] = Field(
        description="Accounts set up by the period's end whose setup requirements were incomplete or stale then "
                    "(Setting Up an Institutional Account).")
    accounts_total: int = Field(ge=0, description="Accounts in the vault set up by the period's end.")
