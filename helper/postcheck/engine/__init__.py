"""The compliance engine: `Engine(policy).check(text, platform, kind)`. Pure: text and policy in, findings out."""

from postcheck.engine.engine import Engine, UnknownValue
from postcheck.engine.report import Entity, Finding, Report, Stats

__all__ = ["Engine", "UnknownValue", "Report", "Finding", "Stats", "Entity"]
