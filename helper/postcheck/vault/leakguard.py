"""Finds stored secrets in a draft without holding them as text (Security and Privacy: "Promote strong
authentication"; a secret in a post is public forever).

What it keeps per secret: its length, HMAC-SHA256 of it under a random per-process key (the proof), 16 bits of
Python's hash() of its first `min_length` characters (a prefilter that says almost nothing about the secret), and a
label ("twitter/IOMPhilippines password") for the finding. The secret itself is dropped once those are computed.

Scanning is one pass over the draft whatever the number of secrets: every window of `min_length` characters is
hashed in C loops (map/slice/hash) and looked up among the prefilters; only the rare window that passes (about
1 in 65,536 per stored secret) pays an HMAC of the full length. TOTP seeds are base32: they are looked for, upper-
cased, in the draft's runs of base32 letters only, so a seed pasted in lower case is found too."""

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
        leaks.sort(key=lambda leak: (leak.start, leak.end))
        return leaks

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
