"""Files on disk: check a photo reading only its first bytes, and write its clean copy (0600, never overwriting)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from postcheck import paths
from postcheck.media.cleaning import clean
from postcheck.media.findings import position
from postcheck.media.formats import MediaError, sniff
from postcheck.media.inspect import inspect
from postcheck.media.reading import read
from postcheck.media.report import MediaReport
from postcheck.media.slicing import metadata_part
from postcheck.policy.media_model import Media

SUFFIX = "-no-metadata"


def _open_error(path: Path, exc: OSError) -> MediaError:
    return MediaError(f"{path}: cannot read it ({exc.strerror or exc})")


def inspect_file(path: Path, text: str, policy: Media) -> MediaReport:
    """Findings for the file at `path`, reading at most the policy's metadata_cap_bytes of it."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(policy.metadata_cap_bytes)
    except OSError as exc:
        raise _open_error(path, exc) from None
    try:
        return inspect(head, text, policy)
    except MediaError as exc:
        raise MediaError(f"{path}: {exc}") from None


@dataclass(frozen=True)
class CleanCopy:
    """Where the copy went and how many bytes of metadata (and trailers) it no longer has."""

    path: Path
    removed_bytes: int


def _destination(source: Path, out: Path | None) -> Path:
    if out is None or out.is_dir():
        folder = out if out is not None else paths.downloads_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return folder / f"{source.stem}{SUFFIX}{source.suffix}"
    return out


def _write_new(target: Path, data: bytes) -> Path:
    """Write `data` to `target`, or to 'name-2.ext', 'name-3.ext'… when it exists: a copy never overwrites."""
    for attempt in range(1, 1000):
        candidate = target if attempt == 1 else target.with_name(f"{target.stem}-{attempt}{target.suffix}")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return candidate
    raise MediaError(f"{target}: 999 copies with this name exist already; choose another folder with -o")


def clean_copy(source: Path, out: Path | None, policy: Media) -> CleanCopy:
    """Write `source` without metadata into `out` (a folder or a file name; default the Downloads folder).

    The copy is read back before it is written: if a position or a name survived, MediaError and nothing written."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise _open_error(source, exc) from None
    try:
        sniff(data[:16])
        meta = read(metadata_part(data, policy.metadata_cap_bytes))
        cleaned = clean(data, meta.orientation)
        check = read(metadata_part(cleaned, policy.metadata_cap_bytes))
    except MediaError as exc:
        raise MediaError(f"{source}: {exc}") from None
    if position(check, policy) is not None or check.personal or check.credits:
        raise MediaError(f"{source}: the copy still carried metadata; nothing was written")
    written = _write_new(_destination(source, out), cleaned)
    return CleanCopy(written, len(data) - len(cleaned))
