"""Pydantic models of the policy file: every table is closed (an unknown key is an error)."""

# No `from __future__ import annotations`: pydantic would compile and evaluate each field's annotation string
# at class creation (~4 ms of start-up over the policy's 300 fields); Python 3.11 evaluates these as written.

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# The platform names live in their own module; re-exported because every model that names a platform starts here.
from postcheck.policy.platforms import PLATFORMS, Platform, platform_keys  # noqa: F401

class Closed(BaseModel):
    # defer_build: only Policy is validated at load, and building it builds its tables in one go; a table's own
    # validator, built on its first direct use, is not built at import for nothing (~7 ms of start-up).
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Source(Closed):
    title: str
    year: int


class Helper(Closed):
    section: str
    port: int = Field(ge=0, le=65535)
    extension_ids: list[str]
    firefox_extension_id: str


class Length(Closed):
    section: str
    ideal: int = Field(gt=0)
    retweet_room: int = Field(gt=0)
    platforms: list[Platform]


class Limits(Closed):
    section: str
    twitter: int = Field(gt=0)
    facebook: int = Field(gt=0)
    instagram: int = Field(gt=0)
    youtube: int = Field(gt=0)

    @model_validator(mode="before")
    @classmethod
    def _platform_keys(cls, data: Any) -> Any:
        return platform_keys(data)

    def of(self, platform: str) -> int:
        return getattr(self, platform)


class Hashtags(Closed):
    section: str
    max_per_post: int = Field(ge=0)
    max_words: int = Field(gt=0)
    platforms: list[Platform]
    official: list[str]
    known_words: list[str]


class Mentions(Closed):
    section: str
    max_per_post: int = Field(ge=0)


class DomainClass(Closed):
    label: str
    domains: list[str]
    suffixes: list[str]


class Links(Closed):
    section: str
    discouraged_sources: list[str]
    shorteners: list[str]
    classes: dict[str, DomainClass]


class Tone(Closed):
    section: str
    expletives: list[str]
    also_names: list[str]
    patronizing: list[str]

    @field_validator("patronizing")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        from postcheck.policy.patterns import compiling

        return compiling(patterns)


class Template(Closed):
    label: str
    text: str


class Reply(Closed):
    section: str
    greetings: list[str]
    signoff_dashes: list[str]
    negative_markers: list[str]
    private_message_phrases: list[str]
    fault_phrases: list[str]
    speculation_phrases: list[str]
    templates: dict[str, Template]


class Acronyms(Closed):
    section: str
    known: list[str]
    min_length: int = Field(ge=2)
    common_word_rank: int = Field(ge=0)
    ordinary_words: list[str]


class Quota(Closed):
    minimum: int = Field(ge=0)
    ideal: tuple[int, int]


# A wall-clock time of day, "09:00" to "23:59", in the workstation's zone.
ClockTime = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The checklist item a duty of the schedule becomes (DESIGN.md, Checklist); a duty without one is not listed.
ChecklistKind = Literal["official-hashtags", "weekly-official-hashtag-posts", "weekly-original-images",
                        "demographics", "guidelines-review", "youtube-comments"]


class CheckWindow(Closed):
    """A check-in counts for a check time from `before_minutes` before it to `after_minutes` after it."""

    section: str
    before_minutes: int = Field(ge=0, le=720)
    after_minutes: int = Field(gt=0, le=720)


class Deadlines(Closed):
    """When a quota not yet met turns from due to overdue: daily ones at `day`, weekly ones on `week_weekday` at
    `week_time`."""

    section: str
    day: ClockTime
    week_weekday: Weekday
    week_time: ClockTime


class AutoCheckIn(Closed):
    """A platform tab active in a focused window this many seconds in a row is a check-in."""

    section: str
    focus_seconds: int = Field(gt=0, le=3600)


class Reminders(Closed):
    """Optional notifications (off by default in the extension): how long before a reply deadline to warn."""

    section: str
    reply_warning_minutes: int = Field(gt=0, le=1440)


class Duty(Closed):
    id: str
    every: Literal["day", "week", "month", "quarter", "year"]
    text: str
    section: str
    weekday: Weekday | None = None
    due: ClockTime | None = None
    count: int | None = Field(default=None, gt=0)
    platform: Platform | None = None
    monthday: int | None = Field(default=None, ge=1, le=31)
    month: int | None = Field(default=None, ge=1, le=12)
    kind: ChecklistKind | None = None


class Schedule(Closed):
    section: str
    # An IANA zone ("Africa/Nairobi"); empty: the workstation's own zone.
    timezone: str = ""
    daily_minutes: int = Field(ge=0)
    reply_within_hours: int = Field(gt=0)
    quotas: dict[Platform, Quota]
    check_times: dict[Platform, list[ClockTime]]
    check_window: CheckWindow
    deadlines: Deadlines
    auto_check_in: AutoCheckIn
    reminders: Reminders
    duties: list[Duty]

    @field_validator("quotas", "check_times", mode="before")
    @classmethod
    def _platform_keys(cls, table: Any) -> Any:
        return platform_keys(table)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, name: str) -> str:
        if name:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone {name!r}: use an IANA name such as 'Europe/Paris', "
                                 "or leave it empty for the workstation's zone") from None
        return name

    @field_validator("duties")
    @classmethod
    def _unique_ids(cls, duties: list[Duty]) -> list[Duty]:
        ids = [duty.id for duty in duties]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"duty ids must be unique: {', '.join(repeated)} repeated")
        return duties


class Images(Closed):
    section: str
    rotation: list[str]


from postcheck.policy.safety_model import Safety  # noqa: E402  (kept in its own file: it grows with its rules)
from postcheck.policy.media_model import Media  # noqa: E402  (photo metadata: postcheck.media)
from postcheck.policy.report_model import Report  # noqa: E402  (the report to OCU, in its own file)
from postcheck.policy.vault_model import Vault  # noqa: E402  (the accounts' table, in its own file)


class Policy(Closed):
    source: Source
    helper: Helper
    length: Length
    limits: Limits
    hashtags: Hashtags
    mentions: Mentions
    links: Links
    tone: Tone
    reply: Reply
    acronyms: Acronyms
    safety: Safety
    schedule: Schedule
    images: Images
    media: Media
    report: Report
    vault: Vault
