"""Regenerate helper/postcheck/data/regex_table.bin: the regular expressions of the bundled policy compiled ahead.

Usage: python scripts/generate_regex_table.py   (with the Python the helper runs on: the table holds that `re`'s code)
Starts from an empty table, so every pattern compiled while the engine is imported, the bundled policy loaded and
validated, the engine built and the TEXTS and every text of tests/fixtures/rules/ checked (patterns some rules build
at the first check that needs them) is a miss (postcheck.engine.regex_table.misses); compiles each with `re`, keeping the arguments `re` hands `_sre.compile`, and
writes them. tests/engine/test_regex_table.py fails when the table misses a pattern (default.toml or a rule changed)
or was written by another Python: rerun this script then.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from re import _compiler

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "helper" / "postcheck" / "data" / "regex_table.bin"
# Posts that reach the patterns rules compile at their first check rather than at build.
TEXTS = (
    "Call me on +93 70 123 4567",
    "Our team visits Marikina today to meet the 1,200 families displaced by the floods. Thank you to all the "
    "volunteers: #Floods #Philippines @IOMPhilippines https://example.org/report",
)


class _Recorder:
    """Stands in for the _sre module inside re._compiler: keeps the arguments of each compile."""

    def __init__(self, real) -> None:
        self.real = real
        self.last: tuple | None = None

    def __getattr__(self, name: str):
        return getattr(self.real, name)

    def compile(self, pattern, flags, code, groups, groupindex, indexgroup):  # noqa: A003 - _sre's name
        self.last = (flags, list(code), groups, dict(groupindex), tuple(indexgroup))
        return self.real.compile(pattern, flags, code, groups, groupindex, indexgroup)


def asked() -> set[tuple[str, int]]:
    """Every (pattern, flags) the engine asks regex_table for, starting from an empty table."""
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(b"")  # read as no table: every pattern misses
    sys.path.insert(0, str(REPO / "helper"))
    from postcheck.engine import Engine, regex_table
    from postcheck.policy import load_policy

    engine = Engine(load_policy())
    sys.path.insert(0, str(REPO))
    from tests.support.rule_fixtures import fixture_texts

    texts = [*TEXTS, *fixture_texts()]
    for text in texts:
        for platform in ("twitter", "facebook"):
            for kind in ("post", "reply"):
                engine.check(text, platform, kind)
    return set(regex_table.misses)


def main() -> None:
    keys = asked()
    from postcheck.engine import regex_table

    recorder = _Recorder(_compiler._sre)
    _compiler._sre = recorder
    arguments = {}
    try:
        for pattern, flags in sorted(keys):
            re.purge()
            re.compile(pattern, flags)
            arguments[pattern, flags] = recorder.last
    finally:
        _compiler._sre = recorder.real
    TARGET.write_bytes(regex_table.render(arguments))
    print(f"{len(arguments)} patterns written to {TARGET.relative_to(REPO)} ({TARGET.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
