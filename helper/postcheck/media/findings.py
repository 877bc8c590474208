"""image.location, image.personal, image.credit and image.release from a file's metadata and the post's text.

Findings are about the attached file, not a span of the text: start = end = 0 (nothing to underline).
Sections and word lists come from the policy's [media] table.
"""

from __future__ import annotations

import re

from postcheck.engine.report import Finding
from postcheck.media import gps
from postcheck.media.reading import Metadata
from postcheck.policy.media_model import Media

CLEAN_COPY = "Save a copy without location and personal data (postcheck media --clean) and attach that copy"


def _finding(rule: str, severity: str, message: str, guideline: str, suggestion: str | None = None) -> Finding:
    return Finding(rule=rule, severity=severity, start=0, end=0, message=message, guideline=guideline,
                   suggestion=suggestion)


def position(meta: Metadata, policy: Media) -> gps.Position | None:
    """The GPS position from EXIF, else XMP, else a video's ISO 6709 string, or None."""
    found = gps.from_exif(meta.gps, policy.location.metres_per_degree) if meta.gps else None
    if found is None and meta.xmp_gps:
        found = gps.from_xmp(*meta.xmp_gps, policy.location.metres_per_degree)
    if found is None and meta.iso6709:
        found = gps.from_iso6709(meta.iso6709, policy.location.metres_per_degree)
    return found


def _location(where: gps.Position, policy: Media) -> Finding:
    error = f"; the camera estimated ±{where.error_m:g} m" if where.error_m is not None else ""
    return _finding("image.location", "error",
                    f"The file records where it was taken: {where.text(policy.location.metres_per_degree)} (stored to about "
                    f"{where.precision_m:.2g} m{error}). Anyone who downloads it can find the place.",
                    policy.location.section, CLEAN_COPY)


def _named_devices(meta: Metadata, policy: Media) -> list[tuple[str, str]]:
    patterns = [re.compile(pattern, re.I) for pattern in policy.personal.device_owner_patterns]
    return [(label, value) for label, value in meta.devices if any(p.search(value) for p in patterns)]


def _personal(pairs: list[tuple[str, str]], policy: Media) -> Finding:
    listed = "; ".join(f"{label}: {value}" for label, value in pairs)
    return _finding("image.personal", "warning",
                    f"The file names people or identifies a device ({listed}).",
                    policy.personal.section, CLEAN_COPY)


def _agency(credits: list[tuple[str, str]], text: str, policy: Media) -> str | None:
    haystack = " ".join(value for _, value in credits) + " " + text
    for agency in policy.credit.agencies:
        if re.search(rf"(?<!\w){re.escape(agency)}(?!\w)", haystack, re.I):
            return agency
    return None


def _credit(meta: Metadata, text: str, policy: Media) -> Finding | None:
    section = policy.credit.section
    agency = _agency(meta.credits, text, policy)
    if agency:
        return _finding("image.credit", "info",
                        f"This image is credited to {agency}: check that IOM's licence covers this use.",
                        section, f"Put {agency}'s source line in the post, e.g. \"Photo: {agency}/<photographer>\"")
    text_credits = any(re.search(cue, text, re.I) for cue in policy.credit.text_cues)
    if meta.credits or text_credits:
        return None
    return _finding("image.credit", "info",
                    "Neither the file nor the post says who took or owns this image: credit and source it.",
                    section, "Add a credit line, e.g. \"Photo: IOM/<photographer>\" or \"© <owner>\"")


def findings(meta: Metadata, text: str, policy: Media) -> tuple[list[Finding], gps.Position | None]:
    """Every image.* finding for `meta` (the post's `text` may be empty), and the position if there is one."""
    out: list[Finding] = []
    where = position(meta, policy)
    if where is not None:
        out.append(_location(where, policy))
    personal = [*meta.personal, *(pair for pair in _named_devices(meta, policy) if pair not in meta.personal)]
    if personal:
        out.append(_personal(personal, policy))
    credit = _credit(meta, text, policy)
    if credit is not None:
        out.append(credit)
    if meta.camera:
        out.append(_finding("image.release", "info", policy.release.reminder, policy.release.section,
                            None))
    return out, where
