"""Findings of one rule repeated many times become a few: the first ones as they are, then one that counts the rest.

A 100 KB paste can give hundreds of `style.acronym-undefined` or `mentions.too-many` findings; a list that long hides
everything else in the CLI, the API and the panel. The shape of a finding does not change (DESIGN.md): the summary is
an ordinary finding of the same rule, on the first occurrence it stands for, with the count in its message.
"""

from __future__ import annotations

from collections import Counter

from postcheck.engine.report import Finding

# How many findings of one rule are shown as they are. Not a guideline's number: it is how much a person reads.
SHOWN_PER_RULE = 5
_RANK = {"error": 0, "warning": 1, "info": 2}


def group_repeats(findings: list[Finding], shown: int = SHOWN_PER_RULE) -> list[Finding]:
    """`findings` (sorted by position) with, for each rule found more than `shown` + 1 times, its first `shown`
    findings and then one finding on the next occurrence whose message ends "(and N more like this)" and whose
    severity is the worst of those it stands for. Positions keep their order; a rule found `shown` + 1 times or
    fewer is left alone (a summary of one would say less than the finding)."""
    totals = Counter(finding.rule for finding in findings)
    crowded = {rule for rule, total in totals.items() if total > shown + 1}
    if not crowded:
        return findings
    worst: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for finding in findings:
        if finding.rule in crowded:
            seen[finding.rule] += 1
            if seen[finding.rule] > shown and _RANK[finding.severity] < _RANK[worst.get(finding.rule, "info")]:
                worst[finding.rule] = finding.severity
    grouped, seen = [], Counter()
    for finding in findings:
        seen[finding.rule] += 1
        count = seen[finding.rule]
        if finding.rule not in crowded or count <= shown:
            grouped.append(finding)
        elif count == shown + 1:
            more = totals[finding.rule] - shown - 1
            grouped.append(finding.model_copy(update={
                "message": f"{finding.message} (and {more} more like this)",
                "severity": worst.get(finding.rule, "info")}))
    return grouped
