"""Our twitter-text against the official JavaScript library itself (twitter-text 3.1.0 run by Node), on many texts.

The conformance suite has a few hundred hand-written cases; this compares thousands of generated ones mixing URLs,
signs, scripts, bidi marks and emoji. Only emoji the official Emoji 11-12 data knows are used: beyond those we count
newer sequences as one emoji on purpose (tests/engine/test_twitter_weights.py). Needs the pinned library:
npm ci --prefix tests/engine/twitter_text_js
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from postcheck.engine import twitter
from postcheck.engine.offsets import Utf16Map
from postcheck.engine.twitter import urls

ORACLE = Path(__file__).resolve().parent / "twitter_text_js"
FRAGMENTS = [
    "http://", "https://", "HTTP://", "t.co/", "www.", "iom", ".int", ".com", ".co.jp", "example", "-", "_", ".", "/",
    "a", "1", "?", "=", "&", "(", ")", " ", "\n", "日本", "。", "é", "e\u0301", "@", "＠", "#", "＃", "$", ":", "8080",
    "xn--", "みんな", ".پاکستان", "'", "!", ",", "~", "+", "RT", "rt:", "user_1", "/list-x", "tag", "ñ", "ä", "Ω", "ш",
    "x" * 30, "\u202a", "\u2066", "\ufffe", "😷", "👨‍👩‍👧‍👦", "✌", "🏿", "❤️", "1️⃣", "🇺🇳", "©", "\u200d",
]
SHORT, LONG = 2500, 700  # long ones (often over 280) exercise where the weight budget runs out


def _texts() -> list[str]:
    chooser = random.Random(20240620)  # fixed: the same texts on every run, so a failure can be replayed
    short = ["".join(chooser.choice(FRAGMENTS) for _ in range(chooser.randint(1, 20))) for _ in range(SHORT)]
    composed = [fragment for fragment in FRAGMENTS if unicodedata.is_normalized("NFC", fragment)]
    long = ["".join(chooser.choice(composed) for _ in range(chooser.randint(70, 140))) for _ in range(LONG)]
    return short + long


def _official(texts: list[str]) -> list[dict]:
    node = shutil.which("node")
    if node is None or not (ORACLE / "node_modules" / "twitter-text").is_dir():
        pytest.fail("the official twitter-text is not installed: run `npm ci --prefix tests/engine/twitter_text_js` "
                    "(needs Node.js)")
    stdin = "".join(json.dumps(text) + "\n" for text in texts)
    done = subprocess.run([node, str(ORACLE / "oracle.js")], input=stdin, capture_output=True, text=True,
                          check=True, timeout=120)
    return [json.loads(line) for line in done.stdout.splitlines()]


def _without_overlaps(groups: list[list]) -> list[list]:
    """twitter-text's extractEntitiesWithIndices order: earliest start wins; URLs, then mentions, then hashtags."""
    kept: list[list] = [[] for _ in groups]
    reached = 0
    for start, kind, entity in sorted((e[1], kind, e) for kind, group in enumerate(groups) for e in group):
        if start >= reached:
            kept[kind].append(entity)
            reached = entity[2]
    return kept


def test_we_agree_with_the_official_library() -> None:
    texts = _texts()
    wrong: list[str] = []
    for text, official in zip(texts, _official(texts), strict=True):
        to16 = Utf16Map(text)
        parsed = twitter.parse(text)
        mentions, hashtags = _without_overlaps([official["urls"], official["mentions"], official["hashtags"]])[1:]
        ours = {
            "urls": [[u.text, to16(u.start), to16(u.end)] for u in urls.extract(text)],
            "mentions": [[s.text, to16(s.start), to16(s.end)] for s in parsed.mentions],
            "hashtags": [[s.text, to16(s.start), to16(s.end)] for s in parsed.hashtags],
            "weightedLength": parsed.weighted_length,
        }
        theirs = {"urls": official["urls"], "mentions": mentions, "hashtags": hashtags,
                  "weightedLength": official["weightedLength"]}
        # validRangeEnd also stops at invalid characters (U+FFFE…), which offset_at_weight leaves to others; and on
        # text that NFC changes it shifts by the whole length change, even for characters after the overflow, where
        # we map back exactly (test_twitter_weights.py).
        if official["weightedLength"] > 280 and "\ufffe" not in text and unicodedata.is_normalized("NFC", text):
            ours["validRangeEnd"] = to16(twitter.offset_at_weight(text, 280)) - 1
            theirs["validRangeEnd"] = official["validRangeEnd"]
        wrong.extend(f"{key} of {text!r}: ours {ours[key]}, official {theirs[key]}"
                     for key in ours if ours[key] != theirs[key])
    assert not wrong, f"{len(wrong)} differences in {len(texts)} texts, e.g.:\n" + "\n".join(wrong[:10])
