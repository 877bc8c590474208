"""Where multi-code-point emoji sequences of current Unicode (ZWJ, skin tones, flags, keycaps, tags) sit in a text.

twitter-text counts one emoji as weight 2 however many code points it has, but its emoji data stops at Emoji 11-12;
here every sequence the maintained `emoji` package knows (❤️‍🔥, 🧑‍🎄, 🫱🏻‍🫲🏿, 🏳️‍⚧️…) counts as one, as does an emoji
with its variation selector. A lone emoji needs no table: its character weight already says 2 (or 1 for ©/®, as in
the official library). tests/engine/test_twitter_against_js.py compares with the official library itself.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_VS16 = "\ufe0f"
_SKIN_TONES = frozenset("\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")


class Table(NamedTuple):
    candidates: re.Pattern[str]  # first characters of sequences (ASCII ones only before U+FE0F/U+20E3)
    lengths: dict[str, tuple[int, ...]]  # first character -> sequence lengths, longest first
    sequences: frozenset[str]


@lru_cache(maxsize=1)
def table() -> Table:
    # Imported on first use: the emoji data costs ~15 ms and is needed only for texts beyond ASCII.
    from emoji import EMOJI_DATA

    sequences = {key for key in EMOJI_DATA if len(key) > 1}
    # Emoji with a standard variation sequence take U+FE0F after them, also before a skin tone ("⌚️", "✌️🏿"): the
    # official library counts those as one emoji although the emoji test data lists neither form.
    with_selector = {key for key, data in EMOJI_DATA.items() if len(key) == 1 and data.get("variant")}
    sequences.update(base + _VS16 for base in with_selector)
    sequences.update(s[0] + _VS16 + s[1:] for s in list(sequences) if s[0] in with_selector and s[1] in _SKIN_TONES)
    by_first: dict[str, set[int]] = {}
    ascii_followers: set[str] = set()
    for sequence in sequences:
        by_first.setdefault(sequence[0], set()).add(len(sequence))
        if sequence[0].isascii():
            ascii_followers.add(sequence[1])
    lengths = {first: tuple(sorted(sizes, reverse=True)) for first, sizes in by_first.items()}
    ascii_firsts = "".join(sorted(c for c in by_first if c.isascii()))
    bmp_firsts = "".join(sorted(c for c in by_first if not c.isascii() and ord(c) <= 0xFFFF))
    astral = sorted(ord(c) for c in by_first if ord(c) > 0xFFFF)
    # Keycaps start with a digit, '#' or '*': only those followed by a keycap part are worth a look. Astral first
    # characters go in as one range (the dict lookup rejects the rest): a class listing hundreds of astral
    # characters is scanned item by item at every position, ~40 us per tweet.
    pattern = (
        f"[{re.escape(ascii_firsts)}](?=[{''.join(sorted(ascii_followers))}])|[{re.escape(bmp_firsts)}"
        + (f"{chr(astral[0])}-{chr(astral[-1])}" if astral else "")
        + "]"
    )
    return Table(re.compile(pattern), lengths, frozenset(sequences))


def find(text: str) -> list[tuple[int, int]]:
    """Start and end (code points) of each multi-code-point emoji sequence, longest match first, left to right."""
    candidates, lengths, sequences = table()
    found: list[tuple[int, int]] = []
    resume = 0
    for match in candidates.finditer(text):
        start = match.start()
        if start < resume:
            continue
        for size in lengths.get(text[start], ()):
            if text[start:start + size] in sequences:
                found.append((start, start + size))
                resume = start + size
                break
    return found
