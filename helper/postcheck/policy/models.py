"""Pydantic models of the policy file: every table is closed (an unknown key is an error)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Platform = Literal["twitter", "facebook", "instagram", "youtube"]
PLATFORMS: tuple[str, ...] = ("twitter", "facebook", "instagram", "youtube")


class Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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
        import re

        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression ({exc}): {pattern!r}") from None
        return patterns


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


class Duty(Closed):
    id: str
    every: Literal["day", "week", "month", "quarter", "year"]
    text: str
    section: str
    weekday: Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] | None = None
    due: str | None = Field(default=None, pattern=r"^\d{2}:\d{2}$")
    count: int | None = Field(default=None, gt=0)
    platform: Platform | None = None
    monthday: int | None = Field(default=None, ge=1, le=31)
    month: int | None = Field(default=None, ge=1, le=12)


class Schedule(Closed):
    section: str
    daily_minutes: int = Field(ge=0)
    reply_within_hours: int = Field(gt=0)
    quotas: dict[Platform, Quota]
    check_times: dict[Platform, list[str]]
    duties: list[Duty]


class Images(Closed):
    section: str
    rotation: list[str]


from postcheck.policy.safety_model import Safety  # noqa: E402  (kept in its own file: it grows with its rules)
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
    vault: Vault
