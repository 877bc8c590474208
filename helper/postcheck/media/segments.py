"""Walk the metadata places of each container without decoding an image: JPEG segments, PNG chunks, RIFF chunks.

Every walker stops quietly at the end of the bytes it has (the browser sends at most the policy's cap), and raises
MediaError for structure that is not just cut short but wrong (a JPEG marker without 0xFF, a negative length).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Iterator

from postcheck.media.formats import PNG_SIGNATURE, MediaError

# JPEG markers that stand alone (no length): TEM, RST0-7, SOI; EOI ends the stream.
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD9)})
SOS, EOI = 0xDA, 0xD9


@dataclass(frozen=True)
class Segment:
    """One JPEG segment: its marker (0xE1 for APP1…), where it starts (the 0xFF) and ends, and its payload."""

    marker: int
    start: int
    end: int
    payload: bytes


def jpeg_segments(data: bytes) -> Iterator[Segment]:
    """Segments from SOI up to and including SOS (whose payload is the scan header); stops at EOI or the end."""
    pos = 2
    while pos + 2 <= len(data):
        if data[pos] != 0xFF:
            raise MediaError(f"malformed JPEG: expected a marker at byte {pos}, found 0x{data[pos]:02x}")
        marker_at = pos
        while pos < len(data) and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= len(data):
            return
        marker = data[pos]
        pos += 1
        if marker in _STANDALONE:
            continue
        if marker == EOI:
            return
        if pos + 2 > len(data):
            return
        (length,) = struct.unpack_from(">H", data, pos)
        if length < 2:
            raise MediaError(f"malformed JPEG: segment 0x{marker:02x} at byte {marker_at} has length {length}")
        end = pos + length
        yield Segment(marker, marker_at, min(end, len(data)), data[pos + 2:end])
        if marker == SOS or end > len(data):
            return
        pos = end


@dataclass(frozen=True)
class Chunk:
    """One PNG or RIFF chunk: its type, where the whole chunk starts and ends, its payload and whether it is whole."""

    type: bytes
    start: int
    end: int
    payload: bytes
    complete: bool


def png_chunks(data: bytes) -> Iterator[Chunk]:
    """PNG chunks after the signature, in file order; the last one may be cut short (complete=False)."""
    pos = len(PNG_SIGNATURE)
    while pos + 8 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, pos)
        if length > 0x7FFFFFFF or not kind.isalpha():
            raise MediaError(f"malformed PNG: chunk at byte {pos} has type {kind!r} and length {length}")
        end = pos + 12 + length
        yield Chunk(kind, pos, min(end, len(data)), data[pos + 8:pos + 8 + length], end <= len(data))
        if kind == b"IEND":
            return
        pos = end


def riff_chunks(data: bytes) -> Iterator[Chunk]:
    """WebP's RIFF chunks after 'RIFF<size>WEBP'; payloads are padded to an even length."""
    pos = 12
    while pos + 8 <= len(data):
        kind, length = struct.unpack_from("<4sI", data, pos)
        end = pos + 8 + length + (length & 1)
        yield Chunk(kind, pos, min(end, len(data)), data[pos + 8:pos + 8 + length], pos + 8 + length <= len(data))
        pos = end


def iso_boxes(data: bytes, start: int = 0, stop: int | None = None) -> Iterator[Chunk]:
    """ISO base media boxes (HEIC, MP4) between start and stop: type, extent and payload (after the header)."""
    stop = len(data) if stop is None else min(stop, len(data))
    pos = start
    while pos + 8 <= stop:
        size, kind = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1 and pos + 16 <= stop:
            (size,) = struct.unpack_from(">Q", data, pos + 8)
            header = 16
        elif size == 0:
            size = stop - pos
        if size < header:
            raise MediaError(f"malformed box {kind!r} at byte {pos}: size {size}")
        end = pos + size
        yield Chunk(kind, pos, min(end, stop), data[pos + header:min(end, stop)], end <= stop)
        pos = end
