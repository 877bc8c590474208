"""Speed of a full check() beside twitter-text-parser's bare parse_tweet, measured in the same run, and start-up cost.

Run: python benchmarks/bench_engine.py [--repeat 2000]
Prints: median time of postcheck.check() (every rule) on a realistic 280-character tweet (2 URLs, 3 hashtags,
2 mentions, emoji) and on a 10,000-character Facebook post; of our twitter-text parse alone (also on a tweet of nothing
but emoji, and where its 280 budget runs out); of twitter-text-parser's
parse_tweet on the same tweet (the peer: `from twitter_text import parse_tweet`, in the `test`/`bench` extras) and
the ratios; then, in fresh subprocesses, the cold import + policy load time (and the twitter package's share), the
first parse (lazy twemoji and TLD tables), the first full check after it, and the process RSS.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

TWEET = (
    "Floods in Mindanao 🇵🇭: our teams reached 12,000 displaced people today 🙏🏽. Thank you @DFATDFA and "
    "@USAID for standing with families ❤️‍🔥. Situation report: https://www.iom.int/news/mindanao-floods-2024 "
    "and map https://dtm.iom.int/ph-floods #Floods #Philippines #WithRefugees 🫱🏻‍🫲🏿"
)
PARAGRAPH = (
    "Our teams in the field met families who walked for days to reach safety, carrying what little they could. "
    "With partners we distributed shelter kits, clean water and hygiene supplies, and set up a registration desk "
    "so that every family can be counted and helped. Read more at https://www.iom.int/news and follow @IOM. "
)
FACEBOOK_POST = (PARAGRAPH * (10_000 // len(PARAGRAPH) + 1))[:10_000]
# The emoji path at its worst: a tweet of nothing but emoji, old and new (🐦‍🔥 and 🧑‍🧑‍🧒 are Emoji 15.1), over 280.
EMOJI_TWEET = ("👍🏽 ❤️‍🔥 🐦‍🔥 🇵🇭 🧑‍🧑‍🧒 👨‍👩‍👧‍👦 1️⃣ ♾️ 🫱🏻‍🫲🏿 ✌️ " * 12)[:300]

COLD_START = """
import json, time
start = time.perf_counter()
from postcheck.api import default_engine
from postcheck.engine import twitter
engine = default_engine()
loaded = time.perf_counter()
twitter.parse(TWEET)
parsed = time.perf_counter()
engine.check(TWEET, "twitter")
checked = time.perf_counter()
rss_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS:"))
print(json.dumps({"load_ms": (loaded - start) * 1e3, "first_parse_ms": (parsed - loaded) * 1e3,
                  "first_check_ms": (checked - parsed) * 1e3, "rss_mb": rss_kb / 1024}))
"""


def median_us(function, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1e6


def cold_start(runs: int) -> dict[str, float]:
    """Medians over fresh interpreters: nothing cached in memory, each pays every import and table build."""
    code = f"TWEET = {TWEET!r}\n{COLD_START}"
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-X", "importtime", "-c", code],
                             capture_output=True, text=True, check=True, cwd=REPO)
        result = json.loads(out.stdout)
        result["twitter_import_ms"] = _cumulative_import_ms(out.stderr, "postcheck.engine.twitter")
        results.append(result)
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def _cumulative_import_ms(importtime: str, module: str) -> float:
    """The cumulative import time `python -X importtime` reports for `module` (its own imports included)."""
    for line in importtime.splitlines():
        fields = [field.strip() for field in line.split("|")]
        if len(fields) == 3 and fields[2] == module:
            return int(fields[1]) / 1e3
    raise SystemExit(f"{module} missing from -X importtime output")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2000, help="timed calls per figure (median reported)")
    parser.add_argument("--cold-runs", type=int, default=5, help="fresh interpreters for the start-up figures")
    args = parser.parse_args()

    from postcheck import check
    from postcheck.engine import twitter
    from twitter_text import parse_tweet  # the peer's public entry point, exported by its package

    parsed = twitter.parse(TWEET)
    print(f"tweet: {len(TWEET)} characters, weighted length {parsed.weighted_length} (peer: "
          f"{parse_tweet(TWEET).weightedLength}), {len(parsed.urls)} URLs, {len(parsed.hashtags)} hashtags, "
          f"{len(parsed.mentions)} mentions; Facebook post: {len(FACEBOOK_POST):,} characters")
    print("(the lengths differ by design: with Emoji 11 data the peer weighs ❤️‍🔥 5 and 🫱🏻‍🫲🏿 9; we weigh each 2, "
          "as x.com's twemoji 15.0 does)")
    check(TWEET)  # build the engine and the lazy tables outside the timings
    check(FACEBOOK_POST, "facebook")

    peer = median_us(lambda: parse_tweet(TWEET), args.repeat)
    ours_parse = median_us(lambda: twitter.parse(TWEET), args.repeat)
    ours_check = median_us(lambda: check(TWEET), args.repeat)
    ours_facebook = median_us(lambda: check(FACEBOOK_POST, "facebook"), max(20, args.repeat // 20))
    ours_facebook_parse = median_us(lambda: twitter.parse(FACEBOOK_POST), max(20, args.repeat // 20))
    ours_emoji = median_us(lambda: twitter.parse(EMOJI_TWEET), args.repeat)
    emoji_parsed = twitter.parse(EMOJI_TWEET)
    ours_overflow = median_us(lambda: twitter.offset_at_weight(EMOJI_TWEET, 280, emoji_parsed), args.repeat)
    print(f"\n{'median per call':48}{'µs':>10}{'peer ÷ ours':>13}")
    print(f"{'twitter-text-parser parse_tweet(tweet) [peer]':48}{peer:>10.1f}{'1.0×':>13}")
    print(f"{'postcheck twitter.parse(tweet)':48}{ours_parse:>10.1f}{peer / ours_parse:>12.1f}×")
    print(f"{'postcheck check(tweet), every rule':48}{ours_check:>10.1f}{peer / ours_check:>12.1f}×")
    print(f"{'postcheck twitter.parse(10,000-char post)':48}{ours_facebook_parse:>10.1f}")
    print(f"{'postcheck twitter.parse(all-emoji tweet)':48}{ours_emoji:>10.1f}")
    print(f"{'postcheck offset_at_weight(all-emoji tweet, 280)':48}{ours_overflow:>10.1f}")
    print(f"{'postcheck check(10,000-char Facebook post)':48}{ours_facebook:>10.1f}")

    cold = cold_start(args.cold_runs)
    print(f"\nfresh process (median of {args.cold_runs}):")
    print(f"  engine import + policy load        {cold['load_ms']:>6.0f} ms"
          f"  (of which postcheck.engine.twitter with regex: {cold['twitter_import_ms']:.0f} ms)")
    print(f"  first twitter.parse                {cold['first_parse_ms']:>6.0f} ms  (lazy twemoji and TLD tables)")
    print(f"  first check after it               {cold['first_check_ms']:>6.0f} ms  (the other rules' lazy data)")
    print(f"  process RSS after both             {cold['rss_mb']:>6.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
