"""The few XMP properties postcheck looks at: GPS, creator and rights, serial numbers, owner and device names."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field

_PERSONAL = {"creator": "Creator (XMP)", "Artist": "Artist (XMP)", "SerialNumber": "Camera serial number (XMP)",
             "BodySerialNumber": "Camera serial number (XMP)", "LensSerialNumber": "Lens serial number (XMP)",
             "CameraOwnerName": "Camera owner (XMP)", "OwnerName": "Camera owner (XMP)"}
_CREDIT = {"creator": "Creator (XMP)", "Artist": "Artist (XMP)", "rights": "Rights (XMP)", "Credit": "Credit (XMP)",
           "Source": "Source (XMP)", "Copyright": "Copyright (XMP)", "CopyrightNotice": "Copyright (XMP)"}
_DEVICE = {"HostComputer": "Host computer (XMP)", "Model": "Model (XMP)", "CreatorTool": "Creator tool (XMP)"}
_CAMERA = frozenset({"ExposureTime", "FNumber", "DateTimeOriginal", "ISOSpeedRatings", "Make", "Model"})
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)


@dataclass
class XmpFields:
    gps: tuple[str, str] | None = None
    personal: list[tuple[str, str]] = field(default_factory=list)
    credits: list[tuple[str, str]] = field(default_factory=list)
    devices: list[tuple[str, str]] = field(default_factory=list)
    camera: bool = False


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _value(element: ElementTree.Element) -> str:
    items = [li.text.strip() for li in element.iter() if _local(li.tag) == "li" and li.text and li.text.strip()]
    return "; ".join(items) if items else (element.text or "").strip()


def fields(packet: bytes) -> XmpFields:
    """The properties of one XMP packet (attributes or elements); ParseError when it is not XML.

    A packet declaring a DTD or entities is refused: XMP never needs one, and entity expansion is an attack."""
    if _DOCTYPE.search(packet):
        raise ElementTree.ParseError("XMP packet declares a DTD or entities")
    root = ElementTree.fromstring(packet.strip(b"\x00 \r\n\t"))
    found: dict[str, str] = {}
    for element in root.iter():
        for name, value in element.attrib.items():
            found.setdefault(_local(name), value.strip())
        value = _value(element)
        if value:
            found.setdefault(_local(element.tag), value)
    out = XmpFields()
    if "GPSLatitude" in found and "GPSLongitude" in found:
        out.gps = (found["GPSLatitude"], found["GPSLongitude"])
    for table, pairs in ((_PERSONAL, out.personal), (_CREDIT, out.credits), (_DEVICE, out.devices)):
        for key, label in table.items():
            if found.get(key):
                pairs.append((label, found[key]))
    out.camera = any(key in found for key in _CAMERA)
    return out
