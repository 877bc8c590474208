"""Weighted length beyond the conformance suite: emoji as x.com counts them, where a budget runs out, the shipped data.

x.com's web client weighs each match of twemoji 15.0's regex as one emoji (2) and everything else code point by code
point: sequences from Emoji 15.1 on weigh by their parts there, and so they must here (issue 17's table, measured with a
port of the x.com bundle). config_v3.json and tld_lib.yml stay in ../shared: the tests check that the numbers in
weights.py and the packaged tlds.txt still agree with them.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
import yaml
from postcheck.engine import twitter
from postcheck.engine.twitter import tlds, weights

from tests.engine import js_oracle
from tests.support.shared import REPO, shared_path

# text -> weighted length in the x.com web client (twitter-text 3.1.0 reads 5, 9, 5, 5, 5, 8, 5, 5, 4).
X_COM = {
    "❤️\u200d🔥 fire heart (Emoji 13.1)": ("❤️\u200d🔥", 2),
    "🫱🏻\u200d🫲🏿 handshake, two skin tones (14.0)": ("🫱🏻\u200d🫲🏿", 2),
    "🐦\u200d🔥 phoenix (15.1)": ("🐦\u200d🔥", 5),
    "🍋\u200d🟩 lime (15.1)": ("🍋\u200d🟩", 5),
    "🚶\u200d➡️ walking facing right (15.1)": ("🚶\u200d➡️", 5),
    "🧑\u200d🧑\u200d🧒 family: adult, adult, child (15.1)": ("🧑\u200d🧑\u200d🧒", 8),
    "❤\u200d🔥 without U+FE0F": ("❤\u200d🔥", 5),
    "👁️\u200d🗨️ eye in speech bubble": ("👁️\u200d🗨️", 5),
    "♾️ infinity": ("♾️", 4),
}


@pytest.mark.parametrize(("text", "x_com"), X_COM.values(), ids=X_COM.keys())
def test_we_count_as_the_x_com_web_client(text: str, x_com: int) -> None:
    assert twitter.parse(text).weighted_length == x_com
    assert twitter.weighted_length(f"a {text} b") == x_com + 4
    assert twitter.offset_at_weight(text, x_com) == len(text)
    assert twitter.offset_at_weight(text, x_com - 1) < len(text)


def test_the_x_com_oracle_reads_the_same_table() -> None:
    """The JS oracle the random comparison trusts (twitter-text + @twemoji/parser 15.0) gives the x.com column."""
    texts = [text for text, _ in X_COM.values()]
    assert [r["weightedLength"] for r in js_oracle.run(js_oracle.X_COM, texts)] == [w for _, w in X_COM.values()]


OLDER = {
    "Mx Claus (Emoji 13.0)": "🧑‍🎄",
    "transgender flag (Emoji 13.0)": "🏳️‍⚧️",
    "UN flag": "🇺🇳",
    "keycap one": "1️⃣",
    "thumbs up, medium skin": "👍🏽",
    "family of four": "👨‍👩‍👧‍👦",
    "Scotland tag flag": "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    "farmer, medium skin (ZWJ + modifier)": "🧑🏽‍🌾",
}


@pytest.mark.parametrize("sequence", OLDER.values(), ids=OLDER.keys())
def test_a_sequence_twemoji_15_knows_is_one_emoji_of_weight_two(sequence: str) -> None:
    assert twitter.parse(sequence).weighted_length == 2
    assert twitter.parse(f"a {sequence} b").weighted_length == 6


def test_copyright_and_registered_alone_weigh_one_as_in_the_official_library() -> None:
    assert twitter.weighted_length("©") == 1
    assert twitter.weighted_length("®") == 1
    assert twitter.weighted_length("©️") == 2  # with the emoji presentation selector it is an emoji


def test_a_variation_selector_joins_the_emoji_as_in_the_official_library() -> None:
    assert twitter.weighted_length("⌚️") == 2  # watch + VS16: not in the emoji test data, one emoji all the same
    assert twitter.weighted_length("✌️🏿") == 2  # VS16 between base and skin tone
    assert twitter.weighted_length("😷️") == 4  # 😷 has no variation sequence: the selector weighs on its own
    assert twitter.weighted_length("a️") == 3


def test_adjacent_emoji_are_counted_one_by_one() -> None:
    assert twitter.weighted_length("❤️‍🔥❤️‍🔥🇺🇳🇵🇭") == 8
    # Two regional indicators pair into one flag; a third one is left on its own (weight 2).
    assert twitter.weighted_length("🇺🇳🇵") == 4


def test_an_emoji_inside_a_url_counts_as_part_of_the_url() -> None:
    assert twitter.weighted_length("http://✪df.ws/ejp") == 23


def test_the_budget_overflow_starts_at_the_first_character_that_does_not_fit() -> None:
    assert twitter.offset_at_weight("abcdef", 4) == 4
    assert twitter.offset_at_weight("abcdef", 6) == 6
    assert twitter.offset_at_weight("abcdef", 0) == 0
    assert twitter.offset_at_weight("", 0) == 0
    assert twitter.offset_at_weight("日本語", 3) == 1  # each CJK character weighs 2


def test_an_emoji_sequence_or_a_url_is_never_split() -> None:
    family = "👨‍👩‍👧‍👦"
    assert twitter.offset_at_weight("ab" + family, 3) == 2
    assert twitter.offset_at_weight("ab" + family, 4) == len("ab" + family)
    phoenix = "🐦‍🔥"  # Emoji 15.1: bird (2), ZWJ (1), fire (2), each a character of its own
    assert twitter.offset_at_weight("ab" + phoenix, 4) == 3
    assert twitter.offset_at_weight("ab" + phoenix, 5) == 4
    text = "see https://www.iom.int/news now"
    assert twitter.offset_at_weight(text, 10) == 4
    assert twitter.offset_at_weight(text, 4 + 23) == text.index(" now")


def test_offsets_point_into_the_text_as_typed_when_nfc_would_change_it() -> None:
    decomposed = "e\u0301"  # é as e + combining acute: NFC makes it one character, weighing 1
    assert twitter.weighted_length(decomposed * 3) == 3
    assert twitter.offset_at_weight(decomposed * 3, 2) == 4  # the third é starts at code point 4 as typed
    assert twitter.offset_at_weight("ab" + decomposed, 2) == 2
    assert twitter.offset_at_weight(decomposed + "xyz", 2) == 3


def test_offset_agrees_with_weighted_length() -> None:
    text = "Floods in 🇵🇭: https://iom.int/ph #Philippines @IOM_Philippines ❤️‍🔥 日本語 done"
    length = twitter.weighted_length(text)
    assert twitter.offset_at_weight(text, length) == len(text)
    assert twitter.offset_at_weight(text, length - 1) < len(text)


def test_weights_match_config_v3() -> None:
    config = json.loads(shared_path("conformance/twitter-text/config_v3.json").read_text(encoding="utf-8"))
    assert config["version"] == 3
    assert weights.MAX_WEIGHTED_LENGTH == config["maxWeightedTweetLength"]
    assert weights.SCALE == config["scale"]
    assert weights.DEFAULT_WEIGHT == config["defaultWeight"]
    assert weights.URL_WEIGHT == config["transformedURLLength"] * config["scale"]
    assert config["emojiParsingEnabled"] is True
    assert weights.RANGES == tuple((r["start"], r["end"], r["weight"]) for r in config["ranges"])


def test_packaged_tlds_are_tld_lib_yml_regenerated() -> None:
    """tlds.txt must be exactly what scripts/generate_tlds.py makes of the suite's tld_lib.yml."""
    spec = importlib.util.spec_from_file_location("generate_tlds", REPO / "scripts" / "generate_tlds.py")
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    source = yaml.safe_load(shared_path("conformance/twitter-text/tld_lib.yml").read_text(encoding="utf-8"))
    shipped = (REPO / "helper" / "postcheck" / "engine" / "twitter" / tlds.DATA_FILE).read_text(encoding="utf-8")
    assert shipped == generator.render(source), "run: python scripts/generate_tlds.py"
    loaded = tlds.load()
    assert set(loaded) == {"country", "generic"}
    assert len(loaded["country"]) == len(source["country"]) and "int" in loaded["generic"]

