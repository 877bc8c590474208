"""The shared Reading's shortcuts of speed pass 4 read every post as their plain definitions say (issue 11).

A post's words come from str.split of its text encoded to ASCII word bytes when no word character lies outside
ASCII; the figures of speech are blanked only when a phrase's whole words are all in the post; the sentences are made
from a list of ends. Each is checked against its definition on the labelled posts, the crisis tweets and random texts
(fixed seed) that mix accents, letters outside ASCII, emoji, enclosed digits, figures of speech and sentence ends.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from postcheck.engine import twitter
from postcheck.engine.draft import Draft
from postcheck.engine.fold import fold
from postcheck.engine.rules.safety import _reader
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import Gate, Phrases, word_pattern
from postcheck.policy import load_policy

from tests.safety.corpus import load

_POLICY = load_policy()
_FIGURES = word_pattern(_POLICY.safety.figures_of_speech)
_GATE = Gate(_POLICY.safety.figures_of_speech)
_TWEETS = Path("/work/shared/corpora/crisislex-t26-tweets.txt")
_PIECES = ["I", "will", "be", "on", "leave", "Évacuation", "œuvre", "łódź", "º", "ß", "Straße", "ฒท", "أتو", "①",
           "team①spirit", "❶", "🏝️", "🚗", "—", "…", "’", "St.Mary", "05.30", "24/7", "24", "7", "x_y", "_", "café",
           "İstanbul", "ΑΣ", "\u200d", "\ufe0f", "\ud800", "12", "road", "to", "recovery", "centres", "d'évacuation"]
_GLUE = [" ", "  ", ". ", "! ", "? ", "; ", "\n", "\n\n", ", ", ".", "", "...", " - ", "/", "'"]


def _texts() -> list[str]:
    rng = random.Random(41)
    figures = [w for ws in _POLICY.safety.figures_of_speech.values() for w in ws]
    tweets = _TWEETS.read_text(encoding="utf-8").splitlines()[:1000] if _TWEETS.exists() else []
    randoms = []
    for _ in range(4000):
        pool = _PIECES + figures if rng.random() < 0.4 else _PIECES
        randoms.append("".join(rng.choice(pool) + rng.choice(_GLUE) for _ in range(rng.randint(0, 16))))
    return [post.text for post in load()] + tweets + randoms + ["", " ", "\n", ".", "a", "é", "🏝️", "① ②", "end.\n"]


_TEXTS = _texts()


def test_words_are_the_words_of_the_folded_text() -> None:
    outside = 0
    for text in _TEXTS:
        lower = fold(text)
        ascii_words = _reader._NON_ASCII_WORD.search(lower) is None
        assert ascii_words == (lower.isascii() or not any(re.match(r"\w", c) for c in lower if not c.isascii())), text
        expected = frozenset(re.findall(r"\w+", lower))
        assert _reader._words_of(lower, ascii_words) == expected == _reader._words_of(lower, False), text
        outside += not ascii_words
    assert outside > 300  # the draw takes the slow path often enough to mean something


def test_figures_are_blanked_where_their_pattern_matches() -> None:
    phrases, skipped = Phrases(_POLICY.safety.figures_of_speech), 0
    for text in _TEXTS:
        reading = Reader(_POLICY).read(Draft(text, "twitter", "post", twitter.parse(text)))
        lower = reading.lower
        blanked = lower if lower.isascii() else _reader._PICTOGRAPH.sub(" ", lower)
        if _GATE.open(reading):
            if reading.words_hold_folded and not phrases.may_occur(reading.words):
                skipped += 1
                assert _FIGURES.search(blanked) is None, text  # the shortcut left out no match
            blanked = _FIGURES.sub(lambda m: " " * len(m.group()), blanked)
        assert reading.folded == blanked, text
    assert skipped > 200


def test_words_hold_folded_says_whether_blanking_cut_a_word() -> None:
    reader, cut = Reader(_POLICY), 0
    for text in _TEXTS:
        reading = reader.read(Draft(text, "twitter", "post", twitter.parse(text)))
        holds = frozenset(re.findall(r"\w+", reading.folded)) <= reading.words
        if reading.words_hold_folded:
            assert holds, text
        cut += not holds
    assert cut > 20  # "team①spirit" and the like: blanking cuts words often enough in the draw


def test_sentences_run_end_to_end_at_each_end_of_sentence() -> None:
    for text in _TEXTS:
        folded = fold(text)
        starts, spans = _reader._sentences(folded)
        expected, start = [], 0
        for match in _reader._SENTENCE_END.finditer(folded):
            expected.append((start, match.end()))
            start = match.end()
        if start < len(folded):
            expected.append((start, len(folded)))
        assert spans == tuple(expected) and starts == [s for s, _ in expected], text


def test_characters_outside_ascii_give_the_words_kind_and_the_blanking() -> None:
    for text in _TEXTS:
        lower = fold(text)
        if lower.isascii():
            continue
        ascii_words, blanked = _reader._outside_ascii(lower)
        assert ascii_words == (_reader._NON_ASCII_WORD.search(lower) is None), text
        expected = _reader._PICTOGRAPH.sub(" ", lower)
        assert blanked == expected and (blanked is lower) == (expected is lower), text


def test_many_distinct_pictographs_are_blanked_as_the_pattern_does() -> None:
    lower = fold("".join(chr(code) + " a" for code in range(0x1F300, 0x1F300 + 200)) + " œ ①")
    ascii_words, blanked = _reader._outside_ascii(lower)
    assert not ascii_words and blanked == _reader._PICTOGRAPH.sub(" ", lower)
