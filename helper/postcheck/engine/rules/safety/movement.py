"""The route, time or schedule of a convoy, vehicle, team, flight, cash transport or evacuation.

What it flags: a sentence where something that moves (convoy, trucks, team, flight, mobile clinic, convoi, camiones…)
is said to move (leaves, departs, quittera, saldrá…) with a time or day and/or a road, checkpoint or crossing.
Past and historical mentions ("five years ago", "in 1944") are not schedules and pass.
Why: Security and Privacy: "Never post information about routes or times of convoys, for example."
Example: "Convoy leaves Kabul at 05:30 via the Jalalabad road"
Instead: post after the movement is over, without its route: "Aid reached 2,000 families in Jalalabad today."
"""

from __future__ import annotations

import re

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._when import past, schedule
from postcheck.engine.rules.safety._words import Gate, union, word_pattern
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Security and Privacy"


# "17 Route des Morillons", "4 Calle Mayor": a route word right after a house number names a street address (the address
# rule's business), not the way a movement takes.
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\d:.,h])\d{1,5}[a-z]?,?\s+$")  # not the end of a time: "6:00 por la ruta"


def _near(matches: list, start: int, end: int, anchor: int, window: int) -> list:
    """The matches inside [start, end) that lie within `window` characters of `anchor`."""
    return [m for m in matches if start <= m.start() < end and abs(m.start() - anchor) <= window]


def build(policy: Policy):
    safety = policy.safety
    reader = Reader(policy)
    movers = word_pattern(safety.movement.movers)
    motions = word_pattern(safety.movement.motions)
    routes = word_pattern(safety.movement.routes)
    when = schedule(safety.when)
    over = past(safety.when)
    events = word_pattern(safety.movement.public_events)
    window, motion_window = safety.window, safety.movement.motion_window
    gate = Gate(safety.movement.movers)
    way_gate = Gate([*union(safety.movement.motions), *union(safety.movement.routes)])

    def check(draft: Draft):
        reading = reader.read(draft)
        if not (gate.open(reading) and way_gate.open(reading)):
            return
        folded = reading.folded
        found = list(movers.finditer(folded))
        if not found:  # most posts move nothing: one scan and out
            return
        # Every finding needs a motion or a route, so the costlier time scan waits for one of them.
        motion_all = list(motions.finditer(folded))
        route_all = [m for m in routes.finditer(folded)
                     if not _HOUSE_NUMBER_BEFORE.search(folded, max(0, m.start() - 8), m.start())]
        if not (motion_all or route_all):
            return
        done: set[tuple[int, int]] = set()  # sentences already reported
        settled: dict[tuple[int, int], bool] = {}
        for mover in found:
            start, end = sentence = reading.sentence_at(mover.start())
            if sentence in done:
                continue
            if sentence not in settled:  # over, or a public event: nothing to protect
                settled[sentence] = (over.search(folded, start, end) or events.search(folded, start, end)) is not None
            if settled[sentence]:
                continue
            anchor = mover.start()
            route = _near(route_all, start, end, anchor, window)
            # A motion counts beside what moves or beside its route ("passage par le poste de contrôle").
            motion = [m for m in _near(motion_all, start, end, anchor, window)
                      if any(abs(m.start() - c.start()) <= motion_window for c in (mover, *route))]
            if not (motion or route):
                continue
            time = _near(list(when.finditer(folded, start, end)), start, end, anchor, window)
            if not ((time and (motion or route)) or (motion and route)):
                continue
            done.add(sentence)
            clues = [mover, *motion, *time, *route]
            leaks = " and ".join(w for w, hits in (("time", time), ("route", route)) if hits)
            yield Hit(
                min(m.start() for m in clues), max(m.end() for m in clues),
                f"This gives the {leaks} of a movement (“{draft.text[mover.start():mover.end()]}”): anyone can "
                "wait for it on the way. Never post routes or times of convoys or other movements.",
                "Remove the time and route; report the movement once it is over, or check with security officials.",
            )

    return check
