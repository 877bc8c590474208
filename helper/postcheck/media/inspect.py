"""inspect(): a metadata part (or a file's first bytes) and the post's text in, a MediaReport out."""

from __future__ import annotations

from postcheck.media.findings import findings
from postcheck.media.reading import read
from postcheck.media.report import Location, MediaReport
from postcheck.media.slicing import metadata_part
from postcheck.policy.media_model import Media


def inspect(data: bytes, text: str, policy: Media, extra: bytes | None = None) -> MediaReport:
    """Findings for `data` (cut to the policy's cap first); MediaError for what is not a photo postcheck reads.

    extra: a HEIC's EXIF item or an MP4's moov box when it lies past `data` (inspect_file reads it).
    Guideline sections: Security and Privacy (location, personal), Copyright (credit, release)."""
    part = metadata_part(data, policy.metadata_cap_bytes)
    meta = read(part, extra)
    found, where = findings(meta, text, policy)
    location = Location(latitude=where.latitude, longitude=where.longitude, precision_m=where.precision_m,
                        error_m=where.error_m) if where else None
    return MediaReport(format=meta.format, photo=meta.camera, findings=found, location=location,
                       bytes_read=len(part), problems=meta.problems)
