"""The top-level domains twitter-text recognises in URLs, read from the packaged tlds.txt (scripts/generate_tlds.py)."""

from __future__ import annotations

from importlib import resources

DATA_FILE = "tlds.txt"


def load() -> dict[str, tuple[str, ...]]:
    """Sections of tlds.txt ("country", "generic") to their lower-case TLDs."""
    text = resources.files(__package__).joinpath(DATA_FILE).read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is None:
            raise ValueError(f"{DATA_FILE} line {number}: {line!r} comes before any [section]")
        else:
            current.append(line)
    return {name: tuple(items) for name, items in sections.items()}

