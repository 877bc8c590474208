"""Native-messaging frames: a 4-byte native-endian length, then that many bytes of UTF-8 JSON, in both directions."""

from __future__ import annotations

import json
import struct
from typing import BinaryIO

# Our messages are a few hundred bytes; anything near this is a bug or an attack, never a reason to allocate.
MAX_INCOMING = 64 * 1024
# Chrome drops the host when a single host -> browser message exceeds 1 MB.
MAX_OUTGOING = 1024 * 1024
_HEADER = struct.Struct("=I")  # "=": native byte order, standard 4-byte size (what Chrome and Firefox write).


class FrameError(Exception):
    """A frame that cannot be used. `fatal` means the stream can no longer be trusted to be at a frame boundary."""

    def __init__(self, code: str, message: str, fatal: bool) -> None:
        super().__init__(message)
        self.code, self.message, self.fatal = code, message, fatal


def _read_exactly(stream: BinaryIO, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = stream.read(left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_frame(stream: BinaryIO) -> dict | None:
    """The next message as a JSON object, or None when the browser closed the pipe between frames."""
    header = _read_exactly(stream, _HEADER.size)
    if not header:
        return None
    if len(header) < _HEADER.size:
        raise FrameError("truncated-frame", f"the pipe closed after {len(header)} of the 4 length bytes", fatal=True)
    (length,) = _HEADER.unpack(header)
    if length > MAX_INCOMING:
        raise FrameError("frame-too-large", f"a message of {length} bytes is over the {MAX_INCOMING}-byte limit",
                         fatal=True)
    body = _read_exactly(stream, length)
    if len(body) < length:
        raise FrameError("truncated-frame", f"the pipe closed after {len(body)} of {length} announced bytes",
                         fatal=True)
    try:
        message = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise FrameError("malformed-message", f"the message is not UTF-8 ({exc.reason} at byte {exc.start})",
                         fatal=False) from None
    except json.JSONDecodeError as exc:
        raise FrameError("malformed-message", f"the message is not JSON ({exc.msg} at character {exc.pos})",
                         fatal=False) from None
    except RecursionError:
        raise FrameError("malformed-message", "the message nests too deeply to be one of ours", fatal=False) from None
    if not isinstance(message, dict):
        raise FrameError("malformed-message", f"a message must be a JSON object, got {type(message).__name__}",
                         fatal=False)
    return message


def encode_frame(message: dict) -> bytes:
    # ASCII escapes: a lone surrogate (valid in JSON text, not in UTF-8) can never make encoding fail.
    body = json.dumps(message, separators=(",", ":")).encode("utf-8")
    if len(body) > MAX_OUTGOING:
        raise ValueError(f"a reply of {len(body)} bytes is over the browser's {MAX_OUTGOING}-byte limit")
    return _HEADER.pack(len(body)) + body


def write_frame(stream: BinaryIO, message: dict) -> None:
    stream.write(encode_frame(message))
    stream.flush()
