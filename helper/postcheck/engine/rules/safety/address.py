"""A home or street address, or a precise description of where someone lives.

What it flags: a street address ("12 Baker Street", "3 rue de la Paix", "Calle 45 # 12-30", "House 14, Road 7", "Jl.
Kemang Raya 14B") in a sentence that makes it someone's home (lives, house, domicile, habite, vivo, casa…, a named
household "la famille Khoury", a numbered flat "Apt 3C") and names no public place (shelter, office, school, albergue…)
outside the street's own name ("22 Church Street" is a street, not a church); descriptions such as "we live right behind
the blue mosque", "j'habite juste derrière le marché", "mi casa queda frente a la iglesia"; a home located by clues
(`_landmarks.py`): a home word near two locators of one sentence — a named street, a district, a landmark relation, a
mark or colour of the house ("our place in Plateau (rue PL-34, the yellow house behind the Total station)"); and a
postal block of lines sent to someone's home ("post directly to me:" then "Vojvode Stepe 112, stan 9" and "11000
Beograd, Serbia"). A house on fire, a home of the past and homes counted pass.
Why: Security and Privacy: "Never post personal details, such as home addresses"; Do's: "Never post personal
details such the home addresses of yourself or colleagues."
Example: "Dinner at my place tonight, 14 Rue des Acacias, 2nd floor!"
Instead: keep the address private; a public venue's address is fine.
"""

from __future__ import annotations

import re

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft, Hit
from postcheck.engine.fold import fold, fold_pattern
from postcheck.engine.rules.safety._anchors import Anchors
from postcheck.engine.rules.safety._landmarks import Landmarks, names_first
from postcheck.engine.rules.safety._postal import blocks
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._regex_facts import needed_strings
from postcheck.engine.rules.safety._words import (
    Gate,
    alternation,
    regex_union,
    union,
    whole_words_end,
    word_pattern,
)
from postcheck.policy import Policy
from postcheck.policy.safety_model import Lexicon

SEVERITY = "error"
GUIDELINE = "Security and Privacy; Do's"


_DIGIT = regex_table.compile(r"\d")
_AFTER = 25


def _streets(types, units) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Number-first addresses (English, French) and type-first ones (every language but English), as two patterns:
    each then starts with one kind of character, which lets re skip ahead quickly."""
    en, fr, es = (alternation(types.get(lang, [])) for lang in ("en", "fr", "es"))
    name = r"[\w'-]+"
    # The look-behind sits after the first digit so the pattern starts with \d: "12" but not "a12", "1.12" or "1,12".
    number_first = regex_table.compile(
        # English: number, one to three name words, street type ("221b baker street", "12 main st.")
        rf"\d(?<![\w.,]\d)(?:\d{{0,4}}[a-z]?\s+(?:{name}\s+){{1,3}}?{en}\.?"
        # French: number, type, name ("3 bis rue de la paix", "12, avenue foch")
        rf"|\d{{0,3}}(?:\s?(?:bis|ter))?,?\s+{fr}\.?\s+(?:(?:de\s+la|de\s+l'|du|des|de|d')\s*)?{name}(?:\s+{name})?)"
    )
    # Type first (Spanish, and house or road numbers anywhere): "calle 45 # 12-30", "avenida siempre viva 742",
    # "carrera 7 no. 45-12", "house 14, road 7"; Quito's numbers carry the street's side ("av. amazonas n34-120",
    # "calle e7-45", "oe2-150").
    # A unit type is followed by its number at once ("casa 14", not "casa con 5 posti").
    spanish, unit = alternation(names_first(types)), alternation(units)
    type_first = regex_table.compile(
        rf"(?:{spanish}\.?\s+(?:{name}\s+){{0,3}}?|{unit}\.?\s+)(?:#|n[o°º]\.?|numero|(?:oe|[nse])(?=\d{{1,3}}-\d))?"
        rf"\s*\d{{1,4}}[a-z]?"
        rf"(?:\s*(?:#|-|n[o°º]\.?)\s*\d{{1,4}}(?:\s*-\s*\d{{1,4}})?)?(?!\w)"
        # A clock time is no house number: "leaves the compound 05:30", "la casa 6h30".
        rf"(?![:h.]\d)"
    )
    return number_first, type_first


def build(policy: Policy):
    settings = policy.safety.address
    reader = Reader(policy)
    number_first, type_first = _streets(settings.street_types, settings.unit_types)
    type_first_at = Anchors(names_first(settings.street_types), settings.unit_types)  # what type_first begins with
    # number_first holds an English or a French street type as a whole word: without one it finds nothing.
    number_first_at = Anchors(settings.street_types.get("en", []), settings.street_types.get("fr", []))
    # A street is someone's home only with a home word or a named household near it, or a flat's number: a post
    # without a word that begins as one of them (a stretch may end inside a word) and without a flat's word has no
    # street to read.
    home_clues, flats = Anchors(settings.residence, settings.households), Anchors(settings.dwelling_units)
    # Gates see words: an abbreviation written with its sign ("c/" for calle) is seen by its letters.
    units = [w.rstrip("/.") for w in union(settings.unit_types)]
    type_gate_words = [*(w.rstrip("/.") for w in union(settings.street_types)), *units]
    type_gate = Gate(type_gate_words)
    # Folded as the post's words are ("jirón" is read "jiron"), as union() folds the gate's.
    type_words = frozenset(w for w in (*(fold(w.rstrip("/.")) for w in names_first(settings.street_types)), *units)
                           if w.isalnum())
    landmarks = Landmarks(settings)
    homes = word_pattern([*union(settings.residence), *settings.home_words])
    home = word_pattern(settings.residence)
    dwelling = word_pattern(settings.dwelling_units)
    public = word_pattern(settings.public_places)
    described = _Narrowed(settings.descriptions)
    triggers = frozenset(union(settings.description_triggers))
    # A description, a typed street or a located home each needs a word of these lists: one test shuts most posts.
    any_gate = Gate([*triggers, *type_gate_words, *landmarks.gate_words])
    window = policy.safety.window
    message = ("This gives away where someone lives: a home address lets anyone find the person and their "
               "family.")
    suggestion = "Remove the address; name the town at most. A public venue's address is fine."

    def check(draft: Draft):
        reading = reader.read(draft)
        if "\n" not in draft.text and not any_gate.open(reading):
            return  # no postal block (it needs lines) and no word any other reading starts from
        seen: list[tuple[int, int]] = []
        describes = not triggers.isdisjoint(reading.words)
        located = landmarks.find(draft, reading)
        if "\n" in draft.text and _DIGIT.search(draft.text):
            # A postal block sent to someone's home: "post directly to me:\nVojvode Stepe 112\n11000 Beograd, Serbia".
            for start, end in blocks(draft.text):
                if homes.search(reading.lower, max(0, start - window), start):
                    seen.append((start, end))
        numbered = type_gate.open(reading) and _DIGIT.search(reading.lower) is not None and (
            home_clues.begin_a_word(draft, reading) or flats.anywhere(draft, reading))
        if not (describes or numbered or seen or located):
            return
        folded = reading.folded
        # A described home is a home even when its landmark is public ("right behind the mosque").
        for match in described.finditer(folded) if describes else ():
            seen.append((match.start(), whole_words_end(folded, match.start(), match.end())))
        if numbered:
            streets = list(number_first.finditer(folded)) if number_first_at.anywhere(draft, reading) else []
            if not type_words.isdisjoint(reading.words):
                streets += type_first_at.finditer(type_first, draft, reading)
            for match in streets:
                first, last = landmarks.sentence(reading, match.start())
                lo, hi = max(first, match.start() - window), min(last, match.end() + window)
                # A public place is named before its address, or just after it ("…, 2nd floor of the clinic"); a
                # public word inside the street's name ("22 Church Street") names the street, not the place.
                # A home counted ("2,300 households in Block 5") is a statistic; a named household is a home.
                if not (any(landmarks.private(reading, h) for h in home.finditer(folded, lo, hi))
                        or landmarks.household(reading, lo, hi) or dwelling.match(folded, match.start())):
                    continue
                if any(not landmarks.landmark_at(folded, p.start()) for p in (
                        *public.finditer(folded, lo, match.start()),
                        *public.finditer(folded, match.end(), min(last, match.end() + _AFTER)))):
                    continue
                if landmarks.settled(draft, reading, lo, hi):  # "… 12 Main St is burning", "lived there until the war"
                    continue
                seen.append((match.start(), whole_words_end(folded, match.start(), match.end())))
        # A home located by its clues, unless a street address of it is already underlined (one finding, exact span).
        seen += (span for span in located if not any(s < span[1] and span[0] < e for s, e in seen))
        for start, end in _merged(reading.folded, seen):
            yield Hit(start, end, message, suggestion)

    return check


class _Narrowed:
    """regex_union(patterns), run on a text with only the expressions one of whose needed strings it holds (read with
    re's parser: "my house is …" needs "house", "home", "flat"…): an expression that matches nowhere in a text
    changes none of the union's matches there. The policy's order is kept (the first alternative wins at a place)."""

    __slots__ = ("_always", "_needles", "_patterns", "_unions")

    def __init__(self, patterns: Lexicon) -> None:
        self._patterns = [p for ps in patterns.values() for p in ps]
        needs = [needed_strings(fold_pattern(p)) for p in self._patterns]
        self._always = frozenset(i for i, strings in enumerate(needs) if strings is None)
        self._needles = tuple((string, i) for i, strings in enumerate(needs) for string in sorted(strings or ()))
        self._unions: dict[frozenset[int], re.Pattern[str] | None] = {}  # at most one per subset of expressions

    def finditer(self, text: str):
        present = frozenset([i for string, i in self._needles if string in text]) | self._always
        try:
            union_ = self._unions[present]
        except KeyError:
            union_ = self._unions[present] = regex_union(
                {"all": [p for i, p in enumerate(self._patterns) if i in present]}) if present else None
        return union_.finditer(text) if union_ is not None else iter(())


def _merged(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, overlapping ones or ones apart by a comma joined: one underline per address ("House 14,
    Road 7, Sector 4")."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and (start < merged[-1][1] or not text[merged[-1][1]:start].strip(" ,")):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]
