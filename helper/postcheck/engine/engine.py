"""The engine: a policy compiled into rule checkers, and check() turning text into a Report. Pure: no I/O, no clock."""

from __future__ import annotations

from collections.abc import Callable

from postcheck.engine import regex_table, twitter
from postcheck.engine.draft import Draft, Hit
from postcheck.engine.grouping import group_repeats
from postcheck.engine.offsets import LONE_SURROGATE, Utf16Map, utf16_len
from postcheck.engine.registry import RuleSpec, discover
from postcheck.engine.report import Entity, Finding, Report, Stats
from postcheck.policy.models import PLATFORMS, Policy
from postcheck.policy.platforms import platform_name

KINDS = ("post", "reply")
# Whitespace and the invisible characters editors leave in an empty box (zero-width space, joiners, BOM).
_BLANK = regex_table.compile(r"[\s\u200b-\u200d\u2060\ufeff]*")
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# A lone surrogate cannot go into UTF-8 JSON. U+FFFD is one UTF-16 unit too, so swapping it in keeps every offset
# the browser will use, and the report always serialises.


class UnknownValue(ValueError):
    """A platform or kind the engine does not know."""


class CheckCancelled(Exception):
    """check() stopped early because its caller said so (`cancelled()` became true): nobody wants the report."""


class Engine:
    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.rules: list[tuple[RuleSpec, object]] = [(spec, spec.module.build(policy)) for spec in discover()]
        # The rules that apply to each platform and kind, sorted out once rather than at every keystroke.
        self._applicable = {
            (platform, kind): [(spec, checker) for spec, checker in self.rules
                               if (not spec.platforms or platform in spec.platforms)
                               and (not spec.kinds or kind in spec.kinds)]
            for platform in PLATFORMS for kind in KINDS
        }

    def check(self, text: str, platform: str = "twitter", kind: str = "post",
              cancelled: Callable[[], bool] | None = None, addressee: str | None = None) -> Report:
        """The report on `text` (platform: a name or alias, any case; kind: post or reply; addressee: for a reply,
        the name of the person it answers when known, e.g. "Maria Lopez"). A blank text (empty, or only whitespace)
        is not checked: no findings and `stats.blank` true. Raises UnknownValue; raises CheckCancelled when
        `cancelled()` is true before a rule or after any finding (the helper passes it for a check whose client has
        gone)."""
        platform = platform_name(platform)
        applicable = self._applicable.get((platform, kind))
        if applicable is None:
            if platform not in PLATFORMS:
                raise UnknownValue(f"unknown platform {platform!r}: expected one of {', '.join(PLATFORMS)}")
            raise UnknownValue(f"unknown kind {kind!r}: expected post or reply")
        if LONE_SURROGATE.search(text):
            text = LONE_SURROGATE.sub("\ufffd", text)
        parsed = twitter.parse(text)
        draft = Draft(text, platform, kind, parsed, addressee or None)
        to16 = Utf16Map(text)
        findings: list[Finding] = []
        blank = _BLANK.fullmatch(text) is not None
        for done, (spec, checker) in enumerate([] if blank else applicable):
            if cancelled is not None and cancelled():
                raise CheckCancelled(f"stopped before rule {done + 1} of {len(applicable)}")
            for hit in checker(draft):  # type: ignore[operator]
                findings.append(self._finding(spec, hit, to16, platform))
                if cancelled is not None and cancelled():
                    raise CheckCancelled(f"stopped in rule {done + 1} of {len(applicable)} ({spec.id})")
        findings.sort(key=lambda f: (f.start, _SEVERITY_ORDER[f.severity], f.rule))
        return Report(
            platform=platform, kind=kind, findings=group_repeats(findings), stats=self._stats(draft, to16, blank)
        )

    @staticmethod
    def _finding(spec: RuleSpec, hit: Hit, to16: Utf16Map, platform: str) -> Finding:
        return Finding(
            rule=spec.id, severity=hit.severity or spec.severity, start=to16(hit.start), end=to16(hit.end),
            message=hit.message, guideline=spec.guideline_for(platform), suggestion=hit.suggestion,
        )

    def _stats(self, draft: Draft, to16: Utf16Map, blank: bool) -> Stats:
        parsed = draft.parsed
        twitterish = draft.platform == "twitter"
        entities = [
            [Entity(text=s.text, start=to16(s.start), end=to16(s.end)) for s in group]
            for group in (parsed.hashtags, parsed.mentions, parsed.urls)
        ]
        return Stats(
            weighted_length=parsed.weighted_length,
            length=parsed.weighted_length if twitterish else utf16_len(draft.text),
            limit=self.policy.limits.of(draft.platform),
            ideal=self.policy.length.ideal if draft.platform in self.policy.length.platforms else None,
            hashtags=entities[0], mentions=entities[1], urls=entities[2], blank=blank,
        )
