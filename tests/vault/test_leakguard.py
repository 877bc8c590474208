"""The leak guard finds stored secrets in drafts through keyed hashes only."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from postcheck.vault.leakguard import LeakGuard

PASSWORD, SEED = "Kabul#2024!xyz", "JBSWY3DPEHPK3PXP"


def guard() -> LeakGuard:
    g = LeakGuard(min_length=6)
    g.replace([("twitter/IOMPhilippines password", PASSWORD, False),
               ("twitter/IOMPhilippines TOTP seed", SEED, True)])
    return g


def test_finds_every_occurrence_with_its_span():
    text = f"login {PASSWORD} and again:{PASSWORD}."
    leaks = guard().scan(text)
    second = text.index(PASSWORD, 7)
    assert [(leak.start, leak.end) for leak in leaks] == [(6, 6 + len(PASSWORD)), (second, second + len(PASSWORD))]
    assert all(text[leak.start:leak.end] == PASSWORD for leak in leaks)
    assert leaks[0].label == "twitter/IOMPhilippines password"


def test_a_seed_is_found_whatever_its_case_a_password_only_exactly():
    g = guard()
    assert [leak.seed for leak in g.scan(f"2fa: {SEED.lower()}")] == [True]
    assert g.scan(PASSWORD.upper()) == []
    assert g.scan(PASSWORD[:-1]) == []


def test_the_guard_never_holds_the_secret_as_text():
    dump = pickle.dumps(guard()._tables) + repr(guard().__dict__).encode()
    for secret in (PASSWORD, SEED):
        assert secret.encode() not in dump
        assert secret[:8].encode() not in dump


def test_replace_forgets_the_old_secrets():
    g = guard()
    g.replace([("twitter/IOMPhilippines password", "Goma-river-2026", False)])
    assert g.scan(PASSWORD) == [] and g.scan(SEED) == []
    assert len(g.scan("Goma-river-2026")) == 1 and len(g) == 1


def test_short_secrets_are_not_looked_for_and_an_empty_guard_finds_nothing():
    g = LeakGuard(min_length=6)
    g.replace([("a", "12345", False)])
    assert len(g) == 0 and g.scan("code 12345") == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_found_exactly_where_it_was_inserted(before, after):
    text = before + PASSWORD + after
    spans = [(leak.start, leak.end) for leak in guard().scan(text) if not leak.seed]
    assert (len(before), len(before) + len(PASSWORD)) in spans
    assert all(text[start:end] == PASSWORD for start, end in spans)


def test_a_seed_glued_to_other_letters_or_split_by_punctuation():
    g = guard()
    glued = f"seed{SEED.lower()}please"
    (leak,) = g.scan(glued)
    assert (leak.start, leak.end, leak.seed) == (4, 4 + len(SEED), True)
    assert g.scan(f"{SEED[:8]}-{SEED[8:]}") == []  # not the seed any more


def test_a_seed_in_space_separated_groups_as_set_up_pages_print_it():
    g = guard()
    grouped = " ".join(SEED[i:i + 4] for i in range(0, len(SEED), 4)).lower()  # "jbsw y3dp ehpk 3pxp"
    text = f"2FA for the shared account: {grouped}. Thanks!"
    (leak,) = g.scan(text)
    assert (leak.start, leak.end, leak.seed) == (text.index(grouped), text.index(grouped) + len(grouped), True)
    (leak,) = g.scan(f"seed: {SEED}")  # written in one run: found once, not twice
    assert leak.seed
    assert g.scan(" ".join(SEED[i:i + 4] for i in range(0, 12, 4))) == []  # part of the seed only


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_a_seed_is_found_exactly_where_it_was_inserted(before, after):
    text = before + SEED.lower() + after
    spans = [(leak.start, leak.end) for leak in guard().scan(text) if leak.seed]
    assert (len(before), len(before) + len(SEED)) in spans
