"""Read what a metadata part says, with Pillow: EXIF (Image.Exif), PNG text chunks, IPTC (IptcImagePlugin), XMP.

Pillow is imported here only, inside the functions that read a photo: never at start-up, never on the keystroke path.
We find the EXIF/XMP blocks ourselves (segments.py) because Pillow's Image.open refuses a JPEG cut before its image
data and a WebP without its bitstream (HEIC: heif.py); Pillow then parses each block. Videos: quicktime.py.
"""

from __future__ import annotations

import io
import struct
import warnings
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field

from postcheck.media import heif, quicktime, xmp
from postcheck.media.formats import Format, MediaError, sniff
from postcheck.media.segments import jpeg_segments, riff_chunks

EXIF_HEADER = b"Exif\x00\x00"
XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
# EXIF tags by where they land. Personal: names and serial numbers; credit: who owns the picture.
_PERSONAL = {0x013B: "Artist", 0x9C9D: "Author (Windows)", 0xA430: "Camera owner", 0xA431: "Camera serial number",
             0xA435: "Lens serial number"}
_CREDIT = {0x8298: "Copyright", 0x013B: "Artist", 0x9C9D: "Author (Windows)"}
_DEVICE = {0x010F: "Make", 0x0110: "Model", 0x0131: "Software", 0x013C: "Host computer"}
_CAMERA = (0x829A, 0x829D, 0x8827, 0x9003, 0x920A)  # exposure, f-number, ISO, taken at, focal length
_IPTC_PERSONAL = {(2, 80): "By-line"}
_IPTC_CREDIT = {(2, 80): "By-line", (2, 110): "Credit", (2, 115): "Source", (2, 116): "Copyright notice"}
_PNG_PERSONAL = {"author": "Author", "artist": "Artist"}
_PNG_CREDIT = {"author": "Author", "artist": "Artist", "copyright": "Copyright", "credit": "Credit"}
_PNG_DEVICE = {"source": "Source", "software": "Software", "device": "Device"}
_BAD_BLOCK = (SyntaxError, ValueError, TypeError, KeyError, IndexError, OSError, EOFError, UnicodeError,
              ElementTree.ParseError, OverflowError, ZeroDivisionError, struct.error)


@dataclass
class Metadata:
    """What a file's metadata says. Each list holds (label, value) pairs; gps is the raw EXIF GPS IFD."""

    format: Format
    gps: dict = field(default_factory=dict)
    xmp_gps: tuple[str, str] | None = None
    iso6709: str | None = None  # a video's position
    personal: list[tuple[str, str]] = field(default_factory=list)
    credits: list[tuple[str, str]] = field(default_factory=list)
    devices: list[tuple[str, str]] = field(default_factory=list)
    camera: bool = False
    orientation: int = 1
    problems: list[str] = field(default_factory=list)


def _text(value) -> str:
    if isinstance(value, bytes):
        encoding = "utf-16-le" if len(value) % 2 == 0 and b"\x00" in value else "utf-8"
        value = value.decode(encoding, "replace")
    if isinstance(value, (list, tuple)):
        return "; ".join(_text(item) for item in value)
    return str(value).strip("\x00 \t\r\n")


def _add(pairs: list, label: str, value) -> None:
    text = _text(value)
    if text and (label, text) not in pairs:
        pairs.append((label, text))


def _exif(meta: Metadata, payload: bytes) -> None:
    from PIL import ExifTags, Image

    exif = Image.Exif()
    try:
        with warnings.catch_warnings(record=True) as caught:  # Pillow warns about corrupt entries and skips them
            warnings.simplefilter("always")
            exif.load(payload[len(EXIF_HEADER):] if payload.startswith(EXIF_HEADER) else payload)
            sub = exif.get_ifd(ExifTags.IFD.Exif)
            meta.gps.update(exif.get_ifd(ExifTags.IFD.GPSInfo))
    except _BAD_BLOCK as exc:
        meta.problems.append(f"EXIF block unreadable ({type(exc).__name__}): read what was before it")
        return
    meta.problems += [f"EXIF: {str(warning.message).strip()}" for warning in caught]
    tags = {**dict(exif), **sub}
    for tag, label in _PERSONAL.items():
        if tag in tags:
            _add(meta.personal, label, tags[tag])
    for tag, label in _CREDIT.items():
        if tag in tags:
            _add(meta.credits, label, tags[tag])
    for tag, label in _DEVICE.items():
        if tag in tags:
            _add(meta.devices, label, tags[tag])
    meta.camera = meta.camera or any(tag in tags for tag in (*_CAMERA, 0x010F, 0x0110))
    if isinstance(tags.get(0x0112), int) and 1 <= tags[0x0112] <= 8:
        meta.orientation = tags[0x0112]


def _xmp(meta: Metadata, payload: bytes) -> None:
    try:
        fields = xmp.fields(payload)
    except _BAD_BLOCK as exc:
        meta.problems.append(f"XMP packet unreadable ({type(exc).__name__})")
        return
    for label, value in fields.personal:
        _add(meta.personal, label, value)
    for label, value in fields.credits:
        _add(meta.credits, label, value)
    for label, value in fields.devices:
        _add(meta.devices, label, value)
    meta.xmp_gps = meta.xmp_gps or fields.gps
    meta.camera = meta.camera or fields.camera


def _iptc(meta: Metadata, part: bytes) -> None:
    from PIL import Image, IptcImagePlugin, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(part)) as image:
            info = IptcImagePlugin.getiptcinfo(image) or {}
    except (*_BAD_BLOCK, UnidentifiedImageError) as exc:
        meta.problems.append(f"IPTC block unreadable ({type(exc).__name__})")
        return
    for key, label in _IPTC_PERSONAL.items():
        if key in info:
            _add(meta.personal, label, info[key])
    for key, label in _IPTC_CREDIT.items():
        if key in info:
            _add(meta.credits, label, info[key])


def _jpeg(meta: Metadata, part: bytes) -> None:
    iptc = False
    for segment in jpeg_segments(part):
        if segment.marker == 0xE1 and segment.payload.startswith(EXIF_HEADER):
            _exif(meta, segment.payload)
        elif segment.marker == 0xE1 and segment.payload.startswith(XMP_HEADER):
            _xmp(meta, segment.payload[len(XMP_HEADER):])
        elif segment.marker == 0xED:
            iptc = True
    if iptc:
        _iptc(meta, part)


def _png(meta: Metadata, part: bytes) -> None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(part)) as image:
            info = dict(image.info)
    except (*_BAD_BLOCK, UnidentifiedImageError) as exc:
        raise MediaError(f"malformed PNG metadata: {exc}") from None
    if isinstance(info.get("exif"), bytes):
        _exif(meta, info["exif"])
    for key, value in info.items():
        name = str(key).casefold()
        if name == "xml:com.adobe.xmp" or name == "xmp":
            _xmp(meta, value.encode() if isinstance(value, str) else value)
        elif name.startswith("raw profile type") and isinstance(value, str):
            _exif(meta, _raw_profile(value))  # ImageMagick's hex-encoded EXIF in a text chunk
        elif isinstance(value, str):
            if name in _PNG_PERSONAL:
                _add(meta.personal, _PNG_PERSONAL[name], value)
            if name in _PNG_CREDIT:
                _add(meta.credits, _PNG_CREDIT[name], value)
            if name in _PNG_DEVICE:
                _add(meta.devices, _PNG_DEVICE[name], value)


def _raw_profile(value: str) -> bytes:
    lines = value.strip().splitlines()
    try:
        return bytes.fromhex("".join(lines[2:]))
    except ValueError:
        return b""


def _webp(meta: Metadata, part: bytes) -> None:
    for chunk in riff_chunks(part):
        if chunk.type == b"EXIF":
            _exif(meta, chunk.payload)
        elif chunk.type == b"XMP ":
            _xmp(meta, chunk.payload)


def _heic(meta: Metadata, part: bytes, exif_item: bytes | None) -> None:
    block = heif.tiff_of(exif_item) if exif_item is not None else heif.exif_block(part)
    if block is not None:
        _exif(meta, block)
    elif heif.exif_location(part) is not None:
        meta.problems.append("the EXIF item lies past the bytes read (libheif writes it after the picture): "
                             "its GPS position and names were not checked; use postcheck media on the file")
    meta.camera = True  # HEIC is what phone cameras write


def _video(meta: Metadata, part: bytes, moov: bytes | None) -> None:
    tags = quicktime.read_moov(moov if moov is not None else part).values
    if not tags and moov is None:
        meta.problems.append("the video's metadata (its 'moov' box) lies past the bytes read: its position and "
                             "names were not checked; use postcheck media on the file")
    meta.iso6709 = (tags.get("location") or [None])[0]
    for value in tags.get("author", []):
        _add(meta.personal, "Author", value)
        _add(meta.credits, "Author", value)
    for value in tags.get("copyright", []):
        _add(meta.credits, "Copyright", value)
    for name in ("make", "model", "software"):
        for value in tags.get(name, []):
            _add(meta.devices, name.capitalize(), value)
    meta.camera = True  # a video of people needs releases as a photo does


def read(part: bytes, extra: bytes | None = None) -> Metadata:
    """The metadata in a metadata part (or a whole file); MediaError for what is not a readable photo.

    extra: a block read from its place in the file when it lies past `part` (files.py does that): a HEIC's EXIF
    item or an MP4's 'moov' box."""
    kind = sniff(part[:16])
    meta = Metadata(kind)
    if kind == "mp4":
        _video(meta, part, extra)
    elif kind == "heic":
        _heic(meta, part, extra)
    else:
        {"jpeg": _jpeg, "png": _png, "webp": _webp}[kind](meta, part)
    return meta
