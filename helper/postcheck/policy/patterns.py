"""The one check that a policy's regular expressions compile, shared by every policy model that holds patterns."""

from __future__ import annotations

import re


def compiling(patterns: list[str], where: str = "") -> list[str]:
    """`patterns` unchanged when each compiles; ValueError naming the pattern (and `where`, e.g. a language) if not."""
    # The bundled policy's patterns are in the engine's table of patterns compiled ahead: found there, they compile.
    # Imported here, at validation, so that importing the policy models does not need the engine package.
    from postcheck.engine import regex_table

    for pattern in patterns:
        try:
            regex_table.compile(pattern)
        except re.error as exc:
            prefix = f"{where}: " if where else ""
            raise ValueError(f"{prefix}not a valid regular expression ({exc}): {pattern!r}") from None
    return patterns
