"""The HTTP API's request and response bodies as pydantic models; openapi.py builds the OpenAPI document from them.

Lone surrogates ("\\ud800" in JSON, legal in a JS string): in a check's `text` the engine replaces each one by U+FFFD,
which is also one UTF-16 code unit, so every finding's offsets still match the browser's string and the draft is still
checked. In an activity event (stored, and only short identifiers) they are rejected with a 422 naming the field.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated, Literal, Union

from pydantic import (AfterValidator, AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints,
                      field_validator)

from postcheck.engine.offsets import LONE_SURROGATE
from postcheck.engine.report import Report
from postcheck.policy.models import Platform

def has_lone_surrogate(value: str) -> bool:
    return LONE_SURROGATE.search(value) is not None


class Closed(BaseModel):
    # strict: JSON's types as the document says them (no "yes" for true, no 0 for a date).
    model_config = ConfigDict(extra="forbid", strict=True)


def _iso_text(value: object) -> object:
    if value is not None and not isinstance(value, str):
        raise ValueError("expected an ISO 8601 date-time with a timezone, e.g. 2026-11-24T09:00:00Z")
    return value


def _in_utc_range(value: datetime | None) -> datetime | None:
    try:
        return value.astimezone(timezone.utc) if value is not None else None
    except OverflowError:  # 0001-01-01T00:00+01:00 has no UTC equivalent
        raise ValueError("is outside the range of UTC dates") from None


def _whole_number(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# JSON Schema's "integer" is any number whose fractional part is zero, so the document's integer takes 1.0 (JSON does
# not tell 1 from 1.0); strict mode would refuse that float. 1.5, "1" and true are still refused (schemathesis found it).
WholeNumber = Annotated[int, BeforeValidator(_whole_number)]

# A JSON date-time is text; strict mode would refuse text for a datetime, so this field alone parses it.
When = Annotated[AwareDatetime | None, Field(strict=False), BeforeValidator(_iso_text), AfterValidator(_in_utc_range)]


class CheckRequest(Closed):
    text: str = Field(description="The draft as the browser holds it; offsets in the report are UTF-16 code units.")
    platform: Platform
    kind: Literal["post", "reply"] = "post"
    addressee: Annotated[str, StringConstraints(max_length=200)] | None = Field(
        default=None, description="For a reply: the name of the person it answers, as the site shows it (Facebook's "
                                  "\"Reply to Maria Lopez\"); a reply opening with it starts with the site's "
                                  "pre-filled mention, which greets that person.")
    lang: Literal["en", "fr", "es"] = Field(
        default="en", description="The language of the findings' messages and suggestions (the extension's "
                                  "interface language); rule ids, offsets and guideline sections do not change.")


# Whitespace spelt out, never \s: Python's \s takes U+0085 and U+001C-1F, JSON Schema's (ECMA) does not, and the
# document must promise exactly what the server accepts (schemathesis found the difference).
_NOT_IN_HASHTAG = "#\x00-\x20\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
Hashtag = Annotated[str, StringConstraints(min_length=1, max_length=140, pattern=f"^[^{_NOT_IN_HASHTAG}]+$")]
MediaKind = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,31}$")]
RuleId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+(\.[a-z0-9-]+)+$", max_length=80)]
DutyId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]


class Event(Closed):
    at: When = Field(default=None, description="When it happened; the helper stamps it when absent.")

    @field_validator("*", mode="after")
    @classmethod
    def _no_lone_surrogates(cls, value: object) -> object:
        # Constrained strings already refuse them (pydantic's string_unicode); this also covers plain str fields.
        items = value if isinstance(value, list) else [value]
        if any(isinstance(item, str) and has_lone_surrogate(item) for item in items):
            raise ValueError("contains a lone UTF-16 surrogate: send well-formed text")
        return value


class PostPublished(Event):
    """A post went out. What it said is never sent nor stored: only what the checklist counts."""

    type: Literal["post-published"]
    platform: Platform
    kind: Literal["post", "reply"] = Field(default="post", description="A reply clears an open reply deadline.")
    hashtags: list[Hashtag] = Field(default_factory=list, max_length=50, description="Without '#'.")
    official_hashtag: bool = False
    media: list[MediaKind] = Field(default_factory=list, max_length=20,
                                   description="Kinds of attached media, e.g. the policy's image rotation kinds.")
    rules_shown: list[RuleId] = Field(default_factory=list, max_length=200)


class CheckIn(Event):
    """Someone checked a platform's account (the schedule's check times)."""

    type: Literal["check-in"]
    platform: Platform


class DutyTicked(Event):
    """A duty of the policy's schedule was done."""

    type: Literal["duty-ticked"]
    duty: DutyId


ItemId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$")]


class ItemTicked(Event):
    """A checklist item done by hand (GET /v1/checklist/today lists which ids may be ticked)."""

    type: Literal["item-ticked"]
    item: ItemId


class ItemUnticked(Event):
    """The undo of a tick: the item counts as not done again."""

    type: Literal["item-unticked"]
    item: ItemId


class OfficialHashtagsSet(Event):
    """The week's official hashtags, agreed by 11:00 on Monday (Twitter › Hashtags); the last set in a week wins."""

    type: Literal["official-hashtags-set"]
    hashtags: list[Hashtag] = Field(min_length=1, max_length=10, description="Without '#'.")


class ReviewMarkedNegative(Event):
    """A review or comment marked negative: it must be answered within the policy's hours. Nothing of its text."""

    type: Literal["review-marked-negative"]
    platform: Platform


class FocusedTime(Event):
    """Whole minutes a platform tab was active in a focused window (never a URL, never what was on it)."""

    type: Literal["focused-time"]
    platform: Platform
    minutes: WholeNumber = Field(ge=1, le=1440)


# The structure of an editable box: a SHA-256 prefix of its and 4 ancestors' tag names and roles (content/watch.js).
StructureHash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]


class ComposerUnrecognised(Event):
    """The person typed into a box of the site that is neither a known composer nor an ignored one: the site may have
    changed its composer. Only the platform and a hash of the box's structure, never its text, label or URL."""

    type: Literal["composer-unrecognised"]
    platform: Platform
    structure: StructureHash = Field(description="16 hex digits: SHA-256 prefix of tag names, roles and the presence "
                                                 "of data-testid/contenteditable, the box and 4 ancestors.")


class ComposerRecognised(Event):
    """The person typed into a known composer of the site (at most once per page load)."""

    type: Literal["composer-recognised"]
    platform: Platform


ActivityEvent = Annotated[Union[PostPublished, CheckIn, DutyTicked, ItemTicked, ItemUnticked, OfficialHashtagsSet,
                                ReviewMarkedNegative, FocusedTime, ComposerUnrecognised, ComposerRecognised],
                          Field(discriminator="type")]
EVENT_TYPES = ("post-published", "check-in", "duty-ticked", "item-ticked", "item-unticked", "official-hashtags-set",
               "review-marked-negative", "focused-time", "composer-unrecognised", "composer-recognised")


class StoredEvent(BaseModel):
    """An event as stored: the request's fields plus its id, `at` always set (UTC)."""

    model_config = ConfigDict(extra="allow")
    id: int
    type: Literal["post-published", "check-in", "duty-ticked", "item-ticked", "item-unticked",
                  "official-hashtags-set", "review-marked-negative", "focused-time", "composer-unrecognised",
                  "composer-recognised"]
    platform: Platform | None = None
    at: datetime


class ActivityCreated(BaseModel):
    id: int
    at: datetime


class ActivityList(BaseModel):
    events: list[StoredEvent]


class Template(BaseModel):
    id: str = Field(description="The policy's key: negative, positive, damaging…")
    label: str
    text: str = Field(description="With {first_name} and {initial} to fill in.")


class TemplateList(BaseModel):
    """The reply templates of the guidelines (Facebook › Comments/ Reviews), from the policy."""

    templates: list[Template]


class Health(BaseModel):
    status: Literal["ok"]
    version: str


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable, kebab-case: what went wrong.")
    message: str = Field(description="What failed, where (the field), and what to do.")


class ErrorBody(BaseModel):
    error: ErrorDetail


__all__ = ["CheckRequest", "ActivityEvent", "PostPublished", "CheckIn", "DutyTicked", "ItemTicked", "ItemUnticked",
           "OfficialHashtagsSet", "ReviewMarkedNegative", "FocusedTime", "ComposerUnrecognised",
           "ComposerRecognised", "EVENT_TYPES",
           "StoredEvent", "ActivityCreated", "ActivityList", "Template", "TemplateList", "Health", "ErrorBody", "Report"]
