"""Weighted length beyond the conformance suite: current emoji sequences, where a budget runs out, and the shipped data.

The official library (and twitter-text-parser) count ❤️‍🔥 or 🫱🏻‍🫲🏿 as several emoji; we count every sequence of
current Unicode as one emoji weighing 2. config_v3.json and tld_lib.yml stay in ../shared: the tests check that the
numbers in weights.py and the packaged tlds.txt still agree with them.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
import yaml
from emoji import EMOJI_DATA
from postcheck.engine import twitter
from postcheck.engine.twitter import tlds, weights

from tests.support.shared import REPO, shared_path

MODERN = {
    "fire heart (Emoji 13.1)": "❤️‍🔥",
    "Mx Claus (Emoji 13.0)": "🧑‍🎄",
    "handshake, two skin tones (Emoji 14.0)": "🫱🏻‍🫲🏿",
    "transgender flag (Emoji 13.0)": "🏳️‍⚧️",
    "UN flag": "🇺🇳",
    "keycap one": "1️⃣",
    "thumbs up, medium skin": "👍🏽",
    "family of four": "👨‍👩‍👧‍👦",
    "Scotland tag flag": "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    "farmer, medium skin (ZWJ + modifier)": "🧑🏽‍🌾",
}


@pytest.mark.parametrize("sequence", MODERN.values(), ids=MODERN.keys())
def test_a_modern_sequence_is_one_emoji_of_weight_two(sequence: str) -> None:
    assert twitter.parse(sequence).weighted_length == 2
    assert twitter.parse(f"a {sequence} b").weighted_length == 6


def test_every_multi_code_point_emoji_of_the_emoji_package_weighs_two() -> None:
    heavier = [seq for seq in EMOJI_DATA if len(seq) > 1 and twitter.weighted_length(seq) != 2]
    assert not heavier, f"{len(heavier)} sequences not counted as one emoji, e.g. {heavier[:5]}"


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

