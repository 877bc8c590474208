"""CPU time of each safety.* rule alone, the shared reading built beforehand, on the labelled posts and on the first
1,000 crisis tweets: where the ten rules spend their time (docs/safety-speed.md).

Run: python benchmarks/bench_safety_rules.py [--passes 5] [--split]
(Another checkout's rules: PYTHONPATH=OTHER/helper python benchmarks/bench_safety_rules.py; run the two in turn.)
Prints: µs per post (process time, best of --passes passes over every post, fresh drafts each pass) for the ten rules
in turn on each post with their reading, for the shared reading alone, and for each rule alone over all posts. Each
rule alone is cheaper than its share of the mix: running ten rules in turn on every post switches between their
compiled patterns (see the README's figures).
With --split, each rule's time alone is also divided between the posts where it finds something and the others (each
call timed by itself, best of --passes): the first part is the work a faster gate cannot remove, and the reading plus
that part is what the ten rules would cost if every post they stay silent on cost nothing (docs/safety-speed.md).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from postcheck.engine import Engine, twitter  # noqa: E402
from postcheck.engine.draft import Draft  # noqa: E402
from postcheck.engine.rules.safety._reader import Reader  # noqa: E402
from postcheck.policy import load_policy  # noqa: E402

from tests.safety.corpus import load  # noqa: E402

CRISIS = REPO.parent / "shared" / "corpora" / "crisislex-t26-tweets.txt"


def best_per_post(parsed: list, run, prepare=None, passes: int = 5) -> float:
    """µs per post of `run(drafts)`, best of `passes`, on fresh drafts (`prepare(drafts)` first, untimed)."""
    best = float("inf")
    for _ in range(passes):
        drafts = [Draft(text, "twitter", "post", parse) for text, parse in parsed]
        if prepare is not None:
            prepare(drafts)
        started = time.process_time()
        run(drafts)
        best = min(best, time.process_time() - started)
    return best / len(parsed) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5, help="passes over every post; the best is kept")
    parser.add_argument("--split", action="store_true",
                        help="each rule's time alone split between posts with and without its findings")
    arguments = parser.parse_args()
    passes = arguments.passes
    import postcheck
    print(f"postcheck from {Path(postcheck.__file__).parent}")
    policy = load_policy()
    engine, reader = Engine(policy), Reader(policy)
    rules = [(spec.id, checker) for spec, checker in engine.rules if spec.id.startswith("safety.")]
    tweets = CRISIS.read_text(encoding="utf-8").splitlines()[:1000]

    def read_all(drafts):
        for draft in drafts:
            reading = reader.read(draft)
            _ = (reading.sentences, reading.joined_words)  # made now, not by the first rule

    def every_rule(drafts):
        for draft in drafts:
            for _, check in rules:
                for _ in check(draft):
                    pass

    for name, texts in (("labelled posts", [post.text for post in load()]), ("crisis tweets", tweets)):
        parsed = [(text, twitter.parse(text)) for text in texts]
        print(f"== {name} ({len(texts)}), µs per post")
        print(f"{'the ten rules in turn on each post':38}{best_per_post(parsed, every_rule, passes=passes):7.1f}")
        print(f"{'the shared reading alone':38}{best_per_post(parsed, read_all, passes=passes):7.1f}")
        for rule_id, check in rules:
            def alone(drafts, check=check):
                for draft in drafts:
                    for _ in check(draft):
                        pass
            print(f"{rule_id + ' alone':38}{best_per_post(parsed, alone, prepare=read_all, passes=passes):7.1f}")
        if arguments.split:
            print_split(parsed, rules, read_all, passes)


def print_split(parsed: list, rules: list, read_all, passes: int) -> None:
    """Per rule, µs per post (over all posts) spent on the posts where it finds something and on the others; each
    call timed alone (perf_counter_ns), the best of `passes` per post and rule, on fresh drafts read beforehand."""
    best = {rule_id: [float("inf")] * len(parsed) for rule_id, _ in rules}
    finds = {rule_id: [False] * len(parsed) for rule_id, _ in rules}
    clock = time.perf_counter_ns
    for _ in range(passes):
        drafts = [Draft(text, "twitter", "post", parse) for text, parse in parsed]
        read_all(drafts)
        for rule_id, check in rules:
            times, found = best[rule_id], finds[rule_id]
            for index, draft in enumerate(drafts):
                started = clock()
                findings = list(check(draft))
                spent = clock() - started
                if spent < times[index]:
                    times[index] = spent
                found[index] = bool(findings)
    reading = best_per_post(parsed, read_all, passes=passes)
    count = len(parsed)
    print(f"-- split: µs per post (over all {count}) on the posts where the rule finds something | on the others")
    finding_total = silent_total = 0.0
    for rule_id, _ in rules:
        finding = sum(t for t, f in zip(best[rule_id], finds[rule_id]) if f) / count / 1e3
        silent = sum(t for t, f in zip(best[rule_id], finds[rule_id]) if not f) / count / 1e3
        finding_total, silent_total = finding_total + finding, silent_total + silent
        print(f"{rule_id:30}{sum(finds[rule_id]):5} posts{finding:8.1f} |{silent:6.1f}")
    print(f"{'all ten, each alone':41}{finding_total:8.1f} |{silent_total:6.1f}")
    print(f"if every silent post cost nothing: the reading {reading:.1f} + {finding_total:.1f} = "
          f"{reading + finding_total:.1f} µs per post (each alone, before the cost of running ten in turn)")


if __name__ == "__main__":
    main()
