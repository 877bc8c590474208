"""AnchoredSearch (a word list's pattern tried only where its phrases begin) answers as the pattern searched over the
stretch: the same first match and the same finditer matches, for every stretch of many random posts (fixed seed)
rich in the policy's phrases, cut words, stems, signs and pictographs."""

from __future__ import annotations

import random
import re

from postcheck.engine import twitter
from postcheck.engine.draft import Draft
from postcheck.engine.rules.safety._anchored_search import AnchoredSearch
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import alternation, union, word_pattern
from postcheck.policy import load_policy

from tests.safety.corpus import load

POLICY = load_policy()
READER = Reader(POLICY)
_PHONE = POLICY.safety.phone
_COORDINATES = POLICY.safety.coordinates
_VEHICLE = POLICY.safety.vehicle
LISTS = [_PHONE.public_lines, _PHONE.personal_cues, _PHONE.dial_cues, _PHONE.references, _COORDINATES.cues,
         _COORDINATES.natural_events, _VEHICLE.places, _VEHICLE.colours]
SEARCHES = [(AnchoredSearch(words), word_pattern(words)) for words in LISTS]
# A pattern that goes on after the phrase, as safety.phone's "his number is" right before the digits.
_OWN = re.compile(alternation(_PHONE.own_number) + r"\s*:?\s*$")
SEARCHES.append((AnchoredSearch(_PHONE.own_number, pattern=_OWN), _OWN))


def _phrases() -> list[str]:
    found = [phrase.replace("*", "s") for words in LISTS + [_PHONE.own_number] for phrase in union(words)]
    return found + [phrase.upper() for phrase in found[::7]]


PHRASES = _phrases()
GLUE = [" ", "  ", "\n", ". ", ", ", "-", "x", "é", "_", "①", "😀", "(", "0803 123 4567", "+93 70 123 4567", ": ", ""]


def _post(rng: random.Random, posts: list[str]) -> str:
    parts = []
    for _ in range(rng.randrange(1, 14)):
        pick = rng.random()
        if pick < 0.45:
            parts.append(rng.choice(PHRASES))
        elif pick < 0.6:
            words = rng.choice(posts).split()
            parts.append(" ".join(words[rng.randrange(len(words)):][:3]))
        else:
            parts.append(rng.choice(GLUE))
        if rng.random() < 0.3:  # glued to the next piece: phrases cut inside words
            continue
        parts.append(rng.choice([" ", " ", "\n", ", "]))
    return "".join(parts)


def test_the_same_matches_as_the_pattern_over_every_stretch() -> None:
    rng = random.Random(41)
    posts = [post.text for post in load()]
    texts = [_post(rng, posts) for _ in range(700)] + posts[::5]
    seen = 0
    for text in texts:
        draft = Draft(text, "twitter", "post", twitter.parse(text))
        reading = READER.read(draft)
        folded = reading.folded
        size = len(folded)
        stretches = [(0, size)] + [tuple(sorted((rng.randrange(size + 1), rng.randrange(size + 1))))
                                   for _ in range(12)] if size else [(0, 0)]
        for anchored, pattern in SEARCHES:
            for lo, hi in stretches:
                expected = pattern.search(folded, lo, hi)
                found = anchored.search(draft, reading, lo, hi)
                assert (found and found.span()) == (expected and expected.span()), (text, lo, hi, pattern.pattern[:40])
                assert [m.span() for m in anchored.finditer(draft, reading, lo, hi)] == [
                    m.span() for m in pattern.finditer(folded, lo, hi)], (text, lo, hi)
                seen += expected is not None
    assert seen > 2000  # the texts hold the phrases: most stretches have something to find


def test_a_word_cut_at_the_stretch_end_is_read_as_the_pattern_reads_it() -> None:
    text = "Please callback the hotline at once"
    draft = Draft(text, "twitter", "post", twitter.parse(text))
    reading = READER.read(draft)
    dial = AnchoredSearch(_PHONE.dial_cues)
    # "call" ends the stretch inside "callback": the pattern matches it there, and so does the search.
    assert dial.search(draft, reading, 0, text.index("back")).group() == "call"
    assert dial.search(draft, reading, 0, len(text)) is None
