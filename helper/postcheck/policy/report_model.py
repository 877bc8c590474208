"""The policy's [report] table: how the report to the Online Communications Unit is written."""

# No `from __future__ import annotations`: pydantic would compile and evaluate each field's annotation string
# at class creation (~4 ms of start-up over the policy's 300 fields); Python 3.11 evaluates these as written.

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# Headquarters and field missions (table of roles), Language: "English, French and Spanish".
Language = Literal["en", "fr", "es"]


class Report(BaseModel):
    """`section`: Setting Up an Institutional Account ("Regular reporting on impact and results to OCU")."""

    # defer_build: only Policy is validated at load, and building it builds its tables in one go; a table's own
    # validator, built on its first direct use, is not built at import for nothing (~7 ms of start-up).
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    section: str
    language: Language
    language_section: str
    mission: str = Field(max_length=120)
    mission_section: str
    trend_weeks: int = Field(ge=0, le=12)
    trend_section: str
