"""`postcheck check`'s human output beside its --json on texts with many findings, at 2 KB and 32 KB.

Run: python benchmarks/bench_cli.py [--repeat 5]
Prints, per text size: the median time of check() + the JSON report (what --json prints) and of check() + the human
rendering (what plain `postcheck check` prints), the human ÷ JSON ratio, the time per character of each, the number
of findings printed, and the 32 KB ÷ 2 KB growth of the time per character (1.0 = linear in the text). Then the same
for the rendering alone on every finding before repeats are grouped (the engine's grouping caps what is printed, so
this row shows the rendering's own cost: it was quadratic, each excerpt rescanning the text from its start).
The text repeats a paragraph with emoji (astral characters, so UTF-16 and code-point offsets differ), undefined
acronyms, mentions and hashtags, so most rules find something all along it.
"""

from __future__ import annotations

import argparse
import statistics
import time

from postcheck import check, default_engine
from postcheck.commands.check import render
from postcheck.engine import engine as engine_module

PARAGRAPH = ("The WFTZ and the KQPR teams 🙏🏽 met @UN @UNHCR @WFP @UNICEF @WHO in the camp #Refugees #Migration "
             "#Hope #Help #WorldRefugeeDay 🇵🇭 to plan the XKCD distribution with the BRQM office. ")


def text_of(size: int) -> str:
    return (PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size]


def median_ms(function, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    check("warm-up: loads the lazy tables once")
    per_char = {}
    print(f"{'size':>7} {'findings':>9} {'json ms':>9} {'human ms':>9} {'human/json':>11} "
          f"{'json µs/char':>13} {'human µs/char':>14}")
    for size in (2_048, 32_768):
        text = text_of(size)
        report = check(text, "facebook")
        json_ms = median_ms(lambda: check(text, "facebook").model_dump_json(indent=2), args.repeat)
        human_ms = median_ms(lambda: render(text, check(text, "facebook")), args.repeat)
        per_char[size] = (json_ms * 1e3 / size, human_ms * 1e3 / size)
        print(f"{size:>7} {len(report.findings):>9} {json_ms:>9.1f} {human_ms:>9.1f} {human_ms / json_ms:>10.2f}× "
              f"{per_char[size][0]:>13.2f} {per_char[size][1]:>14.2f}")
    growth_json = per_char[32_768][0] / per_char[2_048][0]
    growth_human = per_char[32_768][1] / per_char[2_048][1]
    print(f"time per character, 32 KB ÷ 2 KB: json {growth_json:.2f}×, human {growth_human:.2f}×")
    print("every finding, ungrouped: serialisation and rendering alone")
    grouping = getattr(engine_module, "group_repeats", None)
    engine_module.group_repeats = lambda findings: findings  # this row only: the engine's full list
    try:
        for size in (2_048, 32_768):
            text = text_of(size)
            report = default_engine().check(text, "facebook")
            json_ms = median_ms(lambda: report.model_dump_json(indent=2), args.repeat)
            human_ms = median_ms(lambda: render(text, report), args.repeat)
            print(f"{size:>7} {len(report.findings):>9} {json_ms:>9.1f} {human_ms:>9.1f} {human_ms / json_ms:>10.2f}× "
                  f"{json_ms * 1e3 / size:>13.2f} {human_ms * 1e3 / size:>14.2f}")
    finally:
        if grouping is not None:
            engine_module.group_repeats = grouping


if __name__ == "__main__":
    main()
