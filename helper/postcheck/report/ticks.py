"""When a duty or a checklist item was done by hand: the tick that stood at the end of a span (an undo cancels it)."""

from __future__ import annotations

from datetime import datetime

from postcheck.checklist.activity import Activity
from postcheck.checklist.clock import Span

TICKS = ("item-ticked", "item-unticked", "duty-ticked")


def done_at(activity: Activity, item_id: str, span: Span) -> datetime | None:
    """The instant of the tick of `item_id` (an item-ticked or a duty-ticked event) that no undo followed within
    `span`; None when it was never ticked there, or the last word was an undo."""
    moves = sorted((e for kind in TICKS for e in activity.of_type(kind, span)
                    if (e.data.get("duty") if kind == "duty-ticked" else e.data.get("item")) == item_id),
                   key=lambda e: (e.at, e.id))
    state: datetime | None = None
    for event in moves:
        if event.type == "item-unticked":
            state = None
        elif state is None:
            state = event.at
    return state
