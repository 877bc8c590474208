"""Hashtag segmentation (CamelCase, digits, underscores, known words, run-ons, guesses) and the words rule using it."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from postcheck.engine import twitter
from postcheck.engine.draft import Draft
from postcheck.engine.fold import fold
from postcheck.engine.rules.hashtags import too_many_words
from postcheck.engine.rules._lexicon import lexicon
from postcheck.engine.rules.hashtags import _segment as _segment_module
from postcheck.engine.rules.hashtags._segment import split_hashtag
from postcheck.policy import load_policy

KNOWN = frozenset(fold(word) for word in load_policy().hashtags.known_words)


@pytest.mark.parametrize(
    ("tag", "words"),
    [
        ("worldrefugeeday", ("world", "refugee", "day")),
        ("savelivesatsea", ("save", "lives", "at", "sea")),
        ("notatarget", ("not", "a", "target")),
        ("WorldRefugeeDay", ("World", "Refugee", "Day")),
        ("COVIDResponse", ("COVID", "Response")),
        ("International_Migrants_Day", ("International", "Migrants", "Day")),
        ("WorldRefugeeDay2024", ("World", "Refugee", "Day", "2024")),
        ("WFP", ("WFP",)),
        ("wfp", ("wfp",)),
        ("wfpresponse", ("wfp", "response")),
        ("covid19", ("covid19",)),
        ("COVID19Response", ("COVID19", "Response")),
        ("G20Summit", ("G20", "Summit")),
        ("iombangladesh", ("iom", "bangladesh")),
        ("JournéeMondialeDesRéfugiés", ("Journée", "Mondiale", "Des", "Réfugiés")),
        ("diamundialdelrefugiado", ("dia", "mundial", "del", "refugiado")),
        ("réfugiés", ("réfugiés",)),
    ],
)
def test_words(tag: str, words: tuple[str, ...]) -> None:
    split = split_hashtag(tag, KNOWN)
    assert split.words == words
    assert split.certain


@pytest.mark.parametrize("tag", ["lesmigrantssontdeshumains", "nosomosilegales", "migrantesenriesgo"])
def test_french_and_spanish_run_ons_are_marked_as_guesses(tag: str) -> None:
    assert not split_hashtag(tag, KNOWN).certain


def test_split_keeps_the_writers_letters() -> None:
    assert split_hashtag("journéemondialedesréfugiés", KNOWN).words == ("journée", "mondiale", "des", "réfugiés")


@given(st.text(alphabet=st.characters(categories=["L", "N", "Pc", "M"]), max_size=40))
def test_any_tag_splits_into_its_own_characters(tag: str) -> None:
    # Nothing is invented or lost: the words are the tag's word characters (underscores aside), in order.
    assert "".join(split_hashtag(tag, KNOWN).words) == "".join(re.findall(r"[^\W_]+", tag))


def test_word_list_loads_only_for_a_run_on() -> None:
    # A fresh interpreter: in this one another test may already have loaded the list.
    script = (
        "from postcheck import check\n"
        "from postcheck.engine.rules._lexicon import lexicon\n"
        "check('Join us #WorldRefugeeDay #WFP #covid19 #Refugees')\n"
        "before = lexicon.cache_info().currsize\n"
        "check('Every life matters #savelivesatsea')\n"
        "print(before, lexicon.cache_info().currsize)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["0", "1"]


def test_the_weeks_official_hashtag_is_not_flagged() -> None:
    policy = load_policy()
    hashtags = policy.hashtags.model_copy(update={"official": ["#SaveLivesAtSea"]})
    check = too_many_words.build(policy.model_copy(update={"hashtags": hashtags}))
    text = "Every life matters #savelivesatsea #ProtectMigrantsAtSea"
    draft = Draft(text, "twitter", "post", twitter.parse(text))
    assert [text[hit.start:hit.end] for hit in check(draft)] == ["#ProtectMigrantsAtSea"]


def _segment_by_every_substring(run: str, known: frozenset[str]) -> list[str]:
    """The segmentation's definition, as it was written before the trie: for each end, every substring before it
    looked up (known words first), the cheapest (cost, start) kept, a letter no word ends on kept whole."""
    lex = lexicon()
    known_cost, trusted = lex.rank_cost(_segment_module._KNOWN_RANK), lex.rank_cost(_segment_module._TRUSTED_RANK)
    best = [(0.0, 0)]
    for end in range(1, len(run) + 1):
        choices = []
        for start in range(end):
            word = run[start:end]
            if word in known:
                choices.append((best[start][0] + known_cost, start))
            elif (rank := lex.rank(word)) is not None:
                choices.append((best[start][0] + lex.cost_at(rank), start))
        best.append(min(choices) if choices else (best[end - 1][0] + 2 * trusted, end - 1))
    words, end = [], len(run)
    while end > 0:
        words.append(run[best[end][1]:end])
        end = best[end][1]
    return words[::-1]


# Runs of English pieces, known words, letters no word holds, and stray letters: ties and dead ends included.
_PIECES = st.sampled_from(["save", "lives", "at", "sea", "a", "i", "not", "target", "wfp", "iom", "unhcr", "covid",
                           "refugee", "day", "des", "réfugiés", "x", "q", "zz", "é", "ß", "aaa", "in", "side",
                           "inside"])


@given(st.lists(_PIECES, min_size=1, max_size=8).map("".join) | st.text(alphabet="abcdeéilnorstuwxz", max_size=24))
def test_the_trie_walk_splits_as_every_substring_looked_up(run: str) -> None:
    assert _segment_module._segment(run, KNOWN)[0] == _segment_by_every_substring(run, KNOWN)


def test_an_empty_known_word_changes_no_split() -> None:
    assert _segment_module._segment("savelivesatsea", KNOWN | {""}) == _segment_module._segment("savelivesatsea", KNOWN)
