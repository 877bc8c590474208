"""Real photo files made with Pillow for the media tests: EXIF with GPS, Artist and serial numbers, PNG text chunks."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image
from PIL.PngImagePlugin import PngInfo
from PIL.TiffImagePlugin import IFDRational

# The Eiffel Tower, as a phone writes it: seconds to 1/100 (about 0.3 m).
LATITUDE, LONGITUDE = (48, 51, 2959, 100), (2, 17, 4012, 100)


def picture(width: int = 96, height: int = 64) -> Image.Image:
    """A picture with detail (a gradient and a square), so that pixel comparisons mean something."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    image.paste((200, 30, 40), (width // 4, height // 4, width // 2, height // 2))
    return image


def gps_exif(artist: str | None = "Jane Doe", serial: str | None = "SN-0042917", orientation: int = 1,
             owner: str | None = None, host: str | None = None, copyright_: str | None = None,
             gps: bool = True, error_m: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS 5D"
    if orientation != 1:
        exif[0x0112] = orientation
    if artist:
        exif[0x013B] = artist
    if host:
        exif[0x013C] = host
    if copyright_:
        exif[0x8298] = copyright_
    sub = exif.get_ifd(0x8769)
    sub[0x829A] = IFDRational(1, 250)
    if serial:
        sub[0xA431] = serial
    if owner:
        sub[0xA430] = owner
    if gps:
        position = exif.get_ifd(0x8825)
        position[1], position[3] = "N", "E"
        position[2] = (IFDRational(LATITUDE[0]), IFDRational(LATITUDE[1]), IFDRational(LATITUDE[2], LATITUDE[3]))
        position[4] = (IFDRational(LONGITUDE[0]), IFDRational(LONGITUDE[1]), IFDRational(LONGITUDE[2], LONGITUDE[3]))
        if error_m is not None:
            position[31] = IFDRational(error_m)
    return exif


def jpeg(exif: Image.Exif | None = None, image: Image.Image | None = None, **save) -> bytes:
    out = io.BytesIO()
    (image or picture()).save(out, "JPEG", quality=90, **({"exif": exif} if exif is not None else {}), **save)
    return out.getvalue()


def png_with_text(exif: Image.Exif | None = None, **text: str) -> bytes:
    """A PNG with tEXt chunks (Author, Copyright…) and, given exif, an eXIf chunk."""
    info = PngInfo()
    for key, value in text.items():
        info.add_text(key, value)
    out = io.BytesIO()
    picture().save(out, "PNG", pnginfo=info, **({"exif": exif} if exif is not None else {}))
    return out.getvalue()


def webp(exif: Image.Exif | None = None) -> bytes:
    out = io.BytesIO()
    picture().save(out, "WEBP", lossless=True, **({"exif": exif} if exif is not None else {}))
    return out.getvalue()


def heic(exif: Image.Exif | None = None) -> bytes:
    """A HEIC written by libheif (pillow-heif, the maintained writer on PyPI): EXIF item after the picture."""
    import pillow_heif

    out = io.BytesIO()
    pillow_heif.from_pillow(picture(320, 240)).save(out, format="HEIF", quality=60,
                                                     **({"exif": exif.tobytes()} if exif is not None else {}))
    return out.getvalue()


def chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def insert_jpeg_segment(data: bytes, marker: int, payload: bytes) -> bytes:
    """`data` with one more segment right after SOI."""
    return data[:2] + bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload + data[2:]


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGBA").tobytes()


def exif_of(data: bytes) -> Image.Exif:
    with Image.open(io.BytesIO(data)) as image:
        return image.getexif()


def box(kind: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def qt_text(value: str) -> bytes:
    """QuickTime user-data text: 16-bit length, language, UTF-8."""
    return struct.pack(">HH", len(value.encode()), 0x55C4) + value.encode()


def keyed_meta(items: dict[str, str]) -> bytes:
    """Apple's moov/meta: hdlr 'mdta', keys, and ilst items numbered by key (what iPhones write)."""
    keys = b"".join(box(b"mdta", key.encode()) for key in items)
    ilst = b"".join(box(struct.pack(">I", index), box(b"data", struct.pack(">II", 1, 0) + value.encode()))
                    for index, value in enumerate(items.values(), start=1))
    hdlr = box(b"hdlr", bytes(8) + b"mdta" + bytes(13))
    return box(b"meta", hdlr + box(b"keys", bytes(4) + struct.pack(">I", len(items)) + keys) + box(b"ilst", ilst))


def mp4(moov_children: bytes, media_bytes: int = 1000, moov_first: bool = False) -> bytes:
    """An ISO base media file: ftyp, mdat and moov (last, as cameras write it, unless moov_first)."""
    ftyp = box(b"ftyp", b"isom" + struct.pack(">I", 512) + b"isomiso2avc1mp41")
    moov = box(b"moov", box(b"mvhd", bytes(100)) + moov_children)
    mdat = box(b"mdat", bytes(media_bytes))
    return ftyp + (moov + mdat if moov_first else mdat + moov)
