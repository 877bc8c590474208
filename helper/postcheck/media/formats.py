"""Which container a file is, from its first bytes: JPEG, PNG, WebP, HEIC/HEIF or MP4 (ISO base media)."""

from __future__ import annotations

from typing import Literal

Format = Literal["jpeg", "png", "webp", "heic", "mp4"]
FORMATS: tuple[str, ...] = ("jpeg", "png", "webp", "heic", "mp4")

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# ISO base media brands (the 'ftyp' box) of still images; every other brand is taken for a video (mp4, mov, 3gp…).
_IMAGE_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif", b"avis"})


class MediaError(ValueError):
    """A file or body postcheck cannot read as a photo or video: the message says what is wrong and what to do."""


def sniff(head: bytes) -> Format:
    """The format of a file from its first 12 bytes or more; MediaError names what was found instead."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(PNG_SIGNATURE):
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp" and len(head) >= 12:
        return "heic" if head[8:12] in _IMAGE_BRANDS else "mp4"
    if not head:
        raise MediaError("the file is empty: expected a JPEG, PNG, WebP, HEIC or MP4 file")
    raise MediaError(f"not a photo or video postcheck reads (starts with {head[:8].hex(' ')}): "
                     "expected a JPEG, PNG, WebP, HEIC or MP4 file")
