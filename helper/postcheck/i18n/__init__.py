"""Findings in the reader's language: the English messages and suggestions the rules write, given in French or
Spanish from the catalogue messages.toml (the extension's interface languages: en, fr, es).

The rules keep writing English (the engine stays one language, its tests read the English texts); a report is
translated at the edge, for a client that asks (`lang` of POST /v1/check and /v1/media, `postcheck check --lang`).
A catalogue entry is a rule's English text with {name} where the rule puts a value; the English text of a finding is
matched against it and the translation filled with the same values, themselves translated where the entry lists
them (`values`) or where another entry of the rule is a fragment that matches them. Text no entry matches stays
English: tests/engine/test_translations.py holds every message the rules write to a translation.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from postcheck.engine.report import Finding, Report

LANGUAGES = ("en", "fr", "es")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class _Entry:
    pattern: re.Pattern
    texts: dict[str, str]  # language -> template
    values: dict  # placeholder -> English value -> language -> text
    fragment: bool


def _compile(english: str) -> re.Pattern:
    """The English template as a pattern: its words literal, each {name} any text (shortest first), the same text
    again where a name comes back."""
    parts, last, named = [], 0, set()
    for match in _PLACEHOLDER.finditer(english):
        name = match.group(1)
        parts.append(re.escape(english[last:match.start()]))
        parts.append(f"(?P={name})" if name in named else f"(?P<{name}>.*?)")
        named.add(name)
        last = match.end()
    parts.append(re.escape(english[last:]))
    return re.compile("".join(parts), re.DOTALL)


@lru_cache(maxsize=1)
def _catalogue() -> tuple[dict[str, list[_Entry]], list[_Entry]]:
    data = tomllib.loads(resources.files(__package__).joinpath("messages.toml").read_text(encoding="utf-8"))
    by_rule: dict[str, list[_Entry]] = {}
    for item in data["message"]:
        entry = _Entry(_compile(item["en"]), {lang: item[lang] for lang in LANGUAGES}, item.get("values", {}),
                       item.get("fragment", False))
        by_rule.setdefault(item["rule"], []).append(entry)
    suffixes = [_Entry(_compile(item["en"]), {lang: item[lang] for lang in LANGUAGES}, {}, True)
                for item in data["suffix"]]
    return by_rule, suffixes


def _fill(entry: _Entry, match: re.Match, lang: str, rule: str) -> str:
    filled = {}
    for name, value in match.groupdict().items():
        known = entry.values.get(name, {}).get(value)
        filled[name] = known[lang] if known else (_translate(rule, value, lang, fragments=True) if value else value)
    return entry.texts[lang].format(**filled)


def _translate(rule: str, text: str, lang: str, fragments: bool = False) -> str:
    for entry in _catalogue()[0].get(rule, ()):
        if entry.fragment == fragments and (match := entry.pattern.fullmatch(text)):
            return _fill(entry, match, lang, rule)
    return text


def translate(rule: str, text: str | None, lang: str) -> str | None:
    """`text` (a finding's message or suggestion for `rule`) in `lang`; unchanged for English, None, or a text no
    catalogue entry matches."""
    if not text or lang == "en":
        return text
    for suffix in _catalogue()[1]:
        # "… (and 4 more like this)": the engine's grouping adds it to the message of the rule's last finding.
        head, _, tail = text.rpartition(" (and ")
        if head and (match := suffix.pattern.fullmatch(" (and " + tail)):
            return _translate(rule, head, lang) + suffix.texts[lang].format(**match.groupdict())
    return _translate(rule, text, lang)


def localize_finding(finding: Finding, lang: str) -> Finding:
    if lang == "en":
        return finding
    return finding.model_copy(update={"message": translate(finding.rule, finding.message, lang),
                                      "suggestion": translate(finding.rule, finding.suggestion, lang)})


def localize(report: Report, lang: str) -> Report:
    """`report` with its findings' messages and suggestions in `lang` (en, fr or es; ValueError otherwise)."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang: {lang!r} is not one of {', '.join(LANGUAGES)}")
    if lang == "en" or not report.findings:
        return report
    return report.model_copy(update={"findings": [localize_finding(f, lang) for f in report.findings]})
