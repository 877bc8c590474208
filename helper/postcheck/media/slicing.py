"""The metadata part of a file: what the browser sends to the helper (extension/content/media/metadata-slice.js
does the same in JavaScript; tests compare the two byte for byte).

- JPEG: the bytes before the image data (every segment up to and including the scan header, SOS).
- PNG: the signature and every chunk but IDAT, then an empty IDAT and IEND, so that a reader finds the text and
  eXIf chunks that came after the image data before it (within the cap only: the browser reads just the start).
- WebP: 'RIFF…WEBP' with the VP8X, EXIF and XMP chunks only.
- MP4/MOV: 'ftyp' and 'moov' when the bytes hold the whole moov box (cameras often write it last: the browser
  reads it from its place, metadataPartOfFile); otherwise the first bytes.
- HEIC: the first bytes (its EXIF item is found by offset; see heif.py).
The result is never longer than `cap` bytes (the policy's [media] metadata_cap_bytes).
"""

from __future__ import annotations

import struct
import zlib

from postcheck.media.formats import PNG_SIGNATURE, sniff
from postcheck.media.segments import SOS, iso_boxes, jpeg_segments, png_chunks, riff_chunks

_WEBP_METADATA = frozenset({b"VP8X", b"EXIF", b"XMP "})


def png_chunk(kind: bytes, payload: bytes = b"") -> bytes:
    """One PNG chunk with its length and CRC."""
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


_PNG_TAIL = png_chunk(b"IDAT") + png_chunk(b"IEND")


def metadata_part(data: bytes, cap: int) -> bytes:
    """The metadata part of `data` (a whole file or its first bytes), at most `cap` bytes; MediaError if unreadable."""
    kind = sniff(data[:16])
    if kind == "jpeg":
        end = len(data)
        for segment in jpeg_segments(data):
            if segment.marker == SOS:
                end = segment.end
        return data[:min(end, cap)]
    if kind == "png":
        out = bytearray(PNG_SIGNATURE)
        for chunk in png_chunks(data):
            size = chunk.end - chunk.start
            if not chunk.complete or chunk.type in (b"IDAT", b"IEND") or len(out) + size + len(_PNG_TAIL) > cap:
                continue
            out += data[chunk.start:chunk.end]
        return bytes(out + _PNG_TAIL)
    if kind == "webp":
        body = bytearray()
        for chunk in riff_chunks(data):
            if chunk.complete and chunk.type in _WEBP_METADATA and 12 + len(body) + chunk.end - chunk.start <= cap:
                body += data[chunk.start:chunk.end]
        return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + bytes(body)
    if kind == "mp4":
        boxes = {box.type: box for box in iso_boxes(data) if box.type in (b"ftyp", b"moov") and box.complete}
        if b"moov" in boxes and b"ftyp" in boxes:
            part = b"".join(data[box.start:box.end] for box in (boxes[b"ftyp"], boxes[b"moov"]))
            if len(part) <= cap:
                return part
    return data[:cap]
