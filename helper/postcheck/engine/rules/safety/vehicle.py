"""A vehicle's plate, or a description that identifies it, tied to a place or a route.

What it flags: a plate after its cue ("plate KBL 4521", "immatriculée CD-123-AB", "placa ABC-123") or right after
the vehicle's name in capitals and digits ("the white Hilux KCB 778T"), and a colour or
marking with a vehicle ("white Land Cruiser", "4x4 blanc", "camioneta blanca sin logos") in a sentence that places
it (parked, outside, via, every morning, garé devant, estacionada frente a…).
Why: Security and Privacy: "Be aware of offline security concerns"; a recognisable vehicle at a known place is how
staff are followed, kidnapped or robbed.
Example: "Our white Land Cruiser is parked outside the Serena hotel every morning"
Instead: show vehicles without plates and without saying where they stand or go.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.safety._anchors import Anchors
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import Gate, alternation, union, word_pattern
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Security and Privacy"

# A plate: letters and digits in one to three groups, at least one digit ("kbl 4521", "cd-123-ab", "un 1234").
# A group may run to eight signs: Congolese plates are written "6284AB05".
# A group may hold letters of other scripts: Thai "ฒท 4172 ตาก", Arabic "48213-أ-1", "215 تونس 8843".
_PLATE = r"(?P<plate>(?=(?:[^\W_]|[ -]){0,14}\d)[^\W_]{1,8}(?:[ -][^\W_]{1,7}){0,2})(?![\w-])"
# A letter of a script without capitals or beyond Latin (Thai, Arabic, Cyrillic…): a letter (a word character, not a
# digit nor "_") outside a-z, A-Z and the Latin ranges.
_OTHER = r"[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff]"
_GROUPS = regex_table.compile(r"([ -])")
# Two capitals or another script's letter beside a digit: [A-Z]{2}[ -]?\d|\d[ -]?[A-Z]{2}|OTHER[ -]?\d|\d[ -]?OTHER.
# Only searched for (whether the text holds one), and written to begin with the class of its first character (a
# capital, a digit or such a letter), which lets re skip every other character at once (5-9x faster on a post without
# one); what follows depends on that character.
_CAPITAL_AND_DIGIT = regex_table.compile(rf"[^\W_a-z\u00c0-\u024f\u1e00-\u1eff](?:(?<=[A-Z])[A-Z][ -]?\d"
                                rf"|(?<=\d)[ -]?(?:[A-Z]{{2}}|{_OTHER})|(?<={_OTHER})[ -]?\d)")
# A state's name between a plate cue and the plate: "placas de Texas KHT-4417", "plates from Sonora ABC 123".
_STATE = regex_table.compile(r"(?:[A-ZÀ-Þ][a-zà-ÿ]+\s+){1,2}")
# Postcodes look like plates: a US state and ZIP ("CO 80538"), a British postcode ("GU1 4XX").
_POSTCODE = regex_table.compile(r"[A-Z]{2} \d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}")
# A plate standing alone, in capitals and digits ("KBZ 318T", "8H-3421-NG"): read only near a vehicle's name.
# A capital and two digits in a row within its first 13 signs. The pattern begins with the class of its first character
# (re skips the others at once); the look-arounds after it say, from that character on, what they said before it:
# (?<![\w-])(?=[A-Z0-9 -]{0,12}[A-Z])(?=[A-Z0-9 -]{0,12}\d{2})[A-Z0-9]{1,4}…
_LONE_PLATE = regex_table.compile(r"[A-Z0-9](?<![\w-][A-Z0-9])(?:(?<=[A-Z])|(?=[A-Z0-9 -]{0,11}[A-Z]))"
                         r"(?:(?<=\d)(?=\d)|(?=[A-Z0-9 -]{0,11}\d{2}))[A-Z0-9]{0,3}[ -][A-Z0-9]{2,5}"
                         r"(?:-[A-Z0-9]{1,3})?(?![\w-])(?![ -]?\d)")  # "DF 4523 8876" goes on: a grid reference


def build(policy: Policy):
    settings = policy.safety.vehicle
    reader = Reader(policy)
    plate = regex_table.compile(
        alternation(settings.plate_cues)
        + r"(?:\s*(?:number|no\.?|n°|#|nr\.?|numero|de|:|is|est|es))*\s*:?\s*"
        + _PLATE
    )
    colour, vehicle = alternation([*union(settings.colours), *union(settings.armour)]), alternation(settings.vehicles)
    # Armour alone describes a model, not a car: "our armoured Land Cruiser", not "armoured car picks us up".
    painted = word_pattern(settings.colours)
    generic = regex_table.compile(alternation(settings.generic) + r"\Z")
    # A plate right after the vehicle's name needs no cue: "the white Hilux KCB 778T".
    # "our white Hilux (ฒท 4172 ตาก)"
    plate_after = regex_table.compile(vehicle + rf"(?:\s+{colour})?\s+\(?" + _PLATE)
    plate_alone = regex_table.compile(_PLATE)
    described = regex_table.compile(
        rf"{colour}(?:\s+[\w-]+){{0,2}}?\s+{vehicle}|{vehicle}(?:\s+[\w-]+){{0,1}}?\s+{colour}"
    )
    placed = word_pattern(settings.places)
    vehicle_pattern = regex_table.compile(vehicle)
    # Each pattern that begins with a word list is tried only where the list's words stand (Anchors), not at every
    # position of the post: the plate's cue, the vehicle's name, a colour or a vehicle's name.
    plate_at, vehicle_at = Anchors(settings.plate_cues), Anchors(settings.vehicles)
    described_at = Anchors(settings.colours, settings.armour, settings.vehicles)
    plate_gate, vehicle_gate = Gate(settings.plate_cues), Gate(settings.vehicles)
    shared = frozenset(union(settings.shared_cues))
    own = word_pattern([cue for cue in union(settings.plate_cues) if cue not in shared])  # "plaque d'immatriculation"
    colour_gate = Gate([*union(settings.colours), *union(settings.armour)])
    # Every finding needs a plate cue or a vehicle's name: one gate over both (a bit test, then one search of the
    # reading's joined words for the "toyota*" names, which the movement rule's gates build for every post anyway).
    any_gate = Gate([*union(settings.plate_cues), *union(settings.vehicles)])
    window = policy.safety.window

    def check(draft: Draft):
        reading = reader.read(draft)
        if not any_gate.open(reading):
            return
        plated = plate_gate.open(reading)
        named_vehicle = vehicle_gate.open(reading)
        coloured = named_vehicle and colour_gate.open(reading)
        # A plate without its cue is in capitals and digits: without such a run, a vehicle's name alone says nothing.
        capitals = named_vehicle and _CAPITAL_AND_DIGIT.search(draft.text) is not None
        if not (plated or coloured or capitals):
            return
        folded = reading.folded
        # Plates are written in capitals and digits: "plate 3 of the report" is not one.
        found = []
        for m in plate_at.finditer(plate, draft, reading) if plated else ():
            end = _capitals_end(draft.text, m.start("plate"), m.end())
            state = _STATE.match(draft.text, m.start("plate")) if end is None else None
            after_state = plate_alone.match(folded, state.end()) if state else None
            if after_state:  # "placas de Texas KHT-4417": the state's name, then the plate
                end = _capitals_end(draft.text, after_state.start(), after_state.end())
            cue = folded[m.start():m.start("plate")].split()[0] if end is not None else ""
            if end is not None and (named_vehicle or cue.rstrip(".:") not in shared
                                    or own.search(folded, max(0, m.start() - 20), m.start())):
                found.append((m.start(), end, "plate"))
        # Without a cue, a plate mixes capitals and digits: "Hilux KCB 778T", not "Hilux 4x4" nor "truck 2".
        # One scan for the vehicles' names; each is then tried for a plate right after it.
        named = list(vehicle_at.finditer(vehicle_pattern, draft, reading)) if capitals else []
        for v in named:
            m = plate_after.match(folded, v.start())
            end = _capitals_end(draft.text, m.start("plate"), m.end()) if m else None
            if end is not None and _looks_like_plate(draft.text[m.start("plate"):end]):
                found.append((m.start(), end, "plate"))
        if named:
            starts = [v.start() for v in named]
            for lone in _LONE_PLATE.finditer(draft.text):
                index = bisect_left(starts, lone.start() - window)  # the first vehicle not too far before it
                near = index < len(starts) and starts[index] <= lone.start() + window
                if near and _looks_like_plate(lone.group()) and not _POSTCODE.fullmatch(lone.group()):
                    found.append((lone.start(), lone.end(), "plate"))
        for match in described_at.finditer(described, draft, reading) if coloured else ():
            if not painted.search(folded, *match.span()) and _generic_only(match, vehicle_pattern, generic):
                continue
            first, last = reading.sentence_at(match.start())
            lo, hi = max(first, match.start() - window), min(last, match.end() + window)
            where = placed.search(folded, lo, hi)
            if where:
                found.append((min(match.start(), where.start()), max(match.end(), where.end()), "description"))
        for start, end, what in _merged(found):
            yield Hit(
                start, end,
                ("This vehicle's plate" if what == "plate" else "This description of a vehicle and where it is")
                + " lets anyone recognise and follow it, and the people in it.",
                "Remove the plate and where the vehicle stands or goes.",
            )

    return check


def _generic_only(match: re.Match[str], vehicles: re.Pattern[str], generic: re.Pattern[str]) -> bool:
    """Whether every vehicle word in the description names no model ("car", "véhicule")."""
    text = match.group()
    return all(generic.match(v.group()) for v in vehicles.finditer(text))


def _capitals_end(text: str, start: int, end: int) -> int | None:
    """Where the plate in text[start:end] ends once groups with small letters are dropped ("P-512DKF con" is
    "P-512DKF"); None when no group with a digit is left. Plates are written in capitals and digits."""
    groups = _GROUPS.split(text[start:end])
    kept = 0
    for index in range(0, len(groups), 2):
        if any(c.islower() for c in groups[index]):
            break
        kept = index + 1
    plate = "".join(groups[:kept])
    plain = [c for c in plate if c.isalnum()]
    return start + len(plate) if any(c.isdigit() for c in plain) and len(plain) >= 4 else None


def _looks_like_plate(token: str) -> bool:
    letters = sum(c.isalpha() for c in token)
    return letters >= 2 and any(c.isdigit() for c in token) and not any(c.islower() for c in token)


def _merged(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One finding per stretch of text: a plate inside a described vehicle is the same vehicle."""
    merged: list[list] = []
    for start, end, what in sorted(found):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2] = "plate" if "plate" in (what, merged[-1][2]) else what
        else:
            merged.append([start, end, what])
    return [(start, end, what) for start, end, what in merged]
