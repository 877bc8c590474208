"""Random posts for the equivalence tests of safety.absence's speed shortcuts (test_speed_absence*.py): drawn from
the words the absence reading and patterns look for, glued as posts are, plus the labelled corpus and crisis tweets."""

from __future__ import annotations

import random
from pathlib import Path

from postcheck.engine.rules.safety._match_words import whole_words
from postcheck.engine.rules.safety._words import union

from tests.safety.corpus import load

CRISIS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "crisislex-t26-tweets.txt"
GLUE = [" ", " ", " ", " ", "", ". ", "! ", "\n", ", ", " - ", ": ", ";", "①"]
_CLUE_KINDS = ("away", "away_with_span", "away_with_someone", "headlines", "empty", "closed", "someone", "homes",
               "spans", "silencers", "first_person")


def absence_words(policy) -> list[str]:
    """The triggers, every clue list's phrases and the whole words of the patterns, in that order."""
    clues = policy.safety.absence.clues
    words = list(union(policy.safety.absence.triggers))
    for kind in _CLUE_KINDS:
        words += union(getattr(clues, kind))
    for sets in (whole_words(p) for ps in policy.safety.absence.patterns.values() for p in ps):
        words += [word for strings in sets for word in strings]
    return words


def drawn_posts(words: list[str], *, seed: int, count: int, as_drawn: float) -> list[str]:
    """`count` posts of 1-21 of `words` each, glued by GLUE, the share `as_drawn` left as drawn and the others
    capitalised; then the labelled corpus and the first 1,500 crisis tweets."""
    rng = random.Random(seed)
    drawn = []
    for _ in range(count):
        pieces = [rng.choice(words) for _ in range(rng.randrange(1, 22))]
        text = "".join(piece + rng.choice(GLUE) for piece in pieces)
        drawn.append(text if rng.random() < as_drawn else text.capitalize())
    tweets = CRISIS.read_text(encoding="utf-8").splitlines()[:1500]
    return [*drawn, *(post.text for post in load()), *tweets]
