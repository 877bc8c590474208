"""The findings JSON of DESIGN.md as pydantic models: one shape for the Python API, the CLI and HTTP."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["error", "warning", "info"]
Kind = Literal["post", "reply"]


class Entity(BaseModel):
    """A hashtag, mention or URL: text without its sign, UTF-16 offsets covering the whole entity with its sign."""

    model_config = ConfigDict(frozen=True)
    text: str
    start: int
    end: int


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)
    rule: str
    severity: Severity
    start: int
    end: int
    message: str
    guideline: str
    suggestion: str | None = None


class Stats(BaseModel):
    weighted_length: int
    # The platform's own count (weighted for X/Twitter, UTF-16 units elsewhere), its hard limit and, where the
    # guidelines set one, the ideal length: what the overlay shows as "131 · ideal ≤ 120 · limit 280".
    length: int
    limit: int
    ideal: int | None = None
    hashtags: list[Entity]
    mentions: list[Entity]
    urls: list[Entity]
    blank: bool = Field(default=False, description="True when the draft is empty or only whitespace (zero-width "
                                                   "characters included): nothing was checked, so no findings "
                                                   "means nothing to check rather than a draft that complies.")


class Report(BaseModel):
    platform: str
    kind: Kind
    findings: list[Finding]
    stats: Stats

    @property
    def has_error(self) -> bool:
        return any(finding.severity == "error" for finding in self.findings)
