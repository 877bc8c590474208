"""Regular expressions compiled ahead of time: what `re` makes of the bundled policy's patterns, read from a table
instead of parsed again at every start (as Python reads bytecode instead of compiling its sources).

`re` parses and compiles a pattern in pure Python: ~2 µs per character, ~110 ms for the ~300 patterns the rules and
the policy's validation compile at start-up. What it hands its C engine (`_sre.compile`) is a list of integers;
scripts/generate_regex_table.py records those arguments for every pattern the engine asked for, and `compile()`
passes them straight to `_sre.compile`. The result is the same object: a `re.Pattern` equal (==, which compares the
code) to `re.compile(pattern, flags)`, checked by tests/engine/test_regex_table.py for every entry.

A pattern the table does not hold (a workstation's override changed a word list; the table is older than
default.toml) and a table written by another Python (another `re` compiler) fall back to `re.compile`: slower,
never different. Such patterns are listed in `misses`, which the test checks is empty for the bundled policy.
"""

from __future__ import annotations

import marshal
import re
import sys
import zlib
from array import array
from pathlib import Path

import _sre  # re's C engine; re._compiler calls _sre.compile with the same arguments

TABLE = Path(__file__).resolve().parents[1] / "data" / "regex_table.bin"
# Which `re` wrote the table: its code is only valid for the same compiler and engine.
STAMP = f"postcheck-regex-table 1 {sys.version.split()[0]} {_sre.MAGIC} {_sre.CODESIZE}".encode()
_CODE_TYPE = next(kind for kind in "ILQ" if array(kind).itemsize == _sre.CODESIZE)

# (pattern, flags) asked for and not found in the table, since the process started.
misses: set[tuple[str, int]] = set()
_entries: dict | None = None


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - the same call as re.compile
    """`re.compile(pattern, flags)`, from the table when it holds the pattern. Raises re.error as re.compile does
    (a pattern that does not compile is never in the table)."""
    global _entries
    if _entries is None:
        _entries = read(TABLE)
    key = (pattern, int(flags))
    entry = _entries.get(key)
    if entry is None:
        misses.add(key)
        return re.compile(pattern, flags)
    final_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final_flags, array(_CODE_TYPE, zlib.decompress(code)).tolist(), groups,
                        groupindex, indexgroup)


def read(path: Path) -> dict:
    """The table at `path` as {(pattern, flags): (flags, zlib'd code, groups, groupindex, indexgroup)}; empty when
    the file is missing, unreadable or written by another Python."""
    try:
        stamp, _, body = path.read_bytes().partition(b"\n")
        return marshal.loads(body) if stamp == STAMP else {}
    except (OSError, EOFError, ValueError, TypeError):
        return {}


def render(arguments: dict[tuple[str, int], tuple]) -> bytes:
    """The table file for {(pattern, flags): the arguments re gave _sre.compile (pattern excluded)}."""
    packed = {
        key: (final_flags, zlib.compress(array(_CODE_TYPE, code).tobytes(), 9), groups, dict(groupindex),
              tuple(indexgroup))
        for key, (final_flags, code, groups, groupindex, indexgroup) in sorted(arguments.items())
    }
    return STAMP + b"\n" + marshal.dumps(packed)
