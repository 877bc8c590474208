"""The `--at MOMENT` argument of the commands that show a given moment (checklist, report): ISO 8601 with an offset."""

from __future__ import annotations

import argparse
from datetime import datetime


def aware_moment(text: str) -> datetime:
    """`text` as a timezone-aware datetime; argparse.ArgumentTypeError (shown as a usage error, exit 2) otherwise."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date-time: {text!r} (e.g. 2026-12-07T10:45:00+01:00)")
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} has no offset: add Z or ±hh:mm (a local time is ambiguous)")
    return moment
