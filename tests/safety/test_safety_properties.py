"""Whatever the text, the safety rules answer without error and underline only text that is there."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from postcheck.engine import Engine
from postcheck.engine.offsets import utf16_len
from postcheck.policy import load_policy

ENGINE = Engine(load_policy())
# Text made of the pieces the rules look for, glued by arbitrary characters (emoji included: UTF-16 offsets).
PIECES = st.sampled_from([
    "convoy", " leaves ", "05:30", " via ", "road", "demain", " à 6h", "+93 70 123 4567", "0917 123 4567", "@",
    "maria@gmail.com", "34.52813, 69.17233", "34°31'41\"N", "password: ", "X9y8z7", "born ", "12/03/1988",
    "née le 3 mars 1990", "on leave until ", "14 Rue des Acacias", "I live at ", "white Land Cruiser parked",
    "plate KBL 4521", "our driver Ahmad Noori lives in", "🇺🇳", "😀", "é", "\n", ". ", ", ",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=20).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_findings_lie_inside_the_text(text: str) -> None:
    length = utf16_len(text)
    for finding in ENGINE.check(text).findings:
        if finding.rule.startswith("safety."):
            assert 0 <= finding.start < finding.end <= length, finding
            assert finding.message and finding.guideline
