"""Dump every finding of the ten safety.* rules on a fixed set of texts, to check that a change keeps them identical.

Run: python benchmarks/compare_safety_findings.py OUT.txt [--against BEFORE.txt]
Texts: the labelled corpus with its blind rounds (tests/safety/corpus.py load()), every text of
tests/fixtures/rules/safety.*.yml, the 5,000 crisis tweets of ../shared/corpora/ and the texts of
benchmarks/bench_scaling.py at 2 KB and 32 KB. Each line: text number, rule, start, end, message, suggestion, severity.
With --against, prints the lines that differ and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_scaling import SIZES, kinds  # noqa: E402
from postcheck.engine import Engine, twitter  # noqa: E402
from postcheck.engine.draft import Draft  # noqa: E402
from postcheck.policy import load_policy  # noqa: E402

from tests.safety.corpus import load  # noqa: E402
from tests.support.rule_fixtures import fixture_texts  # noqa: E402

CRISIS = REPO.parent / "shared" / "corpora" / "crisislex-t26-tweets.txt"


def texts() -> list[str]:
    found = [post.text for post in load()]
    found += fixture_texts("safety.*.yml")
    found += CRISIS.read_text(encoding="utf-8").splitlines()
    found += [make(size) for make in kinds().values() for size in SIZES]
    return found


def dump() -> list[str]:
    engine = Engine(load_policy())
    mine = [(spec.id, checker) for spec, checker in engine.rules if spec.id.startswith("safety.")]
    lines = []
    for number, text in enumerate(texts()):
        draft = Draft(text, "twitter", "post", twitter.parse(text))
        for rule, checker in mine:
            for f in checker(draft):
                lines.append(f"{number}\t{rule}\t{f.start}\t{f.end}\t{f.message}\t{f.suggestion}\t{f.severity}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--against", type=Path)
    args = parser.parse_args()
    lines = dump()
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} findings written to {args.out}")
    if args.against:
        before = args.against.read_text(encoding="utf-8").splitlines()
        diff = list(difflib.unified_diff(before, lines, "before", "after", lineterm="", n=0))
        print("\n".join(diff[:80]) if diff else "identical")
        sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
