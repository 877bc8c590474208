"""The current 2FA code's countdown: whole seconds left in (0, period], never 0 at the end of a period."""

from __future__ import annotations

from datetime import datetime, timezone

from postcheck.vault.totp import current_code

SEED = "JBSWY3DPEHPK3PXP"


def at(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=timezone.utc)


def test_seconds_left_round_up_and_stay_within_the_period():
    start = 1_790_000_010.0  # a period boundary (a multiple of 30)
    assert current_code(SEED, at(start))["valid_for"] == 30
    assert current_code(SEED, at(start + 29.5))["valid_for"] == 1  # was 0: "valid for 0 s"
    assert current_code(SEED, at(start + 0.2))["valid_for"] == 30
    codes = {current_code(SEED, at(start + s))["code"] for s in (0, 10, 29.9)}
    assert len(codes) == 1 and current_code(SEED, at(start + 30))["code"] not in codes
