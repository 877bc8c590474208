"""The ten safety.* rules of any checkout beside Presidio pattern-only, timed as bench_safety.py times them.

Run: PYTHONPATH=CHECKOUT/helper python benchmarks/bench_safety_turns.py [--blind]
The posts are this checkout's labelled corpus (tests/safety/corpus_*.yml; with --blind, the blind rounds too); the
rules are those of the postcheck on PYTHONPATH, so an older commit's rules can be timed on the same posts with the
same method: in turn with Presidio by chunks of 50 posts, each side's best of 3 rounds per chunk. It needs only the
engine's oldest interfaces (Engine, twitter.parse, Draft, load_policy). Prints µs per post and Presidio ÷ ours.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(1, str(REPO))

from bench_safety import in_turn, presidio_analyzer, presidio_time  # noqa: E402
import postcheck  # noqa: E402
from postcheck.engine import Engine, twitter  # noqa: E402
from postcheck.engine.draft import Draft  # noqa: E402
from postcheck.policy import load_policy  # noqa: E402

from tests.safety.corpus import load  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", action="store_true", help="the blind rounds too, not only the project's files")
    blind = parser.parse_args().blind
    texts = [post.text for post in load() if blind or not post.blind]
    engine = Engine(load_policy())
    rules = [checker for spec, checker in engine.rules if spec.id.startswith("safety.")]
    analyzer = presidio_analyzer()
    analyzer.analyze(texts[0], language="en")  # warm-up, as ours below
    parsed = [(text, twitter.parse(text)) for text in texts]

    def ours(indices: range) -> float:
        started = time.perf_counter()
        for index in indices:
            text, parse = parsed[index]
            draft = Draft(text, "twitter", "post", parse)
            for check in rules:
                for _ in check(draft):
                    pass
        return time.perf_counter() - started

    per_post = in_turn(len(texts), {"theirs": lambda indices: presidio_time(analyzer, [texts[i] for i in indices]),
                                    "ours": ours})
    theirs, ours_ = per_post["theirs"], per_post["ours"]
    print(f"rules of {Path(postcheck.__file__).parents[1]}; {len(texts)} labelled posts: Presidio "
          f"{theirs * 1e3:.3f} ms, our ten safety rules {ours_ * 1e6:.1f} µs a post -> {theirs / ours_:.1f}x")


if __name__ == "__main__":
    main()
