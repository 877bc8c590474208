"""Policy models of [media]: what an attached photo's metadata may reveal, and how a post credits it."""

from __future__ import annotations

import re

from pydantic import Field, field_validator

from postcheck.policy.models import Closed


class MediaLocation(Closed):
    section: str
    metres_per_degree: float = Field(gt=0)


class MediaPersonal(Closed):
    section: str
    device_owner_patterns: list[str]

    @field_validator("device_owner_patterns")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        return _compiled(patterns)


class MediaCredit(Closed):
    section: str
    text_cues: list[str]
    agencies: list[str]

    @field_validator("text_cues")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        return _compiled(patterns)


class MediaRelease(Closed):
    section: str
    reminder: str


class Media(Closed):
    section: str
    metadata_cap_bytes: int = Field(ge=1024, le=16 * 1024 * 1024)
    max_body_bytes: int = Field(ge=1024, le=64 * 1024 * 1024)
    max_clean_bytes: int = Field(ge=1024, le=1024 * 1024 * 1024)
    location: MediaLocation
    personal: MediaPersonal
    credit: MediaCredit
    release: MediaRelease


def _compiled(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression ({exc}): {pattern!r}") from None
    return patterns
