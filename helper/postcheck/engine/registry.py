"""Finds the rules: one module per rule under rules/<family>/<name>.py; its id is "<family>.<name>"."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from types import ModuleType

from postcheck.engine import rules as rules_package

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """A rule module's declarations: what it flags is in its docstring, the rest is data."""

    id: str
    module: ModuleType
    severity: str
    guideline: str
    platforms: frozenset[str] | None
    kinds: frozenset[str] | None
    guideline_by_platform: dict[str, str]

    def guideline_for(self, platform: str) -> str:
        """The section to cite on `platform`: the guidelines repeat some rules per platform (Links, Hashtags)."""
        return self.guideline_by_platform.get(platform, self.guideline)


def rule_id(module_name: str) -> str:
    family, name = module_name.rsplit(".", 2)[-2:]
    return f"{family}.{name.replace('_', '-')}"


def _spec(module: ModuleType) -> RuleSpec:
    rid = rule_id(module.__name__)
    severity = getattr(module, "SEVERITY", None)
    guideline = getattr(module, "GUIDELINE", None)
    if severity not in SEVERITIES or not isinstance(guideline, str) or not callable(getattr(module, "build", None)):
        raise TypeError(f"rule {rid} ({module.__file__}) must define SEVERITY, GUIDELINE and build(policy)")
    platforms = getattr(module, "PLATFORMS", None)
    kinds = getattr(module, "KINDS", None)
    return RuleSpec(
        rid, module, severity, guideline,
        frozenset(platforms) if platforms else None, frozenset(kinds) if kinds else None,
        dict(getattr(module, "GUIDELINE_BY_PLATFORM", {})),
    )


def discover() -> list[RuleSpec]:
    """Every rule module, sorted by id."""
    specs = []
    for family in pkgutil.iter_modules(rules_package.__path__):
        if not family.ispkg:
            continue
        package = importlib.import_module(f"{rules_package.__name__}.{family.name}")
        for rule in pkgutil.iter_modules(package.__path__):
            if not rule.name.startswith("_"):
                specs.append(_spec(importlib.import_module(f"{package.__name__}.{rule.name}")))
    return sorted(specs, key=lambda spec: spec.id)
