"""What an MP4/MOV video's 'moov' box says: its position (ISO 6709), author, make, model and software.

Two layouts, both read: QuickTime user data (udta/©xyz, ©ART… as length + language + text; iTunes-style
udta/meta/ilst too) and Apple's metadata keys (moov/meta with keys + ilst: com.apple.quicktime.location.ISO6709,
…author, …make, …model, …software). The container code is ours: Pillow reads no video, and the box tree is simple.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from postcheck.media.segments import Chunk, iso_boxes

_USER_DATA = {b"\xa9xyz": "location", b"\xa9ART": "author", b"\xa9aut": "author", b"\xa9mak": "make",
              b"\xa9mod": "model", b"\xa9swr": "software", b"\xa9cpy": "copyright"}
_KEYS = {"com.apple.quicktime.location.ISO6709": "location", "com.apple.quicktime.author": "author",
         "com.apple.quicktime.artist": "author", "com.apple.quicktime.make": "make",
         "com.apple.quicktime.model": "model", "com.apple.quicktime.software": "software",
         "com.apple.quicktime.copyright": "copyright", "com.android.model": "model",
         "com.android.manufacturer": "make"}


@dataclass
class VideoTags:
    """Each tag's values by name: location (ISO 6709 text), author, make, model, software, copyright."""

    values: dict[str, list[str]] = field(default_factory=dict)

    def add(self, name: str, value: str) -> None:
        value = value.strip("\x00 \r\n\t")
        if value and value not in self.values.setdefault(name, []):
            self.values[name].append(value)


def _start(box: Chunk) -> int:
    return box.end - len(box.payload)


def _text(payload: bytes) -> str:
    """A ©-tag value: an iTunes 'data' box inside, or QuickTime's 16-bit length + language + text."""
    for inner in iso_boxes(payload):
        if inner.type == b"data":
            return inner.payload[8:].decode("utf-8", "replace")
    if len(payload) >= 4:
        (length,) = struct.unpack_from(">H", payload)
        return payload[4:4 + length].decode("utf-8", "replace")
    return ""


def _keyed(data: bytes, meta: Chunk, tags: VideoTags) -> None:
    children = {box.type: box for box in iso_boxes(data, _start(meta), meta.end)}
    if b"hdlr" not in children and len(meta.payload) > 4:  # an ISO 'meta' (full box): version and flags first
        children = {box.type: box for box in iso_boxes(data, _start(meta) + 4, meta.end)}
    keys: list[str] = []
    if b"keys" in children:
        payload = children[b"keys"].payload
        pos = 8
        while pos + 8 <= len(payload):
            (size,) = struct.unpack_from(">I", payload, pos)
            if size < 8:
                break
            keys.append(payload[pos + 8:pos + size].decode("utf-8", "replace"))
            pos += size
    if b"ilst" in children:
        for item in iso_boxes(data, _start(children[b"ilst"]), children[b"ilst"].end):
            index = int.from_bytes(item.type, "big")
            name = _KEYS.get(keys[index - 1]) if 1 <= index <= len(keys) else _USER_DATA.get(item.type)
            if name:
                tags.add(name, _text(item.payload))


def read_moov(data: bytes) -> VideoTags:
    """The tags of the 'moov' box found in `data` (a file's first bytes, or the moov box itself)."""
    tags = VideoTags()
    moov = next((box for box in iso_boxes(data) if box.type == b"moov"), None)
    if moov is None:
        return tags
    for box in iso_boxes(data, _start(moov), moov.end):
        if box.type == b"udta":
            for entry in iso_boxes(data, _start(box), box.end):
                if entry.type in _USER_DATA:
                    tags.add(_USER_DATA[entry.type], _text(entry.payload))
                elif entry.type == b"meta":
                    _keyed(data, entry, tags)
        elif box.type == b"meta":
            _keyed(data, box, tags)
    return tags
