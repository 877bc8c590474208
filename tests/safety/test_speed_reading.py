"""The shared Reading made with fewer steps reads every post as its definition says (issue 11, speed pass 3).

`folded` is made at once (no longer when first asked), `sentence_at` may be asked before `sentences`, the gate index
meets a post's words as one set intersection, `tokens` is new, and Draft.folded and fold take shorter paths: each is
checked against its plain definition on the labelled posts and on random texts (fixed seeds) that mix emoji,
enclosed digits, accents, figures of speech, sentence ends and line breaks.
"""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

from postcheck.engine import Engine, twitter
from postcheck.engine.draft import Draft
from postcheck.engine.fold import fold
from postcheck.engine.rules.safety import _words
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import Gate, word_pattern
from postcheck.policy import load_policy

from tests.safety.corpus import load

_POLICY = load_policy()
_READER = Reader(_POLICY)
_FIGURES = word_pattern(_POLICY.safety.figures_of_speech)
_FIGURES_GATE = Gate(_POLICY.safety.figures_of_speech)
# What Reading.folded blanked when it was made on first use (commit 566f7c2): pictographs, then figures of speech.
_PICTOGRAPH = re.compile("[\U0001F000-\U0001FAFF\u2300-\u23FF\u2460-\u27BF\u2B00-\u2BFF\uFE0F\u200D]")
_PIECES = ["I", "will", "be", "on", "leave", "from", "3", "to", "12", "May", "Évacuation", "à", "Zürich", "d’été",
           "🏝️", "🚗", "①", "②", "—", "…", "St.Mary", "05.30", "convoy", "convoys", "route", "Goma", "tomorrow",
           "home", "🇫🇷", "\u200d", "İstanbul", "ß", "_", "x_y", "café", "ñandú"]
_GLUE = [" ", " ", " ", "  ", ". ", "! ", "? ", "; ", "\n", "\n\n", ", ", ".", "", "...", " - "]


def _draft(text: str) -> Draft:
    return Draft(text, "twitter", "post", twitter.parse(text))


def _texts() -> list[str]:
    """The labelled posts, then random texts built from pieces and glue, some with a figure of speech."""
    rng = random.Random(17)
    figures = [w for ws in _POLICY.safety.figures_of_speech.values() for w in ws]
    posts = [post.text for post in load()]
    randoms = []
    for _ in range(3000):
        pieces = [rng.choice(_PIECES + figures[:40] if rng.random() < 0.3 else _PIECES)
                  for _ in range(rng.randint(0, 14))]
        randoms.append("".join(piece + rng.choice(_GLUE) for piece in pieces))
    return posts + randoms + ["", " ", "\n", ".", "a", "🏝️", "① ②", "word. ", "end.\n\nnext"]


_TEXTS = _texts()


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _folded_by_definition(lower: str, words: frozenset[str]) -> str:
    """Reading.folded as it was made on first use: the same steps, hence the same string object when none changes."""
    folded = _PICTOGRAPH.sub(" ", lower) if not lower.isascii() else lower
    plain = SimpleNamespace(words=words, lower=lower, joined_words="\x00" + "\x00".join(words) if words else "")
    return _FIGURES.sub(_blank, folded) if _FIGURES_GATE.open(plain) else folded


def test_folded_is_what_the_first_use_made() -> None:
    blanked = 0
    for text in _TEXTS:
        reading = _READER.read(_draft(text))
        assert reading.lower == fold(text)
        assert reading.words == frozenset(re.findall(r"\w+", reading.lower))
        expected = _folded_by_definition(reading.lower, reading.words)
        assert reading.folded == expected, text
        assert len(reading.folded) == len(text)
        # _anchors compares by identity to know that nothing was blanked
        assert (reading.folded is reading.lower) == (expected is reading.lower), text
        blanked += reading.folded != reading.lower
    assert blanked > 500  # the draw blanks often enough to mean something


def test_sentence_at_before_and_after_sentences() -> None:
    for text in _TEXTS[::3]:
        first, second = _READER.read(_draft(text)), Reader(_POLICY).read(_draft(text))
        second.sentences
        for offset in range(-1, len(text) + 2):
            assert first.sentence_at(offset) == second.sentence_at(offset), (text, offset)
        spans = first.sentences
        assert all(a < b for a, b in spans) and [a for a, _ in spans[1:]] == [b for _, b in spans[:-1]]
        assert (spans[0][0], spans[-1][1]) == (0, len(text)) if text else spans == ()


def test_tokens_are_the_words_of_folded_with_their_sentence() -> None:
    for text in _TEXTS:
        reading = _READER.read(_draft(text))
        spans = reading.sentences
        expected = tuple((m.group(), m.start(), next(i for i, (a, b) in enumerate(spans) if a <= m.start() < b))
                         for m in re.finditer(r"\w+", reading.folded))
        assert reading.tokens == expected, text
        assert reading.tokens is reading.tokens


def test_gate_bits_are_each_gates_own_words() -> None:
    Engine(_POLICY)  # every safety rule's gates in the index
    rng = random.Random(5)
    gates = list(_words._GATE_BITS.items())
    vocabulary = sorted(_words._WORD_GATES) + ["zzz", "convoys", "the", "a"]
    for _ in range(3000):
        words = frozenset(rng.sample(vocabulary, rng.randint(0, 30)))
        opened, below = _words.gates_opened(words)
        assert below == 1 << len(gates)
        for keys, bit in gates:
            assert bool(opened & bit) == (not keys.isdisjoint(words)), sorted(keys & words)


def test_draft_folded_is_made_once_and_is_fold() -> None:
    for text in _TEXTS[::7]:
        draft = _draft(text)
        assert draft.folded == fold(text)
        assert draft.folded is draft.folded
        if text.isascii():  # the short path: ASCII only lowers
            assert fold(text) == text.lower()
