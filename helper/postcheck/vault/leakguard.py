"""Finds stored secrets in a draft without holding them as text (Security and Privacy: "Promote strong
authentication"; a secret in a post is public forever).

What it keeps per secret: its length, HMAC-SHA256 of it under a random per-process key (the proof), 16 bits of
Python's hash() of its first `min_length` characters (a prefilter that says almost nothing about the secret), and a
label ("twitter/IOMPhilippines password") for the finding. The secret itself is dropped once those are computed.

Scanning is one pass over the draft whatever the number of secrets: every window of `min_length` characters is
hashed in C loops (map/slice/hash) and looked up among the prefilters; only the rare window that passes (about
1 in 65,536 per stored secret) pays an HMAC of the full length. TOTP seeds are base32: they are looked for, upper-
cased, in the draft's runs of base32 letters only, so a seed pasted in lower case is found too, and in runs of
base32 groups of four split by single spaces, the way authenticator set-up pages show them ("jbsw y3dp ehpk 3pxp")."""

from __future__ import annotations

import hashlib
import hmac
import operator
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat

_MASK = 0xFFFF
MIN_SEED_CHARS = 16  # 80 bits of base32: the shortest TOTP seed postcheck stores (vault/totp.py)
_BASE32_RUN = re.compile(f"[A-Za-z2-7]{{{MIN_SEED_CHARS},}}")
# Groups of four base32 letters split by one space (or a no-break space), the last one maybe shorter: a seed as
# authenticator set-up pages print it. Prose seldom has four four-letter words in a row, so this costs little.
_SPACED_RUN = re.compile(r"(?<![A-Za-z2-7])[A-Za-z2-7]{4}(?:[ \u00a0][A-Za-z2-7]{4})+(?:[ \u00a0][A-Za-z2-7]{1,3})?"
                         r"(?![A-Za-z2-7])")


@dataclass(frozen=True)
class Leak:
    """A stored secret found at code-point offsets [start, end) of the draft; `label` names the account, not it."""

    start: int
    end: int
    label: str
    seed: bool


# is_seed -> 16-bit prefilter -> [(length, HMAC digest, label)]
_Tables = dict[bool, dict[int, list[tuple[int, bytes, str]]]]


class LeakGuard:
    """The server replaces the tables from its store thread while checks scan on the event loop."""

    def __init__(self, min_length: int) -> None:
        self.min_length = min_length
        self._key = os.urandom(32)
        self._tables: _Tables = {}

    def _digest(self, window: str) -> bytes:
        return hmac.new(self._key, window.encode("utf-8", "surrogatepass"), hashlib.sha256).digest()

    def _enter(self, tables: _Tables, label: str, secret: str, seed: bool) -> None:
        if seed:
            secret = secret.upper()
        if len(secret) < self.min_length:
            return
        prefilter = hash(secret[:self.min_length]) & _MASK
        tables.setdefault(seed, {}).setdefault(prefilter, []).append((len(secret), self._digest(secret), label))

    def replace(self, secrets: Iterable[tuple[str, str, bool]]) -> None:
        """Forget every secret and keep these (label, secret, is_seed) instead."""
        tables: _Tables = {}
        for label, secret, seed in secrets:
            self._enter(tables, label, secret, seed)
        self._tables = tables  # one assignment: a scan sees the old tables or the new, never half

    def __len__(self) -> int:
        return sum(len(bucket) for table in self._tables.values() for bucket in table.values())

    def scan(self, text: str) -> list[Leak]:
        """Every occurrence of a stored secret in `text`, by start offset (code points)."""
        tables = self._tables  # one consistent snapshot: replace() swaps the whole dict
        leaks: list[Leak] = []
        if tables.get(False):
            self._scan(text, 0, tables[False], False, leaks)
        if tables.get(True):
            # A seed is base32 (A-Z, 2-7) and at least 16 characters: only such runs of the draft can hold one, and
            # prose has few (a regex finds them in C), so seeds cost almost nothing to look for.
            for run in _BASE32_RUN.finditer(text):
                self._scan(run.group().upper(), run.start(), tables[True], True, leaks)
            self._scan_spaced(text, tables[True], leaks)
        leaks.sort(key=lambda leak: (leak.start, leak.end))
        return leaks

    def _scan_spaced(self, text: str, table: dict, leaks: list[Leak]) -> None:
        """Seeds written in space-separated groups: each run is read without its spaces, and a seed found there is
        mapped back to the run's own offsets (from its first letter to its last)."""
        seen = {(leak.start, leak.end, leak.label) for leak in leaks}
        for run in _SPACED_RUN.finditer(text):
            raw = run.group()
            letters = [i for i, c in enumerate(raw) if c not in " \u00a0"]
            if len(letters) < MIN_SEED_CHARS:
                continue
            found: list[Leak] = []
            self._scan("".join(raw[i] for i in letters).upper(), 0, table, True, found)
            for leak in found:
                start, end = run.start() + letters[leak.start], run.start() + letters[leak.end - 1] + 1
                if (start, end, leak.label) not in seen:
                    seen.add((start, end, leak.label))
                    leaks.append(Leak(start, end, leak.label, True))

    def _scan(self, source: str, offset: int, table: dict, seed: bool, leaks: list[Leak]) -> None:
        width = self.min_length
        count = len(source) - width + 1
        if count <= 0:
            return
        windows = map(source.__getitem__, map(slice, range(count), range(width, width + count)))
        if table.keys().isdisjoint(map(operator.and_, map(hash, windows), repeat(_MASK))):
            return
        for start in range(count):
            for length, expected, label in table.get(hash(source[start:start + width]) & _MASK, ()):
                window = source[start:start + length]
                if len(window) == length and hmac.compare_digest(self._digest(window), expected):
                    leaks.append(Leak(offset + start, offset + start + length, label, seed))
