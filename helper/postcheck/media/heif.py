"""The EXIF item of a HEIC/HEIF file, found through its box tree (meta → iinf, iloc, idat), from the first bytes only.

Why not a library: exifread 3.5 locates HEIC EXIF only in 'mdat' (construction method 0) and fails with an
AssertionError on files libheif writes (EXIF in 'idat', method 1); libheif (pillow-heif) refuses a file cut short,
and the browser sends only the first 256 KiB. Pillow then parses the EXIF block as for every other format.
"""

from __future__ import annotations

import struct

from postcheck.media.formats import MediaError
from postcheck.media.segments import Chunk, iso_boxes


def _children(data: bytes, box: Chunk, skip: int = 0) -> dict[bytes, Chunk]:
    start = box.end - len(box.payload) + skip
    return {child.type: child for child in iso_boxes(data, start, box.end)}


def _uint(data: bytes, pos: int, size: int) -> int:
    if size == 0:
        return 0
    if pos + size > len(data):
        raise MediaError("malformed HEIC: an item location runs past its box")
    return int.from_bytes(data[pos:pos + size], "big")


def _exif_item_id(data: bytes, iinf: Chunk) -> int | None:
    version = iinf.payload[0] if iinf.payload else 0
    skip = 4 + (2 if version == 0 else 4)
    for infe in iso_boxes(data, iinf.end - len(iinf.payload) + skip, iinf.end):
        payload = infe.payload
        if infe.type != b"infe" or len(payload) < 4 or payload[0] < 2:
            continue
        id_size = 2 if payload[0] == 2 else 4
        item_id = _uint(payload, 4, id_size)
        if payload[4 + id_size + 2:4 + id_size + 6] == b"Exif":
            return item_id
    return None


def _extents(payload: bytes, wanted: int) -> tuple[int, int, list[tuple[int, int]]]:
    """(construction method, base offset, [(offset, length)…]) of item `wanted` in an 'iloc' payload."""
    if len(payload) < 8:
        raise MediaError("malformed HEIC: its item location box (iloc) is cut short")
    version = payload[0]
    offset_size, length_size = payload[4] >> 4, payload[4] & 15
    base_size, index_size = payload[5] >> 4, (payload[5] & 15) if version in (1, 2) else 0
    count_size = 4 if version == 2 else 2  # item_count and item_ID are 32-bit from version 2
    pos = 6
    count = _uint(payload, pos, count_size)
    pos += count_size
    for _ in range(count):
        item_id = _uint(payload, pos, count_size)
        pos += count_size
        method = 0
        if version in (1, 2):
            method = _uint(payload, pos, 2) & 15
            pos += 2
        pos += 2  # data_reference_index
        base = _uint(payload, pos, base_size)
        pos += base_size
        extent_count = _uint(payload, pos, 2)
        pos += 2
        extents = []
        for _extent in range(extent_count):
            pos += index_size
            offset = _uint(payload, pos, offset_size)
            length = _uint(payload, pos + offset_size, length_size)
            pos += offset_size + length_size
            extents.append((offset, length))
        if item_id == wanted:
            return method, base, extents
    raise MediaError("malformed HEIC: its EXIF item has no location")


def exif_location(data: bytes) -> tuple[int, int] | None:
    """(absolute offset, length) of the EXIF item's bytes, or None when the file declares none; MediaError for a
    box tree that is wrong rather than cut short. A length of 0 means "to the end of the file"."""
    meta = next((box for box in iso_boxes(data) if box.type == b"meta"), None)
    if meta is None:
        return None
    boxes = _children(data, meta, skip=4)  # 'meta' is a full box: version and flags first
    if b"iinf" not in boxes or b"iloc" not in boxes:
        return None
    item = _exif_item_id(data, boxes[b"iinf"])
    if item is None:
        return None
    method, base, extents = _extents(boxes[b"iloc"].payload, item)
    if method not in (0, 1) or len(extents) != 1:
        raise MediaError("HEIC: its EXIF item is stored in a way postcheck does not read (several extents)")
    if method == 1 and b"idat" not in boxes:
        raise MediaError("malformed HEIC: its EXIF item is in an 'idat' box it does not have")
    origin = boxes[b"idat"].end - len(boxes[b"idat"].payload) if method == 1 else 0
    offset, length = extents[0]
    return origin + base + offset, length


def tiff_of(item: bytes) -> bytes | None:
    """The TIFF block inside an EXIF item (a 4-byte offset to the TIFF header comes first)."""
    if len(item) < 4:
        return None
    (tiff_offset,) = struct.unpack_from(">I", item)
    return item[4 + tiff_offset:] or None


def exif_block(data: bytes) -> bytes | None:
    """The TIFF block of the EXIF item when `data` holds it, else None."""
    location = exif_location(data)
    if location is None:
        return None
    start, length = location
    end = start + length if length else len(data)
    return tiff_of(data[start:end]) if end <= len(data) else None
