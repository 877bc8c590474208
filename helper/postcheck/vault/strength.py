"""Password strength, offline, with zxcvbn (Dropbox's estimator; imported on first use, ~30 ms).
Security and Privacy: "Promote strong authentication"."""

from __future__ import annotations

# zxcvbn only looks at this many characters: a longer password is at least as strong as its prefix.
_MAX_CHARS = 100


def score(password: str) -> int:
    """zxcvbn's score: 0 (too guessable) to 4 (very unguessable)."""
    from zxcvbn import zxcvbn

    return int(zxcvbn(password[:_MAX_CHARS])["score"])


def describe(value: int | None, minimum: int) -> dict | None:
    """{"score": 0-4, "ok": score >= minimum} or None when no password is stored."""
    return None if value is None else {"score": value, "ok": value >= minimum}
