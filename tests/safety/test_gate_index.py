"""Gates read from one index of every gate's words (_words.gates_opened, made once per Reading): each gate opens
exactly when its own words meet the post's, whatever was built before or after the reading."""

from __future__ import annotations

from types import SimpleNamespace

from postcheck.engine import Engine, twitter
from postcheck.engine.draft import Draft
from postcheck.engine.rules.safety import _words
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import Gate
from postcheck.policy import load_policy

from tests.safety.corpus import load


def _plain(reading) -> SimpleNamespace:
    """The same post without the index: the gate tests its own set of words."""
    return SimpleNamespace(words=reading.words, lower=reading.lower, joined_words=reading.joined_words)


def test_every_gate_of_the_rules_answers_as_its_own_words_say() -> None:
    policy = load_policy()
    Engine(policy)  # builds every safety rule, hence all their gates
    reader = Reader(policy)
    gates = [Gate(words) for words in (["convoy*", "road to"], ["leave", "on leave"], ["%"], [])]
    lists = [policy.safety.figures_of_speech, policy.safety.absence.triggers, *policy.safety.absence.clues.away.values()]
    gates += [Gate(words) for words in lists]
    opened = 0
    for post in load():
        reading = reader.read(Draft(post.text, "twitter", "post", twitter.parse(post.text)))
        for gate in gates:
            answer = gate.open(reading)
            assert answer == gate.open(_plain(reading)), (post.text, gate._keys)
            opened += answer
    assert opened > 100


def test_a_gate_made_after_the_reading_tests_its_own_words() -> None:
    policy = load_policy()
    text = "Zorblax wibbleton on the quux"
    reading = Reader(policy).read(Draft(text, "twitter", "post", twitter.parse(text)))
    late = Gate([f"wibbleton{len(_words._GATE_BITS)}", "zorblax"])  # a set of words no gate had: a new bit
    assert late._bit >= reading.gates_below
    assert late.open(reading)
    assert not Gate(["quuxes"]).open(reading)


def test_the_same_words_share_one_bit() -> None:
    assert Gate(["alpha", "beta gamma"])._bit == Gate(["beta gamma", "alpha"])._bit
