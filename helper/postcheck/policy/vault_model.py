"""The [vault] table of the policy: institutional accounts, their setup requirements, naming and hand-over to OCU."""

# No `from __future__ import annotations`: pydantic would compile and evaluate each field's annotation string
# at class creation (~4 ms of start-up over the policy's 300 fields); Python 3.11 evaluates these as written.

import base64
import binascii
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

VaultPlatform = Literal["twitter", "facebook", "instagram", "youtube", "hootsuite", "buffer"]


class _Closed(BaseModel):
    # defer_build: only Policy is validated at load, and building it builds its tables in one go; a table's own
    # validator, built on its first direct use, is not built at import for nothing (~7 ms of start-up).
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Requirement(_Closed):
    """One item an account needs before (or while) it is used; `evidence` says how postcheck knows it is met:
    `date` (a person records when), `naming` (the naming check passes), `ocu-export` (the account's current secret
    went into an export for OCU)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")
    text: str
    section: str
    evidence: Literal["date", "naming", "ocu-export"] = "date"
    # Stale this many months after it was done (None: done once is done for good).
    valid_months: int | None = Field(default=None, gt=0)
    # Must be done before the account is set up (the guidelines say "prior to").
    before_setup: bool = False


class Naming(_Closed):
    section: str
    # The handle or URL starts (or ends) with one of these, then a place.
    prefixes: list[str] = Field(min_length=1)
    separators: str
    # Country names come from ISO 3166 (pycountry) in English plus these languages' translations.
    languages: list[str]
    extra_places: list[str]


class Vault(_Closed):
    section: str
    platforms: list[VaultPlatform] = Field(min_length=1)
    # OCU's X25519 public key, base64 (32 bytes): exports are sealed to it. Empty: no export until it is set.
    ocu_public_key: str
    rotation_days: int = Field(gt=0)
    rotation_section: str
    # zxcvbn scores 0 (guessable) to 4 (very unguessable); below this the password is called weak.
    min_strength: int = Field(ge=0, le=4)
    # Secrets shorter than this are not looked for in drafts (they would match ordinary words).
    leak_guard_min_length: int = Field(ge=1)
    naming: Naming
    requirements: list[Requirement] = Field(min_length=1)

    @field_validator("ocu_public_key")
    @classmethod
    def _key(cls, value: str) -> str:
        if value:
            try:
                raw = base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError):
                raise ValueError("not base64: expected OCU's X25519 public key as 44 base64 characters") from None
            if len(raw) != 32:
                raise ValueError(f"decodes to {len(raw)} bytes; an X25519 public key has 32")
        return value

    @field_validator("requirements")
    @classmethod
    def _unique(cls, items: list[Requirement]) -> list[Requirement]:
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                raise ValueError(f"requirement {item.id!r} is listed twice")
            seen.add(item.id)
        return items
