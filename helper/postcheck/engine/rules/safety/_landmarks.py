"""A home located without a house number, read from clues: "our place in Plateau (rue PL-34, the yellow house
behind the Total station)", "la guesthouse c'est Colonia Palmira, Calle República de Chile, … avec le portail bleu",
"vive en la casita azul frente a la iglesia".

One pass over the post collects typed clues with their positions — locators of four kinds: a landmark relation
(behind, après le, frente a…), a mark of the house (its gate, floor, "2nd house", or its colour: "the yellow house",
"maison blanche"), a street named after its type ("rue Lambert", "Calle Los Cedros", "Lubaga Road") and a district
named after its word ("Colonia Palmira", "quartier Lazaret", "Block 7"). A home is given away when a home word (house,
la villa, chez moi, vive, vecinos, a named household…) stands near two locators of one sentence (two relations count:
two landmarks), and no public place nearer them is what they locate. A public word right after a locator is a
landmark ("behind the mosque", "juste après l'école", "Calle de la Iglesia"), not the place. Hazards ("is on fire"),
homes of the past ("lived … until the war") and homes counted ("2,300 households") pass. An abbreviation's period
("str.", "Av.", "Mz.") ends no sentence here. Every word list is in the policy's [safety.address] table.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from postcheck.engine import regex_table
from postcheck.engine.rules.safety._anchors import Anchors, may_match_before
from postcheck.engine.rules.safety._words import Gate, alternation, union, whole_words_end, word_pattern

# A name after a street type or district word, read on the original text: a capital or a digit starts it, an article
# may come first ("rue de la Paix", "Calle Los Cedros", "rue PL-34", "Block 7").
_NAME_AFTER = regex_table.compile(r"\.?\s+(?:(?:de la|de l'|del|de|des|du|d'|los|las|la|el|le|les)\s*)?[A-ZÀ-Þ0-9]")
# A name before an English street type or a district word: "Lubaga Road", "Plateau district".
_NAME_BEFORE = regex_table.compile(r"(?<![\w'’-])(?:[A-ZÀ-Þ][\w'’-]*|\d{1,4}[a-z]{0,2})\s+$")
# Homes counted ("2,300 households", "500 maisons") are a statistic; "home-based" is an adjective.
# A home word opening a proper name is a venue: "the House of Culture", "Maison de la Culture", "Casa de la Cultura".
_NAMED_VENUE = regex_table.compile(r"\s+(?:of|de|del|des|du)\s+(?:(?:the|la|l'|los|las|le|les)\s*)?[A-ZÀ-Þ]")
_COUNTED = regex_table.compile(r"\d(?:[\d,.]*\d)?\s+(?:[\w'-]+\s+)?\Z")  # not "bloque 3, casa 17"
# How far back a locator may end for the public word after it to be its landmark ("behind the big Total station").
_LANDMARK_REACH = 20


class Landmarks:
    """Built from the policy's [safety.address] table; find() gives the (start, end) of each located home;
    landmark_at() says whether a public word is a landmark (a locator's object), not the place located."""

    def __init__(self, settings) -> None:
        homes = [*union(settings.residence), *settings.home_words]
        self._homes = word_pattern(homes)
        self._households = word_pattern(settings.households)
        # "the Khoury family" (a name before) is English; "la famille Khoury", "la familia de Jomar" (after) any.
        self._households_after_name = word_pattern(settings.households.get("en", []))
        # A located home needs one of these (find() opens no other way): a rule may gate on them with its own words.
        self.gate_words = [*homes, *union(settings.households)]
        self._gate = Gate(self.gate_words)
        self._relations = word_pattern(settings.landmark_relations)
        house, colour = alternation(settings.house_words), alternation(settings.house_colours)
        self._coloured = regex_table.compile(rf"{colour}\s+(?:[\w'-]+\s+)?{house}|{house}\s+(?:[\w'-]+\s+)?{colour}")
        self._coloured_at = Anchors(settings.house_colours, settings.house_words)
        self._colour_gate = Gate(settings.house_colours)
        types = settings.street_types
        self._types_first = word_pattern(names_first(types))
        # Every locator word in one scan, each then read by its kinds (a word may be of two: "place", "sector").
        self._marks = frozenset([*union(settings.landmark_relations), *union(settings.landmark_marks)])
        self._firsts, self._lasts = frozenset(union(names_first(types))), frozenset(union(types.get("en", [])))
        self._district_words = frozenset(union(settings.districts))
        self._locator_words = word_pattern([*self._marks, *self._firsts, *self._lasts, *self._district_words])
        # Every locator holds a word of its phrase (its longest): a post holding fewer than two of them, counted with
        # repeats (str.count, words inside longer words too), has fewer than two locators. A word both a mark and a
        # name's type may give two clues from one phrase: it counts twice.
        twice = self._marks & (self._firsts | self._lasts | self._district_words)
        self._locator_keys: dict[str, int] = {}
        for phrase in [*self._marks, *self._firsts, *self._lasts, *self._district_words]:
            key = max(re.findall(r"\w+", phrase), key=len)
            self._locator_keys[key] = max(self._locator_keys.get(key, 0), 2 if phrase in twice else 1)
        self._locator_key_set = frozenset(self._locator_keys)
        # Short words written with a period ("Av.", "str.", "Jr.", "ap.", "Brgy."): their period ends no sentence.
        self._abbreviations = frozenset(w for w in union([*union(types), *union(settings.unit_types),
                                                           *union(settings.districts)]) if len(w) <= 4)
        self._district_pattern = word_pattern(settings.districts)
        # Locators of no kind in the post: nothing to scan for (most posts with a home word hold none).
        self._locator_gate = Gate([*union(settings.landmark_relations), *union(settings.landmark_marks),
                                   *union(settings.house_colours), *union(types), *union(settings.districts)])
        self._public = word_pattern(settings.public_places)
        self._hazards = word_pattern([*union(settings.hazards), *union(settings.history)])
        self._hazard_gate = Gate([*union(settings.hazards), *union(settings.history)])
        self._reach = 2 * settings.landmark_window

    def sentence(self, reading, offset: int) -> tuple[int, int]:
        """The sentence at `offset`, joined across the period of an abbreviated street, unit or district word
        ("… moved to str. Mihai Eminescu 47, ap. 12 (3rd floor, blue door)"). Each join looks one word back: the
        cost stays linear."""
        first, last = reading.sentence_at(offset)
        text = reading.folded
        while first > 0 and self._abbreviated(text, first):
            first = reading.sentence_at(first - 1)[0]
        while last < len(text) and self._abbreviated(text, last):
            last = reading.sentence_at(last)[1]
        return first, last

    def _abbreviated(self, text: str, end: int) -> bool:
        """Whether the sentence ending at `end` ends on an abbreviation's period."""
        stop = end
        while stop > 0 and text[stop - 1].isspace():
            stop -= 1
        if stop == 0 or text[stop - 1] != ".":
            return False
        start = stop - 1
        while start > 0 and text[start - 1].isalpha() and stop - start <= 6:
            start -= 1
        return text[start:stop - 1] in self._abbreviations

    def home(self, reading, lo: int, hi: int, names=()) -> re.Match[str] | None:
        """The first home clue in folded[lo:hi]: a home word outside a street's or district's name ("Kangaroo Flat
        Rd" names a road), or a named household ("la famille Khoury", "the Rondón family", "la familia de Jomar")."""
        for m in self._homes.finditer(reading.folded, lo, hi):
            if self.private(reading, m) and not any(s < m.end() and m.start() < e for s, e in names):
                return m
        return self.household(reading, lo, hi)

    @staticmethod
    def private(reading, home: re.Match[str]) -> bool:
        """Whether a home word speaks of someone's home: not counted ("2,300 households in Block 5"), not part of
        a compound ("home-based care"), not a venue's name ("the House of Culture")."""
        folded, text = reading.folded, reading.text
        if folded[home.end():home.end() + 1] == "-":
            return False
        noun = max(home.start(), folded.rfind(" ", home.start(), home.end()) + 1)  # "la villa": villa
        if text[noun].isupper() and _NAMED_VENUE.match(text, home.end()):
            return False
        # Read on the original text: an emoji between says a date ends there ("du 5 mars 🧳 appart vide").
        return _COUNTED.search(text, max(0, home.start() - 20), home.start()) is None

    def settled(self, draft, reading, lo: int, hi: int) -> bool:
        """An emergency's location ("is on fire") or a home of the past ("lived in this house until the war") in
        folded[lo:hi]. Most posts hold no word of them: a gate says so before the search."""
        return may_match_before(self._hazard_gate, draft, reading, hi) and self._hazards.search(
            reading.folded, lo, hi) is not None

    def household(self, reading, lo: int, hi: int) -> re.Match[str] | None:
        """The first named household in folded[lo:hi] ("la famille Khoury", "the Rondón family")."""
        text = reading.text
        for m in self._households.finditer(reading.folded, lo, hi):
            if _NAME_AFTER.match(text, m.end()) or (self._households_after_name.fullmatch(reading.folded, *m.span())
                                                    and _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                return m
        return None

    def landmark_at(self, folded: str, start: int) -> bool:
        """Whether a locator ends just before `start` (the public word there is what a home is located by)."""
        lo = max(0, start - _LANDMARK_REACH)
        return any(p.search(folded, lo, start) for p in (self._relations, self._types_first, self._district_pattern))

    def _locators(self, draft, reading) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """(start, end) of each locator, and of those a home word inside is no home clue: named streets and
        districts (spanning their names: "Kangaroo Flat Rd") and coloured houses ("la casa verde")."""
        folded, text = reading.folded, reading.text
        marks, found = [], []
        # A house's colour describes a building ("la casa verde" may be an office): its house word is no home clue.
        if self._colour_gate.open(reading):
            found += (m.span() for m in self._coloured_at.finditer(self._coloured, draft, reading))
        for m in self._locator_words.finditer(folded):
            word = " ".join(m.group().split())
            if word in self._marks:
                marks.append(m.span())
            after = _NAME_AFTER.match(text, m.end()) if word in self._firsts or word in self._district_words else None
            before = (_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
                      if after is None and (word in self._lasts or word in self._district_words) else None)
            if after is not None:
                found.append((m.start(), after.end()))
            elif before is not None:
                found.append((before.start(), m.end()))
        return sorted([*marks, *found]), sorted(found)

    def _locators_at_most(self, folded: str, words: frozenset[str]) -> int:
        """A bound on the number of locator-word clues in `folded` (coloured houses aside), from its words."""
        keys = self._locator_keys
        return sum(folded.count(key) * keys[key] for key in self._locator_key_set.intersection(words))

    def find(self, draft, reading) -> list[tuple[int, int]]:
        if not (self._gate.open(reading) and self._locator_gate.open(reading)):
            return []
        folded, found = reading.folded, []
        if not self._colour_gate.open(reading) and self._locators_at_most(folded, reading.folded_words) < 2:
            return []  # no two locators: _locators() would find fewer than two clues
        clues, names = self._locators(draft, reading)
        if len(clues) < 2:
            return []
        starts, name_starts = [start for start, _ in clues], [start for start, _ in names]
        done: set[tuple[int, int]] = set()
        for anchor in clues:
            sentence = first, last = self.sentence(reading, anchor[0])
            if sentence in done:
                continue
            lo, hi = max(first, anchor[0] - self._reach), min(last, anchor[1] + self._reach)
            # Other locators near this one, found by bisection: the cost stays linear in the text. A clue inside the
            # anchor's own words is not a second one ("cerca del": "cerca" is also a fence).
            near = [c for c in clues[bisect_left(starts, lo):bisect_left(starts, hi)]
                    if c[1] <= anchor[0] or c[0] >= anchor[1]]
            if not near:
                continue  # one locator alone locates nothing: the home words are not read
            # A home word inside a street's or district's name is part of the name ("Kangaroo Flat Rd").
            named = names[bisect_left(name_starts, lo - 30):bisect_left(name_starts, hi)]
            home = self.home(reading, lo, hi, named)
            if home is None or self.settled(draft, reading, lo, hi) \
                    or self._public_place(folded, lo, hi, anchor, _distance(home.span(), anchor)):
                continue
            done.add(sentence)
            spread = (home.span(), anchor, *near)
            start, end = min(s for s, _ in spread), max(e for _, e in spread)
            found.append((start, whole_words_end(folded, start, end)))
        return found

    def _public_place(self, folded: str, lo: int, hi: int, anchor: tuple[int, int], home: int) -> bool:
        """A public place nearer the locators than the home word is what they locate ("the shelter, behind the
        market"), unless a locator names it as the landmark ("behind the mosque"); a home word nearer wins ("if the
        centre is closed, come to my place: …, green house next to the Tía")."""
        return any(_distance(m.span(), anchor) < home and not self.landmark_at(folded, m.start())
                   for m in self._public.finditer(folded, lo, hi))


def names_first(types) -> list[str]:
    """Street types written before the street's name: every language's but English's ("rue", "calle", "str")."""
    return [w for language, words in types.items() if language != "en" for w in words]


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])
