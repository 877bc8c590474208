"""Is the cost of the clue passes of safety.birthdate, credential, email and phone linear in the text?

Run: python benchmarks/bench_scaling_personal.py [--repeat 3]
Prints, for texts dense in what those passes read (credential clues with secret-looking values, birth cues with wishes
and names, "@" between spaces and spelled addresses, every clue in one sentence with no full stop, phone-like runs
after a personal cue, references and spaced dates), the time of the four rules per character at 2 KB and at 32 KB and
the ratio (goal: within 3x, as bench_scaling.py; a pass that rescans for every candidate shows about 16x). Process
time, best of --repeat, a fresh Draft for every pass.
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
from postcheck.policy import load_policy  # noqa: E402

RULES = ("safety.birthdate", "safety.credential", "safety.email", "safety.phone")
SIZES = (2048, 32768)
UNITS = {
    "credential clues": "wifi key: Ubangi2024! account is dtm / Sev#24 code 4471 network red user pass: abc123 ",
    "birth cues": "Happy birthday to Amina Bello, born at the camp clinic in Kano on 3 May 1990 née le 3 mars "
                  "nació un 4 de mayo del 97 ",
    "spaced @, spelled": "maria.lopez @ gmail.com amina dot bello at gmail dot com x @ y.org   @ ",
    "one sentence of clues": "our driver key pass wifi Abc123x 0803 123 4567 born 3 May 1990 ",
    # bench_scaling.py's "phone-like runs" start with "ref", which safety.phone now reads as a reference: here the
    # same runs after a name and a personal cue, so that the number is read.
    "phone-like runs, my": "".join(f"my Musa 09{n * 7919 % 10**8:08d} and " for n in range(40)),
    "references and dates": "invoice 0045 2231 8890, ref 0123 4567 890, our driver on 04 05 2024, ",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    engine = Engine(load_policy())
    rules = [check for spec, check in engine.rules if spec.id in RULES]
    print(f"{'kind of text':24} {'µs/char 2 KB':>12} {'µs/char 32 KB':>13}  ratio")
    worst = 0.0
    for name, unit in UNITS.items():
        per_char = []
        for size in SIZES:
            text = (unit * (size // len(unit) + 1))[:size]
            best = float("inf")
            for _ in range(args.repeat):
                draft = Draft(text, "twitter", "post", twitter.parse(text))
                start = time.process_time()
                for check in rules:
                    list(check(draft))
                best = min(best, time.process_time() - start)
            per_char.append(best / size * 1e6)
        ratio = per_char[1] / per_char[0]
        worst = max(worst, ratio)
        print(f"{name:24} {per_char[0]:12.3f} {per_char[1]:13.3f}  {ratio:5.2f}")
    print(f"worst ratio: {worst:.2f}")


if __name__ == "__main__":
    main()
