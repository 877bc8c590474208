"""The route, time or schedule of a convoy, vehicle, team, flight, cash transport or evacuation.

What it flags: a sentence where something that moves (convoy, trucks, team, flight, cash, goods, a vehicle by its make:
"Land Cruiser", "camioneta"; convoi, fonds, camiones…) is said to move (leaves, departs, ETD, quittera, saldrá…) with
a time or day and/or a road, checkpoint or crossing; a named person right before a motion ("Hernán drives it to
Ipiales … around 7:30") or the writer's own trip ("we cross from …", "bajamos a Suchiate", "Vuelo el viernes a
Bangkok") with a clock time, or a day and where to; a trip written with an arrow between two places ("Niamey ->
Agadez this Thursday"); and a mobile team's week, days with their places ("Mon – Tapachula, Tue – Huixtla"). Past
and historical mentions ("five years ago", "landed … on Tuesday", "mardi dernier"), public events (a workshop, a fair,
a match), staying put ("passe la nuit") and leave taken ("annual leave") are not schedules and pass.
Why: Security and Privacy: "Never post information about routes or times of convoys, for example."
Example: "Convoy leaves Kabul at 05:30 via the Jalalabad road"
Instead: post after the movement is over, without its route: "Aid reached 2,000 families in Jalalabad today."
"""

from __future__ import annotations

from bisect import bisect_left

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.safety._itinerary import stops
from postcheck.engine.rules.safety._movers import (AT_PLACE, AT_POINT, PLACE_AFTER, Ahead, Sorted, apart,
                                                     dashed_routes, named_before)
from postcheck.engine.rules.safety._phrase_scan import Gates, Scan
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._when import clock, past, schedule
from postcheck.engine.rules.safety._words import WORD_MARK, Gate, fold_pattern, word_pattern
from postcheck.policy import Policy


class _Words:
    """The words of a folded text that blanking cut differently from the Reading's (`words`, `joined_words`), as
    Gate.open reads them."""

    __slots__ = ("joined_words", "words")

    def __init__(self, words: frozenset[str], joined: str) -> None:
        self.words, self.joined_words = words, joined


SEVERITY = "error"
GUIDELINE = "Security and Privacy"


# "17 Route des Morillons", "4 Calle Mayor": a route word right after a house number names a street address (the address
# rule's business), not the way a movement takes; not the end of a time ("6:00 por la ruta").
_HOUSE_NUMBER_BEFORE = regex_table.compile(r"(?<![\d:.,h])\d{1,5}[a-z]?,?\s+$")
# "… http://t.co/x via @sharethis": who shared a link, not the way anything goes.
_SHARED_VIA = regex_table.compile(r"\s*[@#]|\s*https?:")
# What a clock time needs, found cheaply before a named person's trip is looked for ("7:30", "6am", "a las 6"):
# r"\d(?:[:h.]\d\d|\s?(?:am|pm|a\.m|p\.m|h|hrs)\b)" or r"(?:las|around|about|by|at|vers)\s+\d" somewhere. Said as
# searches that each begin with a literal, which re finds with a fast string search (what stands before it is read
# by a lookbehind): a few tries where a search of either whole pattern tried every digit or every "a". Any match
# does not depend on their order.
_CLOCKISH = (regex_table.compile(r":(?<=\d:)\d\d"),
             regex_table.compile(r"h(?:(?<=\dh)\d\d|(?:(?<=\dh)|(?<=\d\sh))(?:rs)?\b)"),
             regex_table.compile(r"m\b(?:(?<=\d[ap]m)|(?<=\d\s[ap]m)|(?<=\d[ap]\.m)|(?<=\d\s[ap]\.m))"),
             regex_table.compile(r"\.(?<=\d\.)\d\d"),
             *(regex_table.compile(word + r"\s+\d") for word in ("at", "by", "las", "about", "around", "vers")))
# "Issa drives Niamey -> Agadez this Thursday": an arrow between two places is a trip, whoever makes it; it stands
# for both what moves and its route. Both ends are names (capitalised in the text): "Read more -> link" is no trip.
# Read before emoji are blanked: "➡" is a dingbat. A post without ">", "→", "⟶" nor "➡" has none.
_ARROW = regex_table.compile(r"([^\W\d_][\w'-]*)\s*(?:->|→|⟶|=>|➡)\ufe0f?\s*([^\W\d_][\w'-]*)")


# The bits of Gates.open, in the order of the lists given to it in build(). A gate is read exactly where the rule
# always read it: the words of the draft (Reading.words) are not those of the text the patterns scan where a blanked
# pictograph was a word character ("team①").
MOVERS, SELVES, MOTIONS, ROUTES, STATIONS, DAYS, STAYS = (1 << bit for bit in range(7))
# Clues are (start, end) tuples; a person who moves is (start, end, named): one's own trip ("we cross", False) or a
# name read from the text right before a motion ("Hernán drives", True).
_OWN, _NAMED = False, True


def _start(clue: tuple) -> int:
    return clue[0]


def _clockish(lower: str) -> bool:
    for pattern in _CLOCKISH:
        if pattern.search(lower) is not None:
            return True
    return False


def build(policy: Policy):
    safety = policy.safety
    reader = Reader(policy)
    rough = [fold_pattern(p) for ps in safety.movement.rough_times.values() for p in ps]
    clock_time = regex_table.compile("|".join([clock(safety.when), *(f"(?:{p})" for p in rough)]))
    # a clock time, day or date, a rough time ("around 10"), a weekly schedule ("every Tue & Fri")
    when = schedule(safety.when, *rough, *(fold_pattern(p) for ps in safety.movement.schedules.values() for p in ps))
    vehicles = word_pattern(safety.movement.vehicles)
    stations = word_pattern(safety.movement.stations)
    over = past(safety.when)
    over_words = Gate(safety.when.past)  # which posts may tell a past story at all
    events = word_pattern(safety.movement.public_events)
    event_words = Scan([safety.movement.public_events], frozenset())  # which posts may hold a public event
    window, motion_window = safety.window, safety.movement.motion_window
    # One look at a post's words says which lists it may hold: a bit each, as each list's own Gate would say.
    gates = Gates([safety.movement.movers, safety.movement.self_movers, safety.movement.motions, safety.movement.routes,
                   safety.movement.stations, safety.movement.itinerary_days, safety.movement.stays])
    # What moves, one's own trips, motions, routes, stays and a week's days: found where their first words stand, as
    # each list's own scan would find them.
    scan = Scan([safety.movement.movers, safety.movement.self_movers, safety.movement.motions, safety.movement.routes,
                 safety.movement.stays, safety.movement.itinerary_days], gates.stems)
    message = ("This gives the {} of a movement (“{}”): anyone can wait for it on the way. Never post routes or "
               "times of convoys or other movements.")
    suggestion = "Remove the time and route; report the movement once it is over, or check with security officials."

    def settled(folded: str, start: int, end: int, eventful: bool, storied: bool) -> bool:
        """Over, or a public event (`eventful`, `storied`: the post may hold one, a past word): nothing to protect."""
        if storied and over.search(folded, start, end) is not None:
            return True
        return eventful and events.search(folded, start, end) is not None

    def route_of_week(draft: Draft, reading, found: list, days: list, storied: bool):
        """A mobile team's days and places ("Mon – Tapachula, Tue – Huixtla"): two stops or more, close together,
        near what moves."""
        folded = reading.folded
        movers_at = Sorted(found)
        chain: list[tuple[int, int]] = []
        for stop in [*stops(draft.text, days), (len(folded) + window + 1, 0)]:
            if chain and stop[0] - chain[-1][1] > window:
                near = movers_at.near(chain[0][0] - 2 * window, chain[-1][1] + 1, chain[0][0], 2 * window) if len(
                    chain) >= 2 else []
                mover = near[0] if near else None
                if mover is not None and not settled(folded, mover[0], chain[-1][1], True, storied):
                    return Hit(min(mover[0], chain[0][0]), chain[-1][1],
                               message.format("route and days", draft.text[mover[0]:mover[1]]), suggestion)
                chain = []
            chain.append(stop)
        return None

    def check(draft: Draft):
        """The findings of `draft` (an iterable of Hit): none at once for a post the gates stop (most posts), without
        the cost of a generator."""
        reading = reader.read(draft)
        text = draft.text
        arrowed = ">" in text or (not text.isascii() and ("→" in text or "⟶" in text or "➡" in text))
        bits, stems = gates.open(reading)
        moving, selves, way = bits & MOVERS, bits & SELVES, bits & (MOTIONS | ROUTES | STATIONS)
        # A named person's trip needs a motion or route word and a clock time: that search is made when it decides,
        # here or once a name stands before a motion.
        clockish = None
        if not (arrowed or moving or selves):  # only a name before a motion may move
            if not way or (not bits & MOTIONS and reading.lower.isascii()):  # no motion (in ASCII the words are exact)
                return ()
            clockish = _clockish(reading.lower)
            if not clockish:
                return ()
        if not (arrowed or way or selves or bits & DAYS):  # a finding needs a motion or route, or a week's days
            return ()
        return movements(draft, reading, arrowed, bits, stems, clockish)

    def movements(draft: Draft, reading, arrowed: bool, bits: int, stems: list[str], clockish: bool | None):
        """The findings of a post the gates let through (`bits`, `stems`: Gates.open; `clockish`: _clockish or not
        yet known)."""
        text = draft.text
        moving, selves, way = bits & MOVERS, bits & SELVES, bits & (MOTIONS | ROUTES | STATIONS)
        folded = reading.folded
        arrows = [m.span() for m in _ARROW.finditer(reading.lower)
                  if text[m.start(1)].isupper() and text[m.start(2)].isupper()] if arrowed else []
        words = reading.folded_words
        joined = reading.joined_words
        if words is not reading.words:
            joined = WORD_MARK + WORD_MARK.join(words)
            stems = gates.prefixes(joined)
        # Motions, routes and stays matter only to a post with a motion or route word, an arrow or one's own trip:
        # without them, only a week's route may be found.
        wanted = bool(moving) | bool(selves) << 1 | bool(bits & DAYS) << 5
        if way or arrowed or selves:
            wanted |= 0b1100 | bool(bits & STAYS) << 4
        found, own, motions, routes, stays, days = scan.find(folded, words, stems, wanted)
        people = [(a, b, _OWN) for a, b in own]
        for a, _ in motions if way else ():  # a named person right before a motion moves too ("Hernán drives it …")
            person = named_before(text, a, reading.sentence_at(a)[0])
            if person is not None:
                if clockish is None:
                    clockish = _clockish(reading.lower)
                if not clockish:
                    break
                people.append((*person, _NAMED))
        if arrows or people:
            found = sorted([*found, *arrows, *people], key=_start)
        if not found:  # most posts move nothing
            return
        # without, no sentence of the post tells a past story
        storied = over_words.open(reading if words is reading.words else _Words(words, joined))
        weekly = route_of_week(draft, reading, found, days, storied) if bits & DAYS and days else None
        if weekly is not None:
            yield weekly
            return
        if not (arrows or way or people):
            return
        # Every finding needs a motion or a route, so the costlier time scan waits for one of them.
        motion_all = Sorted(sorted([*motions, *own], key=_start) if own else motions)
        route_all = Sorted(sorted(
            [*dashed_routes(text, reading, vehicles, window), *((a, b) for a, b in routes
               if not _HOUSE_NUMBER_BEFORE.search(folded, max(0, a - 8), a)
               and not (folded[a:b] == "via" and _SHARED_VIA.match(folded, b))), *arrows],
            key=_start))
        if not (motion_all.matches or route_all.matches or bits & STATIONS):
            return
        stay_starts = [a for a, _ in stays]

        def stays_at(position: int) -> bool:
            """Inside "passe la nuit", "spend the night": staying put, not moving."""
            return any(a <= position < b for a, b in stays)

        def stationed(mover, end: int) -> bool:
            """A mobile clinic or relief team at a point or a town ("en Pedernales"), any mover at a point or
            coordinates ("au point 18.64, …"); not one staying there ("passe la nuit au point …")."""
            if bisect_left(stay_starts, end) > bisect_left(stay_starts, mover[0]):  # a stay after it
                return False
            place = AT_PLACE if stations.fullmatch(folded, mover[0], mover[1]) else AT_POINT
            return place.search(text, mover[1], min(end, mover[1] + window)) is not None

        time_all: Ahead | None = None  # the costliest scan, made when a sentence first needs it, as far as it does
        done: set[tuple[int, int]] = set()  # sentences already reported
        over_or_public: dict[tuple[int, int], bool] = {}
        eventful = None  # whether the post may hold a public event, found when a sentence first asks
        for mover in found:
            start, end = sentence = reading.sentence_at(mover[0])
            if sentence in done:
                continue
            anchor = mover[0]
            personal = len(mover) == 3
            route = route_all.near(start, end, anchor, window)
            # A motion counts beside what moves or beside its route ("passage par le poste de contrôle").
            motion = [m for m in motion_all.near(start, end, anchor, window)
                      if not (stays and stays_at(m[0])) and any(abs(m[0] - c[0]) <= motion_window
                             or apart(folded, m[0], c[0]) <= motion_window for c in (mover, *route))]
            if not motion and (personal or stationed(mover, end)):
                motion = [mover]  # a mobile clinic at a point or a town says where it will be, as a motion does
            if not (motion or route):
                continue
            if sentence not in over_or_public:
                if eventful is None:
                    eventful = event_words.may_hold(words) != 0
                over_or_public[sentence] = settled(folded, start, end, eventful, storied)
            if over_or_public[sentence] and not (personal and mover[2] is _OWN and not (
                    storied and over.search(folded, start, end) is not None)):
                continue  # one's own trip to a workshop still says when one travels
            if time_all is None:
                time_all = Ahead(when.finditer(folded))
            time = time_all.near(start, end, anchor, window)
            if personal and not (time and PLACE_AFTER.search(text, mover[1], min(end, mover[1] + window))):
                # a person's trip needs a clock time, or a day and where to ("Vuelo el viernes a Bangkok")
                time = [t for t in time if clock_time.fullmatch(folded[t[0]:t[1]])]
                if mover[2] is _NAMED and not time:  # a name read from the text: its clock time only
                    continue
            if not ((time and (motion or route)) or (motion and route)):
                continue
            done.add(sentence)
            clues = [mover, *motion, *time, *route]
            leaks = " and ".join(w for w, hits in (("time", time), ("route", route)) if hits)
            yield Hit(min(m[0] for m in clues), max(m[1] for m in clues),
                      message.format(leaks, text[mover[0]:mover[1]]), suggestion)

    return check
