"""safety.movement's word gates and clock-clue searches (issue 11, speed pass 4) say what the searches they
replace or skip would find.

Random texts (fixed seeds) are built from the policy's past phrases ([safety.when.past], with "in 19*" and
"remember*"), public events and movement phrases, cut, glued, re-cased and mixed with digits, signs, line breaks and
pictographs that are word characters; a Gate that says a text cannot hold its list must see that list's pattern
find nothing anywhere in it.
"""

from __future__ import annotations

import random
import re

import pytest

from postcheck.engine.rules.safety._words import WORD_MARK, Gate, alternation, union
from postcheck.engine.rules.safety.movement import _Words
from postcheck.policy import load_policy
from tests.safety import test_speed_movement as movement

POLICY = load_policy()
LISTS = {"past": POLICY.safety.when.past, "public events": POLICY.safety.movement.public_events,
         "stays": POLICY.safety.movement.stays}
NEAR_MISSES = ["1990", "19", "in", "en", "remembering", "rememb", "est", "arrive", "arrivee", "il y", "l'an",
               "lastly", "was_", "ago①", "yesterday🄂", "Hier", "AGO", "histor", "1989"]


def _text(rng: random.Random, phrases: list[str]) -> str:
    parts = []
    for _ in range(rng.randrange(0, 12)):
        pick = rng.random()
        if pick < 0.35:
            phrase = rng.choice(phrases).replace("*", rng.choice(["", "s", "90", "ing"]))
            if rng.random() < 0.3:  # cut short, or run on into a word
                phrase = phrase[:rng.randrange(1, len(phrase) + 1)] if rng.random() < 0.5 else phrase + "x"
            parts.append(phrase.upper() if rng.random() < 0.1 else phrase)
        elif pick < 0.6:
            parts.append(rng.choice(NEAR_MISSES))
        else:
            parts.append(movement._phrase(rng) if rng.random() < 0.5 else rng.choice(movement.OTHER))
    return "".join(part + rng.choice(movement.BETWEEN) for part in parts)


@pytest.mark.parametrize("name", sorted(LISTS))
@pytest.mark.parametrize("seed", range(3))
def test_a_shut_gate_means_the_lists_pattern_finds_nothing(name: str, seed: int) -> None:
    lexicon = LISTS[name]
    gate, pattern, phrases = Gate(lexicon), re.compile(alternation(lexicon)), union(lexicon)
    rng, shut, found = random.Random(300 + seed), 0, 0
    for _ in range(4000):
        _, reading = movement._read(_text(rng, phrases))
        words = reading.folded_words
        held = gate.open(_Words(words, WORD_MARK + WORD_MARK.join(words)))
        match = pattern.search(reading.folded)
        if not held:
            assert match is None, (name, reading.text)
            shut += 1
        found += match is not None
    assert shut > 400 and found > 400  # both sides drawn often enough to mean something


def test_the_gate_reads_stems_and_function_words() -> None:
    gate = Gate(["in 19*", "remember*", "il y a"])
    assert gate.open(_Words(frozenset({"in", "1990"}), WORD_MARK + WORD_MARK.join(["in", "1990"])))
    assert not gate.open(_Words(frozenset({"in", "2019"}), WORD_MARK + WORD_MARK.join(["in", "2019"])))
    assert gate.open(_Words(frozenset({"remembering"}), WORD_MARK + "remembering"))
    assert gate.open(_Words(frozenset({"il"}), WORD_MARK + "il"))
    assert not gate.open(_Words(frozenset({"y", "a"}), WORD_MARK + "y" + WORD_MARK + "a"))


def test_the_clock_clue_searches_say_what_the_two_plain_searches_said() -> None:
    from postcheck.engine.rules.safety.movement import _clockish

    plain = (re.compile(r"\d(?:[:h.]\d\d|\s?(?:am|pm|a\.m|p\.m|h|hrs)\b)"),
             re.compile(r"(?:las|around|about|by|at|vers)\s+\d"))
    pieces = ["7", "30", "0", ":", "h", "hrs", "hr", "am", "pm", "a.m", "p.m", "a.", "m", ".", " ", "  ", "\n", "\t",
              "las", "around", "about", "by", "at", "vers", "that", "x", "é", "_", "①", "12", "5h30", "6 am", "a las 6"]
    rng, said = random.Random(11), 0
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9)))
        expected = any(pattern.search(text) is not None for pattern in plain)
        assert _clockish(text) == expected, text
        said += expected
    assert 5000 < said < 25000  # both answers drawn often
