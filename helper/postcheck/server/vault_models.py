"""Request and response bodies of /v1/accounts (the vault). No response model has a field for a secret except the
reveal's, which only extension pages get (server/vault_routes.py)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from postcheck.policy.vault_model import VaultPlatform
from postcheck.server.models import Closed

# Whitespace and control characters spelt out (see models.py on \s): what a name or address may not contain.
_PRINTABLE = r"^[^\x00-\x1f\x7f]*$"
def _date_text(value: object) -> object:
    if not (isinstance(value, str) and len(value) == 10):
        raise ValueError("expected a date YYYY-MM-DD")
    return value


# A JSON date is text; strict mode would refuse text for a date, so this type alone parses it (never a number).
DateText = Annotated[date, Field(strict=False), BeforeValidator(_date_text)]
Text = Annotated[str, StringConstraints(max_length=200, pattern=_PRINTABLE)]
Url = Annotated[str, StringConstraints(max_length=300, pattern=r"^https?://[^\x00-\x20\x7f]+$")]
RequirementId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
HANDLE_PATTERN = r"^[0-9A-Za-z_.\-\u00C0-\u024F]{1,100}$"


class AccountUpdate(Closed):
    """Fields to set; a field sent as null is cleared, a field left out is kept."""

    url: Url | None = None
    location: Text | None = None
    manager: Text | None = None
    created: DateText | None = Field(default=None, description="When the account was set up; today when new.")
    requirements: dict[RequirementId, DateText | None] = Field(
        default_factory=dict, description="Requirement id -> the day it was done (null: not done).")


# A TOTP seed as platforms show it ("JBSW Y3DP EHPK 3PXP", any case, spaces or hyphens anywhere): at least 16 base32
# letters (80 bits), in a number that base32 can decode (8 per group, a last group of 2, 4, 5 or 7), then padding.
_LETTER = r"[A-Za-z2-7][ -]*"
_BASE32_SEED = (rf"^[ -]*(?:(?:{_LETTER}){{8}}){{2,}}(?:(?:{_LETTER}){{7}}|(?:{_LETTER}){{5}}|(?:{_LETTER}){{4}}"
                rf"|(?:{_LETTER}){{2}})?=*[ -]*$")


def _no_default(schema: dict) -> None:
    schema.pop("default", None)


class SecretUpdate(Closed):
    """Write-only: the password and/or the TOTP seed (base32, as the platform shows it) go to the OS keyring; at least
    one of them (the document says so: an empty object or nulls are refused by the schema, not only by the vault)."""

    model_config = ConfigDict(**Closed.model_config, json_schema_extra={
        "anyOf": [{"required": ["password"]}, {"required": ["totp_seed"]}]})

    # Left out when not given (never null): the document shows no default, since null is not a valid value.
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024, pattern=_PRINTABLE)] = Field(
        default=None, json_schema_extra=_no_default)
    totp_seed: Annotated[str, StringConstraints(min_length=16, max_length=128, pattern=_BASE32_SEED)] = Field(
        default=None, json_schema_extra=_no_default)


class RevealRequest(Closed):
    purpose: Literal["reveal", "copy"] = Field(default="reveal", description="Logged: shown, or put on the clipboard.")


class TotpRequest(Closed):
    """An empty object: a POST carries a JSON body (the helper refuses bodiless POSTs with 415)."""


class Naming(BaseModel):
    ok: bool
    message: str


class RequirementStatus(BaseModel):
    id: str
    text: str
    section: str = Field(description="The guideline section it comes from.")
    status: Literal["done", "missing", "stale"]
    done_on: str | None
    valid_until: str | None = Field(description="After this day it is stale (null: done once is done).")
    auto: bool = Field(description="Known by postcheck (naming check, OCU export), not recorded by a person.")
    before_setup: bool
    late: str | None = Field(description='A warning when a "before setup" requirement was done after the account was '
                                         'created ("done on D, after the account was created on C: …"); still done.')


class Strength(BaseModel):
    score: int = Field(ge=0, le=4, description="zxcvbn: 0 too guessable … 4 very unguessable")
    ok: bool


class AccountView(BaseModel):
    platform: VaultPlatform
    handle: str
    url: str | None
    location: str | None
    manager: str | None
    created: str | None
    naming: Naming
    requirements: list[RequirementStatus]
    has_secret: bool
    has_totp: bool
    strength: Strength | None
    rotation_due: str | None
    rotation_overdue: bool
    ready: bool = Field(description="A password is stored and every requirement is done.")


class AccountList(BaseModel):
    accounts: list[AccountView]


class Revealed(BaseModel):
    model_config = ConfigDict(title="Revealed")
    password: str


class TotpCode(BaseModel):
    code: str = Field(pattern=r"^\d{6,8}$")
    valid_for: int = Field(description="Seconds before the code changes.")
    period: int
