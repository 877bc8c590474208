"""Our twitter-text against the JavaScript library itself, run by Node on thousands of generated texts.

The conformance suite has a few hundred hand-written cases; this mixes URLs, signs, scripts, bidi marks and emoji,
among them every emoji the `emoji` package lists (all of Emoji 15.1 to 17 included, which x.com does not count as one
emoji). The x.com oracle (twitter-text 3.1.0 + @twemoji/parser 15.0) must agree on everything: entities, weighted
length and where the 280 budget runs out. The official 3.1.0 must agree on entities, and on lengths of texts without
emoji (its emoji data is Emoji 11's). Needs both oracles installed: see tests/engine/js_oracle.py.
"""

from __future__ import annotations

import random
import unicodedata

from emoji import EMOJI_DATA
from postcheck.engine import twitter
from postcheck.engine.offsets import Utf16Map
from postcheck.engine.twitter import urls

from tests.engine import js_oracle

PLAIN = [
    "http://", "https://", "HTTP://", "t.co/", "www.", "iom", ".int", ".com", ".co.jp", "example", "-", "_", ".", "/",
    "a", "1", "?", "=", "&", "(", ")", " ", "\n", "日本", "。", "é", "e\u0301", "@", "＠", "#", "＃", "$", ":", "8080",
    "xn--", "みんな", ".پاکستان", "'", "!", ",", "~", "+", "RT", "rt:", "user_1", "/list-x", "tag", "ñ", "ä", "Ω", "ш",
    "x" * 30, "\u202a", "\u2066", "\ufffe", "\u200d", "#️", "♾",
]
EMOJI_PARTS = ["😷", "👨‍👩‍👧‍👦", "✌", "🏿", "❤️", "1️⃣", "🇺🇳", "©", "\ufe0f", "\ufe0e", "\u20e3", "❤‍🔥", "👁️‍🗨️", "♾️"]
NEWER = sorted(e for e, data in EMOJI_DATA.items() if data["E"] >= 15.1)  # Emoji 15.1 on: one emoji nowhere on X
SHORT, LONG, PLAIN_ONLY = 2500, 700, 800  # long ones (often over 280) exercise where the weight budget runs out


def _texts(chooser: random.Random) -> list[str]:
    def fragment(emoji_share: float) -> str:
        if chooser.random() >= emoji_share:
            return chooser.choice(PLAIN)
        return chooser.choice(NEWER) if chooser.random() < 0.5 else chooser.choice(EMOJI_PARTS)

    short = ["".join(fragment(0.3) for _ in range(chooser.randint(1, 20))) for _ in range(SHORT)]
    long = ["".join(fragment(0.3) for _ in range(chooser.randint(70, 140))) for _ in range(LONG)]
    return short + long


def _every_emoji(chooser: random.Random) -> list[str]:
    """Each emoji alone, each without its U+FE0F, and runs of them long enough to put the budget inside a sequence."""
    every = sorted(EMOJI_DATA)
    alone = every + sorted({e.replace("\ufe0f", "") for e in every} - set(every))
    newer = list(NEWER)
    chooser.shuffle(newer)
    runs = ["x" * chooser.randint(0, 9) + "".join(newer[i:i + 60]) for i in range(0, len(newer), 20)]
    return alone + [f"a {e}." for e in NEWER] + runs


def _ours(text: str) -> dict:
    to16 = Utf16Map(text)
    parsed = twitter.parse(text)
    return {
        "urls": [[u.text, to16(u.start), to16(u.end)] for u in urls.extract(text)],
        "mentions": [[s.text, to16(s.start), to16(s.end)] for s in parsed.mentions],
        "hashtags": [[s.text, to16(s.start), to16(s.end)] for s in parsed.hashtags],
        "weightedLength": parsed.weighted_length,
        "validRangeEnd": to16(twitter.offset_at_weight(text, 280, parsed)) - 1,
    }


def _without_overlaps(groups: list[list]) -> list[list]:
    """twitter-text's extractEntitiesWithIndices order: earliest start wins; URLs, then mentions, then hashtags."""
    kept: list[list] = [[] for _ in groups]
    reached = 0
    for start, kind, entity in sorted((e[1], kind, e) for kind, group in enumerate(groups) for e in group):
        if start >= reached:
            kept[kind].append(entity)
            reached = entity[2]
    return kept


def _differences(texts: list[str], theirs_all: list[dict], keys: tuple[str, ...]) -> list[str]:
    wrong: list[str] = []
    for text, theirs in zip(texts, theirs_all, strict=True):
        ours = _ours(text)
        theirs = dict(theirs)
        theirs["mentions"], theirs["hashtags"] = _without_overlaps(
            [theirs["urls"], theirs["mentions"], theirs["hashtags"]])[1:]
        # validRangeEnd also stops at invalid characters (U+FFFE…), which offset_at_weight leaves to others; and on
        # text that NFC changes it shifts by the whole length change, even for characters after the overflow, where
        # we map back exactly (test_twitter_weights.py). Under the budget it is the last index either way.
        compared = [key for key in keys if key != "validRangeEnd" or (
            theirs["weightedLength"] > 280 and "\ufffe" not in text and unicodedata.is_normalized("NFC", text))]
        wrong.extend(f"{key} of {text!r}: ours {ours[key]}, theirs {theirs[key]}"
                     for key in compared if ours[key] != theirs[key])
    return wrong


def test_we_agree_with_x_com_on_generated_texts_and_every_emoji() -> None:
    chooser = random.Random(20240620)  # fixed: the same texts on every run, so a failure can be replayed
    texts = _texts(chooser) + _every_emoji(chooser)
    assert {15.1, 16, 17} <= {EMOJI_DATA[e]["E"] for e in NEWER}, "the emoji package lacks Emoji 15.1-17: upgrade it"
    assert sum(twitter.weighted_length(text) > 280 for text in texts) > 500
    wrong = _differences(texts, js_oracle.run(js_oracle.X_COM, texts), (
        "urls", "mentions", "hashtags", "weightedLength", "validRangeEnd"))
    assert not wrong, f"{len(wrong)} differences in {len(texts)} texts, e.g.:\n" + "\n".join(wrong[:10])


def test_we_agree_with_the_official_library_but_on_emoji() -> None:
    chooser = random.Random(20240621)
    texts = _texts(chooser)
    entities = _differences(texts, js_oracle.run(js_oracle.OFFICIAL, texts), ("urls", "mentions", "hashtags"))
    plain = ["".join(chooser.choice(PLAIN) for _ in range(chooser.randint(1, 140))) for _ in range(PLAIN_ONLY)]
    lengths = _differences(plain, js_oracle.run(js_oracle.OFFICIAL, plain), ("weightedLength", "validRangeEnd"))
    wrong = entities + lengths
    assert not wrong, f"{len(wrong)} differences, e.g.:\n" + "\n".join(wrong[:10])


def test_the_two_oracles_differ_where_x_com_knows_newer_emoji() -> None:
    """The override is in force: twemoji 15.0 makes ❤️‍🔥 (Emoji 13.1) one emoji; the published 3.1.0 does not."""
    x_com, official = (js_oracle.run(folder, ["❤️‍🔥", "😷"]) for folder in (js_oracle.X_COM, js_oracle.OFFICIAL))
    assert [r["weightedLength"] for r in x_com] == [2, 2]
    assert [r["weightedLength"] for r in official] == [5, 2]
