"""Today's checklist: the guidelines' daily, weekly, monthly and yearly rhythm as items that mostly tick themselves.

Pure: `build_today(policy, events, now, zone)` and `build_week(...)` read no clock and do no I/O; the server and the
CLI pass `now`, the zone and the events `windows()` asks for.
"""

from postcheck.checklist.activity import windows
from postcheck.checklist.models import Badge, Checklist, Item, Progress, Week
from postcheck.checklist.today import TICKABLE_KINDS, badge, build_today, build_week, tickable

__all__ = ["build_today", "build_week", "tickable", "badge", "windows", "Checklist", "Item", "Progress", "Badge",
           "Week", "TICKABLE_KINDS"]
