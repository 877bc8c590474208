"""Findings of one rule repeated many times are grouped: the first few as they are, one more that counts the rest."""

from __future__ import annotations

import random
import re
from collections import Counter

from postcheck import check
from postcheck.engine.grouping import SHOWN_PER_RULE, group_repeats
from postcheck.engine.report import Finding

MORE = re.compile(r" \(and (\d+) more like this\)$")


def _finding(rule: str, start: int, severity: str = "warning") -> Finding:
    return Finding(rule=rule, severity=severity, start=start, end=start + 2, message=f"{rule} at {start}.",
                   guideline="Basic Editorial Guidelines")


def test_a_rule_over_the_cap_keeps_its_first_findings_and_one_counting_the_rest() -> None:
    many = [_finding("style.acronym-undefined", 10 * n) for n in range(20)]
    few = [_finding("hashtags.too-many", 10 * n + 5) for n in range(SHOWN_PER_RULE + 1)]
    findings = sorted(many + few, key=lambda f: f.start)
    grouped = group_repeats(findings)
    acronyms = [f for f in grouped if f.rule == "style.acronym-undefined"]
    assert acronyms[:SHOWN_PER_RULE] == many[:SHOWN_PER_RULE]
    summary = acronyms[SHOWN_PER_RULE]
    assert len(acronyms) == SHOWN_PER_RULE + 1
    assert (summary.start, summary.end) == (many[SHOWN_PER_RULE].start, many[SHOWN_PER_RULE].end)
    assert summary.message == f"style.acronym-undefined at {10 * SHOWN_PER_RULE}. (and {20 - SHOWN_PER_RULE - 1} " \
                              "more like this)"
    assert [f for f in grouped if f.rule == "hashtags.too-many"] == few  # cap + 1 is left alone: nothing to save
    assert [f.start for f in grouped] == sorted(f.start for f in grouped)


def test_the_summary_keeps_the_worst_severity_it_stands_for() -> None:
    findings = [_finding("safety.phone", n, "warning") for n in range(10)] + [_finding("safety.phone", 50, "error")]
    grouped = group_repeats(findings)
    assert grouped[-1].severity == "error" and grouped[-1].start == SHOWN_PER_RULE
    assert len(grouped) == SHOWN_PER_RULE + 1


def test_random_bytes_give_a_readable_report_in_the_engine() -> None:
    # The newcomer's 100 KB of random bytes: 304 acronym findings and 400+ mentions before grouping.
    text = random.Random(15).randbytes(100_000).decode("utf-8", errors="replace")
    for platform in ("twitter", "facebook"):
        report = check(text, platform)
        per_rule = Counter(f.rule for f in report.findings)
        assert per_rule and max(per_rule.values()) <= SHOWN_PER_RULE + 1, per_rule
        counted = [f for f in report.findings if MORE.search(f.message)]
        assert {f.rule for f in counted} >= {"style.acronym-undefined", "mentions.too-many"}
        assert all(int(MORE.search(f.message).group(1)) > 0 for f in counted)


def test_grouping_reports_the_true_count() -> None:
    acronyms = " ".join(f"QX{chr(65 + n // 26)}{chr(65 + n % 26)}" for n in range(40))
    report = check(acronyms, "facebook")
    found = [f for f in report.findings if f.rule == "style.acronym-undefined"]
    assert len(found) == SHOWN_PER_RULE + 1
    assert MORE.search(found[-1].message).group(1) == str(40 - SHOWN_PER_RULE - 1)


def test_a_blank_draft_is_not_checked() -> None:
    for text in ("", " ", "\n\n\t  ", "\u200b", "\ufeff \u2060", " " * 400):
        for platform in ("twitter", "X", "facebook"):
            report = check(text, platform)
            assert report.findings == [] and report.stats.blank, (text, platform)
    assert not check(".").stats.blank
    assert check(" " * 400 + "x" * 300).has_error  # text after whitespace is checked as ever
