"""The nonces of accepted signed requests, kept while their signed time is in the replay window: each nonce once.

A nonce can go once its request's `ts` is more than REPLAY_WINDOW_S behind the clock: parse() refuses that request for
its time from then on. Held per nonce: a 60-bit hash of it (`hash()`, SipHash with this process's key), first in a set
(the last PACK_S seconds' nonces, 82 bytes each), then packed into a sorted array of 8 bytes a nonce, dropped with
its array once the newest time in the array has left the window. Under a sustained load the cache holds about one
window of requests, mostly packed; the nonce strings with expiry times in a dict it replaces (~130 bytes each, up to
three minutes) were all the helper's growth under benchmarks/bench_server.py's load.
A false replay needs two nonces with one 60-bit hash: odds of 1 in 10**12 per request at that rate; nonces are random,
so only a client choosing both could aim at a collision, and it would refuse its own request.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left

from postcheck.server.signing import REPLAY_WINDOW_S

# How often the set of recent nonces is packed into a sorted array (and expired arrays dropped), in seconds.
PACK_S = 10.0
_BITS = (1 << 60) - 1  # an int below 2**60 is two 30-bit digits: 32 bytes in the set, not 36


class NonceCache:
    """Nonces of accepted requests; only correctly signed requests enter, so its size is bounded by what token
    holders send in a replay window."""

    def __init__(self) -> None:
        self._recent: set[int] = set()
        self._recent_newest = 0  # the latest signed time among them (Unix seconds)
        self._packed: list[tuple[int, array]] = []  # (latest signed time in it, sorted hashes), oldest first
        self._next_pack = 0.0

    def add(self, nonce: str, ts: int, now: float) -> bool:
        """False when `nonce` was already accepted within the window (a replay); else remember it at least until
        `ts` (the request's signed Unix time, which parse() found within the window of `now`) leaves the window."""
        if now >= self._next_pack:
            self._pack(now)
        digest = hash(nonce) & _BITS
        if digest in self._recent:
            return False
        for _, hashes in self._packed:
            at = bisect_left(hashes, digest)
            if at < len(hashes) and hashes[at] == digest:
                return False
        self._recent.add(digest)
        self._recent_newest = max(self._recent_newest, ts)
        return True

    def _pack(self, now: float) -> None:
        if self._recent:
            self._packed.append((self._recent_newest, array("Q", sorted(self._recent))))
            self._recent, self._recent_newest = set(), 0
        self._packed = [(newest, hashes) for newest, hashes in self._packed if now - newest <= REPLAY_WINDOW_S]
        self._next_pack = now + PACK_S

    def __len__(self) -> int:
        return len(self._recent) + sum(len(hashes) for _, hashes in self._packed)
