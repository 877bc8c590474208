"""Numbers said in words are read as the digits they say (safety.phone, `_spoken.py`)."""

from __future__ import annotations

import pytest
from postcheck.engine.fold import fold
from postcheck.engine.rules.safety._spoken import Spoken
from postcheck.policy import load_policy


@pytest.fixture(scope="module")
def spoken() -> Spoken:
    policy = load_policy()
    return Spoken(policy.safety.phone.spoken_numbers, policy.safety.phone.min_digits)


@pytest.mark.parametrize(("said", "digits"), [
    ("oh-six-nine, one two three, four five six", "069123456"),
    ("zéro-sept, quarante-deux, dix-huit, cinquante-trois, zéro-neuf", "0742185309"),
    ("cero cuatro uno cuatro, siete siete dos, cero nueve ocho uno", "04147720981"),
    ("soixante-douze, quatre-vingt-dix, quatre-vingts, dix-sept", "72908017"),
    ("vingt trois", "23"),
])
def test_digits_said(spoken: Spoken, said: str, digits: str) -> None:
    assert spoken.digits(fold(said)) == digits
