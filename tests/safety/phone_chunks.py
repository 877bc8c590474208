"""Random digit runs as safety.phone's parse receives them, for the speed shortcuts' equivalence tests
(test_speed_shortcuts.py, test_speed_phone.py): `REGIONS` to draw from and `random_chunk(rng, region)`."""

from __future__ import annotations

import random

import phonenumbers

# The policy's regions, regions with rich national prefix rules (AR, MX, BR, IT, JP, AU...), shared country codes
# (CA and the Caribbean on +1, the Channel Islands on +44) and a random sample of the others.
REGIONS = sorted({"CH", "PH", "CO", "US", "GB", "FR", "ES", "NG", "AF", "HT", "KE", "AR", "MX", "BR", "IT", "JP",
                  "AU", "CA", "AG", "JM", "GG", "JE", "RU", "KZ", "SD", "MK", "CU", "DE", "IN", "CN"}
                 | set(random.Random(11).sample(sorted(phonenumbers.SUPPORTED_REGIONS), 40)))


def random_chunk(rng: random.Random, region: str) -> str:
    """A run of digits as it reaches the parse: a prefix a caller may dial, grouped digits, one character each side."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    head = rng.choice(["", "", "0", "00", "011", str(meta.country_code), f"{meta.country_code}0",
                       meta.national_prefix or "", "1", "8"])
    example = phonenumbers.example_number_for_type(region, rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]))
    if example is not None and rng.random() < 0.5:
        body = str(example.national_number)
        body = body if rng.random() < 0.5 else body[:-1] + str(rng.randrange(10))
    else:
        body = "".join(str(rng.randrange(10)) for _ in range(rng.randrange(4, 14)))
    grouped = "".join((rng.choice(" -./()") if i and rng.random() < 0.3 else "") + d for i, d in enumerate(head + body))
    edge = [" ", " ", "(", ".", ",", "-", ")", "\n", "x", "#", "é", ""]
    return rng.choice(edge) + grouped + rng.choice(edge)
