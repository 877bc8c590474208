"""A home found by its landmarks: "green gate right behind the Total station, 2nd house on the left after the mosque".

A sentence gives a home away without any number when it holds, close together, a home word (house, ours, chez moi,
la casa…), a place relation (behind, after the, en face de, al lado de…) and a mark of the house itself (gate,
portail, reja, "2nd house on the left") or a second relation. All three word lists are in the policy.
"""

from __future__ import annotations

from bisect import bisect_left

from postcheck.engine.rules.safety._words import Gate, whole_words_end, word_pattern


class Landmarks:
    """Built from the policy's [safety.address] table; find() gives the (start, end) of each description."""

    def __init__(self, settings) -> None:
        self._homes = word_pattern([*(w for ws in settings.residence.values() for w in ws), *settings.home_words])
        self._relations = word_pattern(settings.landmark_relations)
        self._marks = word_pattern(settings.landmark_marks)
        self._gate = Gate(settings.landmark_relations)
        self._reach = 2 * settings.landmark_window

    def find(self, reading) -> list[tuple[int, int]]:
        if not self._gate.open(reading):
            return []
        folded, found = reading.folded, []
        relations = list(self._relations.finditer(folded))
        if not relations:
            return []
        clues = sorted([*self._marks.finditer(folded), *relations], key=lambda m: m.start())
        starts = [m.start() for m in clues]
        done: set[tuple[int, int]] = set()
        for relation in relations:
            sentence = first, last = reading.sentence_at(relation.start())
            if sentence in done:
                continue
            lo, hi = max(first, relation.start() - self._reach), min(last, relation.end() + self._reach)
            home = self._homes.search(folded, lo, hi)
            if home is None:
                continue
            # Marks and other relations near this one, found by bisection: the cost stays linear in the text.
            # A clue inside the relation's own words is not a second one ("cerca del": "cerca" is also a fence).
            near = [m for m in clues[bisect_left(starts, lo):bisect_left(starts, hi)]
                    if m.end() <= relation.start() or m.start() >= relation.end()]
            if not near:
                continue
            done.add(sentence)
            spread = (home, relation, near[0], near[-1])
            start, end = min(m.start() for m in spread), max(m.end() for m in spread)
            found.append((start, whole_words_end(folded, start, end)))
        return found
