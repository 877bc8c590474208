"""Costs of the vault: the import time of each library it loads on first use (in a fresh interpreter, so nothing is
cached), and the leak guard's scan of a draft beside the engine's own check of the same draft in the same run.

Run: python benchmarks/bench_vault.py
Prints: per library, the median wall time of `python -c "import X"` minus `python -c "pass"` (5 runs each) and
-X importtime's cumulative figure; then the guard's scan time per draft (a tweet, a 100 kB paste) with 1, 10 and 50
stored secrets, beside Engine.check on the same text.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import time
import timeit
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from postcheck.engine import Engine  # noqa: E402
from postcheck.policy import load_policy  # noqa: E402
from postcheck.vault.leakguard import LeakGuard  # noqa: E402

LIBRARIES = {"keyring (+SecretStorage, jeepney, cryptography)": "import keyring; keyring.get_keyring()",
             "pycountry + fr/es catalogues": "import gettext, pycountry; [gettext.translation('iso3166-1', "
                                             "pycountry.LOCALES_DIR, languages=[l]) for l in ('fr', 'es')]; "
                                             "list(pycountry.countries)",
             "zxcvbn": "import zxcvbn", "pyotp": "import pyotp", "PyNaCl (nacl.public)": "import nacl.public"}
TWEET = ("Our team visits Marikina today to meet the 1,200 families displaced by the floods. Thank you to all "
         "the volunteers who packed 3,000 hygiene kits this week! #Floods #Philippines @IOMPhilippines 🌊")


def wall(code: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def importtime(code: str) -> float:
    err = subprocess.run([sys.executable, "-X", "importtime", "-c", code], check=True, capture_output=True,
                         text=True).stderr
    return sum(int(m.group(1)) for m in re.finditer(r"import time:\s+\d+ \|\s+(\d+) \| \S", err)) / 1e6


def main() -> None:
    base = wall("pass")
    print("Import cost on first use (never at helper start nor on /v1/check while the vault holds no secret)")
    print(f"{'library':<48} {'wall ms':>8} {'importtime ms':>14}")
    for name, code in LIBRARIES.items():
        print(f"{name:<48} {(wall(code) - base) * 1000:>8.1f} {importtime(code) * 1000:>14.1f}")

    engine = Engine(load_policy())
    print("\nLeak guard scan beside the engine's check of the same draft (µs per call, best of 7 runs; 'secrets' counts one TOTP seed)")
    print(f"{'draft':<12} {'secrets':>7} {'guard µs':>10} {'engine µs':>10} {'guard/engine':>13}")
    for label, text in (("tweet", TWEET), ("100 kB", (TWEET + "\n") * (100_000 // (len(TWEET) + 1)))):
        number = 2000 if label == "tweet" else 3
        engine.check(text, "twitter", "post")
        engine_us = min(timeit.repeat(lambda: engine.check(text, "twitter", "post"), number=number, repeat=7)) \
            / number * 1e6
        for count in (1, 10, 50):
            guard = LeakGuard(min_length=6)
            guard.replace([(f"twitter/IOMAccount{i} password", f"Secret-{i}-{'x' * (i % 9)}!Q", False)
                           for i in range(count - 1)] + [("twitter/IOM seed", "JBSWY3DPEHPK3PXPJBSWY3DP", True)])
            guard_us = min(timeit.repeat(lambda: guard.scan(text), number=number, repeat=7)) / number * 1e6
            print(f"{label:<12} {count:>7} {guard_us:>10.1f} {engine_us:>10.1f} {guard_us / engine_us:>12.0%}")


if __name__ == "__main__":
    main()
