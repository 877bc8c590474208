"""phonenumbers loads only when a post holds enough digits to be a phone number, never at engine start."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from postcheck.engine import Engine
from postcheck.policy import load_policy
engine = Engine(load_policy())
engine.check("Convoy leaves Kabul at 05:30 via the Jalalabad road, 12 trucks")
print("phonenumbers" in sys.modules)
engine.check("Call me on +93 70 123 4567")
print("phonenumbers" in sys.modules)
"""


def test_phonenumbers_is_imported_on_the_first_candidate_number_only() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
