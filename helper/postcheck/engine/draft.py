"""What every rule receives: the text, where it will be published, and its entities parsed once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Protocol, TypeVar

from postcheck.engine.fold import fold
from postcheck.engine.twitter import Parsed

T = TypeVar("T")
_MISSING = object()


@dataclass(frozen=True, slots=True)
class Draft:
    text: str
    platform: str
    kind: str
    parsed: Parsed
    # For a reply: the name of the person it answers, when the box knows it (Facebook's "Reply to Maria Lopez"); a
    # reply that opens with it starts with the site's pre-filled mention of that person.
    addressee: str | None = None
    # Work that several rules need from this one draft, done at most once per check (see shared()).
    _shared: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    def shared(self, key: Any, make: Callable[[], T]) -> T:
        """make() for this draft, run once per check whichever rule asks first; `key` names the work."""
        value = self._shared.get(key, _MISSING)
        if value is _MISSING:
            value = self._shared[key] = make()
        return value

    @property
    def folded(self) -> str:
        """The text lower-cased without accents (and ’ as '), offset for offset: what word lists are matched on."""
        # Asked by many rules per check: one dict look-up once made (no closure, no call to shared())
        folded = self._shared.get("folded")
        if folded is None:
            folded = self._shared["folded"] = fold(self.text)
        return folded


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
