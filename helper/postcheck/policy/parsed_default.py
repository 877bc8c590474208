"""default.toml parsed ahead: tomllib's dict of the bundled policy, kept beside its text in data/default_policy.marshal,
read in ~1 ms instead of parsed in ~16 ms at every start. Used only while the kept text is default.toml's text to the
character; otherwise (default.toml edited since scripts/generate_parsed_default.py ran) the caller parses it.
tests/policy/test_parsed_default.py fails while the kept copy is stale."""

from __future__ import annotations

import marshal
from pathlib import Path
from typing import Any

KEPT = Path(__file__).resolve().parents[1] / "data" / "default_policy.marshal"


def parsed(text: str, kept: Path = KEPT) -> dict[str, Any] | None:
    """tomllib.loads(text) as kept at `kept`, a new dict at each call; None when `kept` holds another text or is
    missing or damaged."""
    try:
        source, tables = marshal.loads(kept.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return tables if source == text and isinstance(tables, dict) else None


def render(text: str, tables: dict[str, Any]) -> bytes:
    """The kept file for `text` and its parse. Raises ValueError for a value marshal cannot keep (a TOML date)."""
    return marshal.dumps((text, tables))
