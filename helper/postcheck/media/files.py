"""Files on disk: check a photo reading only its first bytes, and write its clean copy (0600, never overwriting)."""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

from postcheck import paths
from postcheck.media import heif
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
    """Findings for the file at `path`, reading its first metadata_cap_bytes (and a HEIC's EXIF item where it is)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(policy.metadata_cap_bytes)
            extra = _past_the_head(handle, head, policy.metadata_cap_bytes)
    except OSError as exc:
        raise _open_error(path, exc) from None
    try:
        return inspect(head, text, policy, extra)
    except MediaError as exc:
        raise MediaError(f"{path}: {exc}") from None


def _past_the_head(handle, head: bytes, cap: int) -> bytes | None:
    """A HEIC's EXIF item, or an MP4's 'moov' box, read from its place when it lies past `head` (≤ `cap` bytes)."""
    try:
        kind = sniff(head[:16])
        location = heif.exif_location(head) if kind == "heic" else _top_box(handle, b"moov") if kind == "mp4" else None
    except MediaError:
        return None  # inspect() reports it
    if location is None or location[0] + location[1] <= len(head) or not 0 < location[1] <= cap:
        return None
    handle.seek(location[0])
    return handle.read(location[1])


def _top_box(handle, wanted: bytes) -> tuple[int, int] | None:
    """(offset, size) of a top-level ISO box, walking the box headers only (a video's 'moov' often comes last)."""
    pos = 0
    for _ in range(10_000):
        handle.seek(pos)
        header = handle.read(16)
        if len(header) < 8:
            return None
        size, kind = struct.unpack_from(">I4s", header)
        if size == 1 and len(header) == 16:
            (size,) = struct.unpack_from(">Q", header, 8)
        if kind == wanted:
            return pos, size
        if size < 8:
            return None
        pos += size
    return None


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


def clean_data(data: bytes, policy: Media) -> bytes:
    """`data` (a whole file) without its metadata, orientation kept; MediaError if it cannot be cleaned.

    The copy is read back first: if a position, a name or a credit survived, MediaError (never a half-clean copy)."""
    meta = read(metadata_part(data, policy.metadata_cap_bytes))
    cleaned = clean(data, meta.orientation)
    check = read(metadata_part(cleaned, policy.metadata_cap_bytes))
    if position(check, policy) is not None or check.personal or check.credits:
        raise MediaError("the copy still carried metadata; nothing was written")
    return cleaned


def clean_copy(source: Path, out: Path | None, policy: Media) -> CleanCopy:
    """Write `source` without metadata into `out` (a folder or a file name; default the Downloads folder)."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise _open_error(source, exc) from None
    try:
        cleaned = clean_data(data, policy)
    except MediaError as exc:
        raise MediaError(f"{source}: {exc}") from None
    written = _write_new(_destination(source, out), cleaned)
    return CleanCopy(written, len(data) - len(cleaned))


_EXTENSIONS = {"jpeg": ".jpg", "png": ".png", "webp": ".webp"}


def save_upload(data: bytes, name: str, policy: Media) -> CleanCopy:
    """The clean copy of an uploaded file, saved in Downloads under a safe form of `name` (its base name, without
    control or path characters, with the extension of its real format): the sender never chooses a folder."""
    kind = sniff(data[:16])
    cleaned = clean_data(data, policy)
    stem = "".join(ch for ch in Path(name.replace("\\", "/")).stem if ch.isprintable() and ch not in '/:*?"<>|')
    stem = stem.strip(" .")[:100] or "photo"
    written = _write_new(_destination(Path(stem + _EXTENSIONS[kind]), None), cleaned)
    return CleanCopy(written, len(data) - len(cleaned))
