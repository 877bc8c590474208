"""postcheck: the organisation's social-media guidelines as help while staff type."""

from postcheck.api import check, default_engine
from postcheck.engine.report import Entity, Finding, Report, Stats

__version__ = "0.1.0"
__all__ = ["check", "default_engine", "Report", "Finding", "Stats", "Entity", "__version__"]
