"""The compliance engine: `Engine(policy).check(text, platform, kind)`. Pure: text and policy in, findings out."""

from postcheck.engine.engine import CheckCancelled, Engine, UnknownValue
from postcheck.engine.report import Entity, Finding, Report, Stats

__all__ = ["CheckCancelled", "Engine", "UnknownValue", "Report", "Finding", "Stats", "Entity"]
