"""What every rule receives: the text, where it will be published, and its entities parsed once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Protocol

from postcheck.engine.twitter import Parsed


@dataclass(frozen=True, slots=True)
class Draft:
    text: str
    platform: str
    kind: str
    parsed: Parsed
    # Lower-cased text, computed once for the many rules that match words case-insensitively.
    lower: str = field(default="")


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule's finding in code-point offsets; the engine adds id, guideline and converts to UTF-16."""

    start: int
    end: int
    message: str
    suggestion: str | None = None
    severity: str | None = None  # only when a rule reports at more than one level


class Checker(Protocol):
    def __call__(self, draft: Draft) -> Iterable[Hit]: ...
