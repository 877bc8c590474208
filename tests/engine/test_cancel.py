"""check(cancelled=…): the helper stops a check nobody waits for; a check that is never cancelled is unchanged."""

from __future__ import annotations

import pytest

from postcheck.api import default_engine
from postcheck.engine import CheckCancelled

TEXT = "Call Amal on +254 712 345 678 #WorldRefugeeDay #Migration #Refugees #Hope"


def test_a_cancelled_check_stops_before_its_rules():
    with pytest.raises(CheckCancelled, match="before rule 1"):
        default_engine().check(TEXT, "twitter", "post", cancelled=lambda: True)


def test_cancelled_after_the_first_finding_stops_there():
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # false before the first rule, true once a finding was made

    with pytest.raises(CheckCancelled, match=r"stopped in rule \d+ of \d+"):
        default_engine().check(TEXT, "twitter", "post", cancelled=cancelled)


def test_a_check_never_cancelled_gives_the_same_report():
    engine = default_engine()
    assert engine.check(TEXT, "twitter", "post", cancelled=lambda: False) == engine.check(TEXT, "twitter", "post")
