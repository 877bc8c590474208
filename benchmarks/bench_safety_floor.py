"""How fast any gate in front of the ten safety.* rules could make them: an oracle gate, beside Presidio in the same run.

Run: python benchmarks/bench_safety_floor.py [--rounds 3]
A first pass records which rules find something on each labelled post. Then, in turn with Presidio pattern-only by
chunks of 50 posts (each side's best of --rounds per chunk, as bench_safety.py times them), three ways of running our
rules are timed per post:
- all ten rules (what bench_safety.py times);
- the oracle: the shared reading, then only the rules that find something on that post, as if a perfect gate
  had shut every other rule for free. No gate, however it is built (one clue scan, a clue map), can be faster than
  this while the rules' own detection stays as it is: its ratio to Presidio is the ceiling of that design;
- the reading alone.
Prints µs per post and the ratio to Presidio (goal of issue 11: >= 20x). docs/safety-speed.md says what it showed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_safety import in_turn, presidio_analyzer, presidio_time  # noqa: E402
from postcheck.engine import Engine, twitter  # noqa: E402
from postcheck.engine.draft import Draft  # noqa: E402
from postcheck.engine.rules.safety._reader import Reader  # noqa: E402
from postcheck.policy import load_policy  # noqa: E402

from tests.safety.corpus import load  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds per chunk; each side keeps its best")
    rounds = parser.parse_args().rounds
    policy = load_policy()
    engine, reader = Engine(policy), Reader(policy)
    rules = [checker for spec, checker in engine.rules if spec.id.startswith("safety.")]
    texts = [post.text for post in load()]
    parsed = [(text, twitter.parse(text)) for text in texts]
    finding = [[check for check in rules if any(True for _ in check(Draft(text, "twitter", "post", parse)))]
               for text, parse in parsed]
    analyzer = presidio_analyzer()
    analyzer.analyze(texts[0], language="en")

    def ours(indices: range, kind: str) -> float:
        started = time.perf_counter()
        for index in indices:
            text, parse = parsed[index]
            draft = Draft(text, "twitter", "post", parse)
            if kind == "reading":
                reading = reader.read(draft)
                _ = (reading.sentences, reading.joined_words)
                continue
            if kind == "oracle":
                reading = reader.read(draft)
                _ = (reading.sentences, reading.joined_words)
            for check in rules if kind == "all" else finding[index]:
                for _ in check(draft):
                    pass
        return time.perf_counter() - started

    kinds = ("all", "oracle", "reading")
    runs = {"presidio": lambda indices: presidio_time(analyzer, [texts[i] for i in indices])}
    runs.update({kind: lambda indices, kind=kind: ours(indices, kind) for kind in kinds})
    per_post = in_turn(len(texts), runs, rounds=rounds)
    theirs = per_post["presidio"]
    count = len(texts)
    print(f"labelled posts ({count}), in turn with Presidio by chunks of 50, best of {rounds}: "
          f"Presidio {theirs * 1e3:.3f} ms a post")
    names = {"all": "the ten rules (as bench_safety.py)", "oracle": "oracle gate: reading + the rules that find",
             "reading": "the shared reading alone"}
    for kind in kinds:
        print(f"  {names[kind]:45} {per_post[kind] * 1e6:6.1f} µs  -> {theirs / per_post[kind]:5.1f}x")
    print(f"  posts where some rule finds something: {sum(1 for rules_ in finding if rules_)}; "
          f"rules run by the oracle: {sum(map(len, finding))} of {len(rules) * count}")


if __name__ == "__main__":
    main()
