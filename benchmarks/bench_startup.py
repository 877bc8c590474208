"""What the CLI, the native host and the helper pay before their first finding: import, policy load, Engine build,
first check; each in a fresh interpreter, best of N.

Run: python benchmarks/bench_startup.py [--runs 7] [--root DIR] [--tree 15]
--root: another checkout (its helper/ goes on PYTHONPATH), e.g. a copy of main to compare on the same load.
Prints, in ms (best of the runs for each column; "ready" is import + policy + build): engine import, load_policy(),
Engine(policy), ready, then the first check, of a phone number (loads phonenumbers lazily) and of a 280-character
tweet with two hashtags (loads the word list), each in fresh interpreters; wall-clock time, then CPU time (less
swayed by other processes on a loaded machine). Twice: with postcheck's bytecode cached (as installed: pip writes
it) and compiled from source at every start (PYTHONDONTWRITEBYTECODE=1, as some shells here set). Then the biggest
self-times of `python -X importtime` (cached bytecode). A line under a text's figures says how many patterns
regex_table did not hold (a table older than the policy or the rules: start-up compiles those with re).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PHONE = "Call me on +93 70 123 4567"
TWEET = ("Our team visits Marikina today to meet the 1,200 families displaced by the floods. Thank you to all "
         "the volunteers who packed 3,000 hygiene kits this week! Read the situation report on our website and "
         "share it with your friends and colleagues: #Floods #Philippines @IOMPhilippines")
PROBE = (
    "import sys, time; w0, c0 = time.perf_counter(), time.process_time()\n"
    "from postcheck.engine import Engine; from postcheck.policy import load_policy\n"
    "w1, c1 = time.perf_counter(), time.process_time(); policy = load_policy()\n"
    "w2, c2 = time.perf_counter(), time.process_time(); engine = Engine(policy)\n"
    "w3, c3 = time.perf_counter(), time.process_time(); report = engine.check(sys.argv[1])\n"
    "w4, c4 = time.perf_counter(), time.process_time()\n"
    "assert report.findings or sys.argv[1] != {phone!r}\n"
    "for t in ((w0, w1, w2, w3, w4), (c0, c1, c2, c3, c4)):\n"
    "    spans = ((t[0], t[1]), (t[1], t[2]), (t[2], t[3]), (t[0], t[3]), (t[3], t[4]))\n"
    "    print(*(f'{{(b - a) * 1e3:.1f}}' for a, b in spans))\n"
    "try:\n"
    "    from postcheck.engine import regex_table\n"
    "    print(len(regex_table.misses))\n"
    "except ImportError:  # a checkout from before regex_table\n"
    "    print(-1)\n"
).format(phone=PHONE)
COLUMNS = ("import", "load_policy", "Engine()", "ready", "first check")


def _env(root: Path, pycache: str | None) -> dict[str, str]:
    """postcheck on the path; bytecode written to and read from `pycache` (None: compiled at every start)."""
    env = {**os.environ, "PYTHONPATH": str(root / "helper")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    if pycache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def probe(root: Path, text: str, pycache: str | None) -> list[list[float]]:
    """One fresh interpreter: [import, load_policy, Engine, ready, first check] in ms, wall-clock then CPU, then
    [how many patterns regex_table lacked, compiled by re instead] (-1: a checkout without regex_table)."""
    out = subprocess.run([sys.executable, "-c", PROBE, text], capture_output=True, text=True, check=True,
                         env=_env(root, pycache), cwd=root)
    return [[float(part) for part in line.split()] for line in out.stdout.splitlines()]


def import_tree(root: Path, top: int, pycache: str) -> list[tuple[int, int, str]]:
    """The `top` biggest self-times (µs) of `-X importtime` for the engine and policy imports: (self, cumulative,
    name)."""
    code = "from postcheck.engine import Engine; from postcheck.policy import load_policy"
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True,
                         check=True, env=_env(root, pycache), cwd=root)
    rows = []
    for line in out.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "self" not in line:
            own, cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
            rows.append((int(own), int(cumulative), name))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh interpreters per text (best of)")
    parser.add_argument("--root", type=Path, default=REPO, help="checkout whose helper/ is measured")
    parser.add_argument("--tree", type=int, default=15, help="how many import self-times to list (0: none)")
    args = parser.parse_args()
    root = args.root.resolve()
    print(f"== Start-up of {root} (python {sys.version.split()[0]}), best of {args.runs} fresh interpreters, ms; "
          f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as pycache:
        probe(root, PHONE, pycache)  # writes the bytecode
        for mode, cache in (("bytecode cached", pycache), ("compiled at start", None)):
            print(f"\n{mode:20}" + "".join(f"{name:>13}" for name in COLUMNS))
            for label, text in (("phone", PHONE), ("tweet", TWEET)):
                runs = [probe(root, text, cache) for _ in range(args.runs)]
                for clock, row in (("wall", 0), ("CPU", 1)):
                    best = [min(run[row][column] for run in runs) for column in range(len(COLUMNS))]
                    print(f"{label + ', ' + clock:20}" + "".join(f"{value:>13.1f}" for value in best))
                missed = int(runs[0][2][0])
                if missed > 0:  # a stale table: start-up pays re for these (scripts/generate_regex_table.py)
                    print(f"{'':20}{missed} patterns compiled by re, not found in regex_table")
        if args.tree:
            print(f"\n== -X importtime (bytecode cached), {args.tree} biggest self-times (µs): self, cumulative, "
                  "module")
            for own, cumulative, name in import_tree(root, args.tree, pycache):
                print(f"{own:>8} {cumulative:>8}  {name}")


if __name__ == "__main__":
    main()
