"""Policy models of [media]: what an attached photo's metadata may reveal, and how a post credits it."""

# No `from __future__ import annotations`: pydantic would compile and evaluate each field's annotation string
# at class creation (~4 ms of start-up over the policy's 300 fields); Python 3.11 evaluates these as written.

from pydantic import Field, field_validator

from postcheck.policy.models import Closed
from postcheck.policy.patterns import compiling


class MediaLocation(Closed):
    section: str
    metres_per_degree: float = Field(gt=0)


class MediaPersonal(Closed):
    section: str
    device_owner_patterns: list[str]

    @field_validator("device_owner_patterns")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        return compiling(patterns)


class MediaCredit(Closed):
    section: str
    text_cues: list[str]
    agencies: list[str]

    @field_validator("text_cues")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        return compiling(patterns)


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
