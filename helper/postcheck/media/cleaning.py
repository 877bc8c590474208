"""A clean copy: the same file without its metadata, orientation kept, pixels untouched (no re-encoding).

JPEG: the segments are rewritten losslessly: APP1 (EXIF, XMP), APP13 (IPTC), COM, the other APPn (maker data, MPF
and its extra pictures, JFXX thumbnails) and anything after EOI (motion-photo videos, vendor trailers) are dropped;
APP0 JFIF, APP2 ICC_PROFILE, APP14 Adobe (it tells the decoder the colour transform), tables, frame and scans are kept
byte for byte, so a decoder produces exactly the same pixels. Re-encoding with Pillow would lose quality and change
every pixel. When the picture was rotated by its EXIF Orientation, a new EXIF block holding only that tag is written.
PNG: only the chunks that define pixels and colour are kept (tEXt, zTXt, iTXt, eXIf, tIME and private chunks go).
WebP: the EXIF and XMP chunks go and VP8X's flags are updated. HEIC and MP4: not supported (MediaError).
"""

from __future__ import annotations

import struct

from postcheck.media.formats import MediaError, sniff
from postcheck.media.segments import EOI, SOS, jpeg_segments, png_chunks, riff_chunks
from postcheck.media.slicing import png_chunk

_JPEG_APP_KEPT = ((0xE0, b"JFIF\x00"), (0xE2, b"ICC_PROFILE\x00"), (0xEE, b"Adobe"))
_PNG_KEPT = frozenset({b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT",
                       b"pHYs", b"bKGD", b"hIST", b"acTL", b"fcTL", b"fdAT", b"cICP", b"mDCV", b"cLLI"})
_WEBP_DROPPED = frozenset({b"EXIF", b"XMP "})
_VP8X_EXIF, _VP8X_XMP = 0x08, 0x04


def orientation_exif(orientation: int) -> bytes:
    """'Exif\\0\\0' and a TIFF block holding only the Orientation tag (1-8)."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x0112] = orientation
    return exif.tobytes()


def _kept_jpeg_segment(marker: int, payload: bytes) -> bool:
    if 0xE0 <= marker <= 0xEF:
        return any(marker == kept and payload.startswith(tag) for kept, tag in _JPEG_APP_KEPT)
    return marker != 0xFE  # COM goes; tables, frame headers, DRI stay


def _jpeg_end(data: bytes, pos: int) -> int:
    """Index just past EOI, walking the entropy-coded data and the segments between progressive scans."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            raise MediaError("the JPEG is cut short: its image data has no end (EOI)")
        marker = data[pos + 1]
        if marker == 0x00 or marker == 0xFF or 0xD0 <= marker <= 0xD7:
            pos += 1 if marker == 0xFF else 2
        elif marker == EOI:
            return pos + 2
        else:
            (length,) = struct.unpack_from(">H", data, pos + 2)
            pos += 2 + length


def clean_jpeg(data: bytes, orientation: int) -> bytes:
    out = [b"\xff\xd8"]
    extra = orientation_exif(orientation) if orientation != 1 else b""
    for index, segment in enumerate(jpeg_segments(data)):
        if segment.marker == SOS:
            if extra:
                out.append(_app1(extra))
            out.append(data[segment.start:_jpeg_end(data, segment.end)])
            return b"".join(out)
        if _kept_jpeg_segment(segment.marker, segment.payload):
            out.append(data[segment.start:segment.end])
            if index == 0 and segment.marker == 0xE0 and extra:  # JFIF must stay first
                out.append(_app1(extra))
                extra = b""
    raise MediaError("the JPEG is cut short: no image data (SOS) found")


def _app1(payload: bytes) -> bytes:
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def clean_png(data: bytes, orientation: int) -> bytes:
    out = [data[:8]]
    for chunk in png_chunks(data):
        if not chunk.complete:
            raise MediaError(f"the PNG is cut short in its {chunk.type.decode('latin-1')} chunk")
        if chunk.type == b"IDAT" and orientation != 1:
            out.append(png_chunk(b"eXIf", orientation_exif(orientation)[6:]))
            orientation = 1
        if chunk.type in _PNG_KEPT:
            out.append(data[chunk.start:chunk.end])
    return b"".join(out)


def clean_webp(data: bytes, orientation: int) -> bytes:
    chunks = []
    for chunk in riff_chunks(data):
        if not chunk.complete:
            raise MediaError(f"the WebP is cut short in its {chunk.type.decode('latin-1')} chunk")
        if chunk.type not in _WEBP_DROPPED:
            chunks.append(bytearray(data[chunk.start:chunk.end]))
    if chunks and chunks[0][:4] == b"VP8X":
        chunks[0][8] &= ~(_VP8X_EXIF | _VP8X_XMP) & 0xFF
        if orientation != 1:
            exif = orientation_exif(orientation)[6:]
            chunks.append(bytearray(b"EXIF" + struct.pack("<I", len(exif)) + exif + b"\x00" * (len(exif) & 1)))
            chunks[0][8] |= _VP8X_EXIF
    body = b"".join(chunks)
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


def clean(data: bytes, orientation: int) -> bytes:
    """`data` (a whole file) without metadata; `orientation` (1-8) is written back when it is not 1."""
    kind = sniff(data[:16])
    cleaners = {"jpeg": clean_jpeg, "png": clean_png, "webp": clean_webp}
    if kind not in cleaners:
        raise MediaError(f"a clean copy of {kind.upper()} is not supported yet: export it as JPEG (a video: save it "
                         "again without location) first")
    return cleaners[kind](data, orientation)
