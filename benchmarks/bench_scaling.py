"""Is the cost of the safety.* rules linear in the text? Time per character at 2 KB and at 32 KB, per kind of text.

Run: python benchmarks/bench_scaling.py [--repeat 5] [--full]
Prints a table: for each kind of text (prose, digits, phone-like runs, coordinate-like runs, many entities, long
words, one long sentence of clues), the time of the ten safety.* rules per character at 2 KB and at 32 KB, and their
ratio (goal: within 3x; a quadratic rule shows about 16x). With --full, the same for a full engine check().
Each text is one "sentence" unless the kind says otherwise: a rule that searches back to the sentence start for
every candidate is quadratic exactly there. A fresh Draft is made for every pass (a draft keeps the shared reading).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from postcheck.engine import Engine, twitter  # noqa: E402
from postcheck.engine.draft import Draft  # noqa: E402
from postcheck.policy import load_policy  # noqa: E402

SIZES = (2048, 32768)


def _fill(size: int, piece) -> str:
    """Pieces from `piece(i)` joined until the text is `size` characters long."""
    parts, length, index = [], 0, 0
    while length < size:
        part = piece(index)
        parts.append(part)
        length += len(part)
        index += 1
    return "".join(parts)[:size]


def kinds() -> dict[str, callable]:
    rng = random.Random(11)
    words = ("the team met families in the valley and shared food water and blankets with everyone who came "
             "l'équipe a rencontré les familles el equipo visitó a las familias").split()
    return {
        "prose (sentences)": lambda n: _fill(n, lambda i: " ".join(rng.choice(words) for _ in range(12)) + ". "),
        "prose (one sentence)": lambda n: _fill(n, lambda i: rng.choice(words) + " "),
        "digits": lambda n: _fill(n, lambda i: str(rng.randrange(10 ** rng.randrange(1, 6))) + " "),
        "phone-like runs": lambda n: _fill(n, lambda i: f"ref 09{rng.randrange(10**8):08d} and "),
        "phone-like, dial words": lambda n: _fill(n, lambda i: f"call Musa on 0803 {rng.randrange(10**7):07d}, "),
        "coordinate-like runs": lambda n: _fill(
            n, lambda i: f"at {rng.uniform(-80, 80):.4f}, {rng.uniform(-170, 170):.4f} and "),
        "degree-like runs": lambda n: _fill(n, lambda i: f"{rng.randrange(90)}° {rng.randrange(60)}.{rng.randrange(999)}, "),
        "many entities": lambda n: _fill(n, lambda i: rng.choice([
            "convoy ", "leaves ", "05:30 ", "via ", "road ", "team ", "tomorrow ", "12 Baker Street ", "house ",
            "behind ", "gate ", "@iom ", "#WRD ", "maria@gmail.com ", "password ", "plate KBL 4521 ", "white ",
            "Land Cruiser ", "parked ", "born ", "12/03/1988 ", "our driver Ahmad ", "his wife ", "on leave ",
            "until ", "Mon – Tapachula ", "34.52813, ", "69.17233 ", "https://t.co/abc ", "0917 123 4567 ",
        ])),
        "long words": lambda n: _fill(n, lambda i: "a" * rng.randrange(200, 2000) + " "),
        "day-place lists": lambda n: _fill(n, lambda i: f"team {rng.choice(['Mon', 'Tue', 'lunes', 'mardi'])} – "
                                                     f"{rng.choice(['Tapachula', 'Goma', 'Bor'])}\n"),
        "lines (postal-like)": lambda n: _fill(n, lambda i: f"to me:\nStreet {i % 900} apt 3\n11000 Town, Land\n"),
        "number words": lambda n: _fill(n, lambda i: " ".join(rng.choice(
            ["one", "two", "oh", "six", "quarante-deux", "dix-huit", "cero", "cuatro", "and", "then"])
            for _ in range(8)) + ", "),
        "spelled e-mails, arrows": lambda n: _fill(n, lambda i: rng.choice([
            "a.b87 [at] gmail [dot] com ", "x.y arobase yahoo point fr ", "met at home dot ", "Goma -> Bukavu ",
            "Fatima al-Hamdani, our assistant ", "de g. à d. : Jean Paul, ", "new key is ", "pin de la caja 123 ",
        ])),
    }


def safety_time(engine: Engine, text: str, repeat: int) -> float:
    mine = [checker for spec, checker in engine.rules if spec.id.startswith("safety.")]
    parsed = twitter.parse(text)
    best = float("inf")
    for _ in range(repeat):
        draft = Draft(text, "twitter", "post", parsed)
        started = time.perf_counter()
        for checker in mine:
            for _ in checker(draft):
                pass
        best = min(best, time.perf_counter() - started)
    return best


def full_time(engine: Engine, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        engine.check(text)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds per kind; each size keeps its best round")
    parser.add_argument("--full", action="store_true", help="also time a full check() for reference")
    args = parser.parse_args()
    engine = Engine(load_policy())
    engine.check("Call me on +93 70 123 4567")  # phonenumbers loaded before timing
    header = f"{'kind of text':26}{'µs/char 2 KB':>14}{'µs/char 32 KB':>15}{'ratio':>7}"
    timers = [("ten safety.* rules", safety_time)] + ([("full check() for reference", full_time)] if args.full else [])
    for title, timer in timers:
        print(f"\n== {title}: time per character, 32 KB against 2 KB (goal: ratio <= 3)")
        print(header)
        worst = 0.0
        for name, make in kinds().items():
            texts = [make(size) for size in SIZES]
            # The machine is shared: the two sizes are timed in turn, round after round, and each keeps its best,
            # so that a burst of someone else's load does not land on one size only.
            best = [float("inf")] * len(SIZES)
            for _ in range(args.repeat):
                for index, text in enumerate(texts):
                    best[index] = min(best[index], timer(engine, text, 1) / len(text))
            ratio = best[1] / best[0]
            worst = max(worst, ratio)
            print(f"{name:26}{best[0] * 1e6:14.3f}{best[1] * 1e6:15.3f}{ratio:7.2f}", flush=True)
        print(f"worst ratio: {worst:.2f}")


if __name__ == "__main__":
    main()
