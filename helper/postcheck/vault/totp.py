"""The shared account's current 2FA code (RFC 6238 TOTP, 6 digits every 30 s) from its seed, with pyotp
(imported on first use, ~20 ms), so the code is shown to whoever may see it instead of passing a phone around."""

from __future__ import annotations

import base64
import binascii
import math
import re
from datetime import datetime

from postcheck.vault.errors import InvalidValue

_SPACES = re.compile(r"[\s-]+")
MIN_SEED_BITS = 80


def normalise_seed(seed: str) -> str:
    """The base32 seed as platforms show it ("JBSW Y3DP EHPK 3PXP", any case) in canonical form; InvalidValue if it
    is not base32 of at least 80 bits (RFC 4226 asks for 128, some platforms give 80)."""
    canonical = _SPACES.sub("", seed).upper().rstrip("=")
    try:
        raw = base64.b32decode(canonical + "=" * (-len(canonical) % 8))
    except (binascii.Error, ValueError):
        raise InvalidValue("totp_seed: not a base32 TOTP seed (letters A-Z and digits 2-7, as the platform's "
                           "'can't scan the QR code?' link shows it)") from None
    if len(raw) * 8 < MIN_SEED_BITS:
        raise InvalidValue(f"totp_seed: {len(raw) * 8} bits is too short for a TOTP seed (at least {MIN_SEED_BITS})")
    return canonical


def current_code(seed: str, now: datetime) -> dict:
    """{"code": "492039", "valid_for": seconds left, "period": 30} at `now`."""
    import pyotp

    class PlatformTOTP(pyotp.TOTP):
        # pyotp asks 112 bits (NIST SP 800-63B-4) of the seeds it makes; we read seeds the platforms made, and
        # some give 80 bits (16 base32 characters). normalise_seed() refused anything shorter when it was stored.
        min_secret_length_bits = MIN_SEED_BITS

    totp = PlatformTOTP(seed)
    at = now.timestamp()
    # Whole seconds left, rounded up: 0.5 s left is "1", never "0" (a code shown as valid for 0 s).
    return {"code": totp.at(now), "valid_for": math.ceil(totp.interval - at % totp.interval),
            "period": totp.interval}
