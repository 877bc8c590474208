"""Recall and false alarms of the safety.* rules on a blind round: labelled posts written by people who never saw
the rules, the policy's word lists or the corpus.

Run: python benchmarks/bench_blind_rounds.py FOLDER [--save FILE] [--show-misses]
FOLDER holds en.yml, fr.yml, es.yml in the shape of tests/safety/corpus_*.yml (`language`, `posts`: `text`,
`expect`, `hard`). Prints, per language and overall: recall (an unsafe post is caught when at least one safety.*
finding is raised on it: the writer is warned), recall of the right kind (every labelled category found), false
alarms (hard negatives with any safety.* finding), and the misses per labelled category. `--save` writes the same
figures to FILE (the record kept beside a round in tests/safety/blind/). `--show-misses` prints the missed posts and
the false alarms themselves: use it only after the figures are recorded.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402
from postcheck.engine import Engine  # noqa: E402
from postcheck.policy import load_policy  # noqa: E402

from tests.safety.corpus import categories_found  # noqa: E402

LANGUAGES = ("en", "fr", "es")


@dataclass(frozen=True)
class Outcome:
    language: str
    text: str
    expect: frozenset[str]
    found: frozenset[str]

    @property
    def unsafe(self) -> bool:
        return bool(self.expect)


def measure(folder: Path, engine: Engine) -> list[Outcome]:
    outcomes = []
    for language in LANGUAGES:
        path = folder / f"{language}.yml"
        if not path.exists():
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["posts"]:
            expect = frozenset(str(c).strip().replace("_", "-") for c in case.get("expect") or [])
            outcomes.append(Outcome(language, case["text"], expect, categories_found(engine, case["text"])))
    if not outcomes:
        raise SystemExit(f"{folder}: no en.yml, fr.yml or es.yml with posts")
    return outcomes


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "-"


def report(outcomes: list[Outcome], title: str) -> list[str]:
    lines = [f"== {title}: {len(outcomes)} posts"]
    for label, group in [*((lang, [o for o in outcomes if o.language == lang]) for lang in LANGUAGES),
                         ("all", outcomes)]:
        if not group:
            continue
        unsafe = [o for o in group if o.unsafe]
        safe = [o for o in group if not o.unsafe]
        caught = sum(1 for o in unsafe if o.found)
        right = sum(1 for o in unsafe if o.expect <= o.found)
        alarms = sum(1 for o in safe if o.found)
        lines.append(f"{label:4} recall {_share(caught, len(unsafe))}  right kind {_share(right, len(unsafe))}  "
                     f"false alarms {_share(alarms, len(safe))}")
    misses, labelled = Counter(), Counter()
    for o in outcomes:
        for category in o.expect:
            labelled[category] += 1
            misses[category] += category not in o.found
    lines.append("misses per labelled category (category not found / posts labelled with it; * = no alert at all):")
    for category in sorted(labelled):
        silent = sum(1 for o in outcomes if category in o.expect and not o.found)
        lines.append(f"  {category:16} {misses[category]:3} / {labelled[category]:3}   * {silent}")
    alarms = Counter(c for o in outcomes if not o.unsafe for c in o.found)
    lines.append("false alarms per rule: " + (", ".join(f"{k} {v}" for k, v in alarms.most_common()) or "none"))
    return lines


def details(outcomes: list[Outcome]) -> list[str]:
    lines = ["-- missed (unsafe post, labelled category not found):"]
    lines += [f"  [{o.language}] want {sorted(o.expect)} got {sorted(o.found)}: {o.text}"
              for o in outcomes if o.unsafe and not o.expect <= o.found]
    lines.append("-- false alarms:")
    lines += [f"  [{o.language}] got {sorted(o.found)}: {o.text}" for o in outcomes if not o.unsafe and o.found]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--save", type=Path, help="also write the figures to this file")
    parser.add_argument("--show-misses", action="store_true", help="print the missed posts and false alarms")
    args = parser.parse_args()
    outcomes = measure(args.folder, Engine(load_policy()))
    lines = report(outcomes, str(args.folder))
    print("\n".join(lines))
    if args.save:
        args.save.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.show_misses:
        print("\n".join(details(outcomes)))


if __name__ == "__main__":
    main()
