"""The policy's [safety] table: allowlists and regions for the unsafe-detail rules."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Safety(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    section: str
    regions: list[str]
    allowed_phones: list[str]
    institutional_email_domains: list[str]
