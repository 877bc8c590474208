"""The answer of /v1/media and `postcheck media --json`: findings in /v1/check's Finding shape, plus the position."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from postcheck.engine.report import Finding


class Location(BaseModel):
    """Where the photo says it was taken: decimal degrees, the step of the stored figures and the camera's error (m)."""

    model_config = ConfigDict(frozen=True)
    latitude: float
    longitude: float
    precision_m: float
    error_m: float | None = None


class MediaReport(BaseModel):
    """format: jpeg|png|webp; photo: camera data present; bytes_read: the size of the metadata part examined;
    problems: blocks that were cut short or malformed (read around, never fatal); image_kinds: the policy's image
    rotation kinds (Twitter › Images), which the extension offers for an attached photo (/v1/media fills it; the CLI
    leaves it empty)."""

    format: str
    photo: bool
    findings: list[Finding]
    location: Location | None = None
    bytes_read: int
    problems: list[str] = []
    image_kinds: list[str] = []

    @property
    def has_error(self) -> bool:
        return any(finding.severity == "error" for finding in self.findings)
