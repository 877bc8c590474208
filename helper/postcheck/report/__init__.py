"""The report to the Online Communications Unit: pure figures (`build_report`), then HTML, CSV and JSON renderers.

`build_report(policy, events, period, now, zone)` reads no clock and does no I/O; `postcheck report` and
GET /v1/report hand it the events `windows()` asks for. The renderers (Jinja2) load only when a report is rendered,
never on the helper's keystroke path.
"""

from postcheck.report.build import build_report, windows
from postcheck.report.models import OcuReport
from postcheck.report.period import Period, PeriodError

__all__ = ["build_report", "windows", "OcuReport", "Period", "PeriodError"]
