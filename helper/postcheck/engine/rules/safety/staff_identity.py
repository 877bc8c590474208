"""A named local staff member together with a personal detail: home, family, origin, people.

What it flags: a staff word (colleague, driver, interpreter, chauffeur, collègue, conductor, compañera…) next to a
capitalised name or a tagged account (right after it, set apart by a comma or a dash, or after a qualified staff word:
"notre agent de terrain Fatou Ndiaye"), with a personal detail of theirs nearby, read as typed clues (`Details`): a
home detail ("lives in", "su barrio"), a family tie ("his wife", "dont le frère", "father of 5", "hija del imán"), an
origin ("originaire de Kidal", "de la colline Rugazi"), a people ("de familia uzbeka"); a colleague may be named by
their years with us instead of a staff word ("Jean-Claude … pour ses 10 ans avec nous"), and the staff word may come
after the detail ("Brigitte …, maman de Junior et Gaëlle, la meilleure assistante terrain"); their phone and birth
date are safety.phone's and safety.birthdate's findings. "Their children" (the families served), ties joined to
someone else ("300 familias y sus hijos") and figures of speech ("le père de notre flotte") pass. And staff in a
photo with their names tagged ("our national staff, everyone's names tagged"); a photo's names read from left to
right ("de g. à d. : …", "De izq. a der.: …") with a personal detail among them or a staff word before.
Why: Do's: "personal details of local staff members can be very security sensitive in many operational areas – this
includes their names and pictures."
Example: "Our driver Ahmad Noori lives in Karte-3 with his wife and four children"
Instead: tell the story without the name, or without where they and their family live.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.safety._anchors import Anchors
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import Gate, alternation, union, word_pattern
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Do's"

# One to four capitalised words ("Ahmad", "Jean-Paul Mbala", "María José Pérez"), read in the original text; a
# lower-case particle may join them ("Fatima Abdullah al-Hamdani", "Juan de la Cruz", "Aisha bint Saleh").
# The pattern begins with the class of its first character (a capital or "@"), which lets re skip every other
# character at once; the look-behinds then look at the character before it (a capital not after a word character,
# "@" or "#"; an "@" not after a word character or "@").
_NAME = regex_table.compile(
    r"[A-ZÀ-ÖØ-Þ@]"
    r"(?:(?<=[A-ZÀ-ÖØ-Þ])(?<![\w@#][A-ZÀ-ÖØ-Þ])[a-zà-öø-ÿ'’-]+"
    r"(?:\s+(?:(?:al|el|ad|ibn|bin|bint|ben|abu|de|del|de\s+la|da|das|dos|van|von|le|la)(?:-|\s+))?"
    r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+){0,3}"
    # A tagged account stands for the name: "our driver @musa_k", "@rosita.q, nuestra promotora".
    r"|(?<=@)(?<![\w@]@)[A-Za-z0-9_][\w.]*\w)")
_WORDY = regex_table.compile(r"\w")
# What sets a role apart after a name: "Ahmad Noori, our driver", "Hamid (driver)", "Ahmed Khan — our interpreter".
_APPOSITION = (",", "(", "—", "–", "-")
# A name set apart after its staff word: "the best driver in Niger, Moussa Issoufou Garba" (an apposition).
_APPOSED = regex_table.compile(r"[,:]\s*$")
# A place's name after an origin phrase: "native of Bama", "originaire de Tshikapa"; a kind of place may come first
# ("originaire de la colline Rugazi"): see Details.
_ARTICLE = r"\s+(?:(?:the|la|le|el|l')\s*)?"
# The words between a name and its tenure: lower-case words and figures ("Jean-Claude Ndayishimiye pour ses 10 ans
# avec nous", "Maria Lopez on 10 years with us").
_TO_TENURE = regex_table.compile(r"[\s,]*(?:[a-zà-ÿ'’]+\s+|\d{1,2}\s+){0,4}\Z")
# A staff word set apart after a personal detail: "Brigitte …, maman de Junior et Gaëlle, la meilleure assistante".
_LATE_ROLE = regex_table.compile(r",\s*(?:[a-zà-ÿ'’]+\s+){0,3}\Z")
_SENTENCE_END = regex_table.compile(r"[.!?]\s")
# A clause after the detail sets the staff word apart from it ("hija del alcalde, por la donación, nuestra voluntaria"
# is someone else); a list of names does not ("maman de Junior, Gaëlle et Paul, la meilleure assistante").
_CLAUSE = regex_table.compile(r",\s*[a-zà-ÿ]")
# A capitalised word opening a sentence is no name by itself ("Happy 10 years with us!").
_OPENING = regex_table.compile(r"(?:\A|[.!?]\s+)\Z")
_LONGEST_NAME = 60
_NEAR = 30  # how far a name may stand from its staff word: "our driver, Ahmad," / "Ahmad, our protection assistant"


class Details:
    """Clues of a personal detail, each typed by the policy: a detail phrase ("lives in", "sa famille"), a family tie
    (a possessive then a kin word: "his wife", "dont le frère", "sus 3 hijos"; or "father of", "hija del"), an origin
    with its place ("native of Bama", "originaire de Tshikapa"), a people ("de familia uzbeka", "d'origine peule").
    first() gives the first clue in a stretch; a tie joined to someone else ("300 familias y sus hijos") is theirs."""

    def __init__(self, settings) -> None:
        self._phrases = word_pattern(settings.details)
        self._ties = regex_table.compile(
            alternation(settings.possessives) + r"\s+(?:[\w'-]+\s+)?" + alternation(settings.kin)
            + "|" + alternation(settings.kin_of) + "(?P<of>)")
        # "le père de notre flotte", "mother of the Safe Spaces project": a figure of speech, not a family.
        self._figurative = regex_table.compile(
            r"\s*(?:" + alternation(settings.ours) + r"|(?:the|la|le|el|l')\s*[A-ZÀ-Þ])")
        self._origins = word_pattern(settings.origins)
        self._place_name = regex_table.compile(
            _ARTICLE + r"(?:" + alternation(settings.place_kinds) + r"\s+)?[A-ZÀ-Þ]")
        self._ethnicity = word_pattern(settings.ethnicity)
        # "… a 300 familias y sus hijos": a tie joined to a lower-case word before is that word's, not the staff's.
        self._joined = regex_table.compile(r"([\w'’-]+)\s+(?:" + alternation(settings.joins) + "|(?P<with>"
                                  + alternation(settings.withs) + r"))\s+$")
        self.gate_words = [*union(settings.details), *union(settings.kin), *union(settings.kin_of),
                           *union(settings.origins), *union(settings.ethnicity)]
        self.gate = Gate(self.gate_words)

    def first(self, folded: str, text: str, lo: int, hi: int) -> re.Match[str] | None:
        found = [next((m for m in p.finditer(folded, lo, hi) if not self._joined_to_other(text, m.start())
                       and not (m.groupdict().get("of") is not None and self._figurative.match(text, m.end()))), None)
                 for p in (self._phrases, self._ties)]
        found.append(self._ethnicity.search(folded, lo, hi))
        found += [m for m in self._origins.finditer(folded, lo, hi) if self._place_name.match(text, m.end())][:1]
        return min((m for m in found if m is not None), key=lambda m: m.start(), default=None)

    def _joined_to_other(self, text: str, start: int) -> bool:
        joined = self._joined.search(text, max(0, start - 30), start)
        if joined is None or not joined.group(1)[:1].islower():
            return False
        return joined.group("with") is None or joined.group(1).endswith("s")  # "familias con", not "aquí con"


def build(policy: Policy):
    settings = policy.safety.staff_identity
    reader = Reader(policy)
    # Each word list's pattern is tried only where its words stand (Anchors), not at every position of the post.
    staff, staff_at = word_pattern(settings.staff), Anchors(settings.staff)
    details = Details(settings)
    window = policy.safety.window
    tagged = word_pattern(settings.tagged)
    order, order_at = word_pattern(settings.photo_order), Anchors(settings.photo_order)
    order_gate = Gate(settings.photo_order)
    tag_gate = Gate(settings.tagged)
    tenure, tenure_gate, tenure_at = word_pattern(settings.tenure), Gate(settings.tenure), Anchors(settings.tenure)
    # Every finding needs a staff word, a photo's order or a colleague's years with us: one gate over the three.
    any_gate = Gate([*union(settings.staff), *union(settings.photo_order), *union(settings.tenure)])
    # And each reading needs one of these: a tag, a photo's order or a personal detail (the second test of a post).
    path_gate = Gate([*union(settings.tagged), *union(settings.photo_order), *details.gate_words])
    # "notre agent de terrain Fatou Ndiaye": a staff word qualified by lower-case words after a preposition.
    qualified = regex_table.compile(r"\s+" + alternation(settings.qualifiers) + r"\s*(?:[\w'-]+\s+){0,2}\Z")

    read, any_bit, any_bound, path_bit, path_bound = (
        reader.read, any_gate.bit, any_gate.bound, path_gate.bit, path_gate.bound)

    def check(draft: Draft):
        # Asked of every post: no generator is made for one whose gates are shut (most posts), their bits first.
        reading = read(draft)
        opened, below = reading.gates_open, reading.gates_below
        if not ((opened & any_bit or any_bound >= below and any_gate.open(reading))
                and (opened & path_bit or path_bound >= below and path_gate.open(reading))):
            return ()
        return findings(draft, reading)

    def findings(draft: Draft, reading):
        folded = reading.folded
        if tag_gate.open(reading):
            # "Photos of our national staff, everyone's names tagged": names and faces, no name written out.
            for tag in tagged.finditer(folded):
                role = staff.search(folded, max(0, tag.start() - 2 * window), tag.start())
                if role is not None:
                    yield Hit(role.start(), tag.end(),
                              "Staff tagged by name in a photo: local staff and their families can be threatened "
                              "when their names and faces are public.",
                              "Leave out the name, or the detail about their home and family.")
                    return
        if order_gate.open(reading):
            # "Team photo, from left to right: …": names in a photo, exposed by a family or home detail among them,
            # or by a staff word just before.
            for listing in order_at.finditer(order, draft, reading):
                names = [m for m in _NAME.finditer(draft.text, listing.end(), listing.end() + 2 * window)]
                if not names:
                    continue
                detail = details.first(folded, draft.text, listing.end(), min(len(folded), listing.end() + 2 * window))
                role = staff.search(folded, max(0, listing.start() - 2 * window), listing.start())
                if detail is None and role is None:
                    continue
                yield Hit(listing.start() if detail is not None else role.start(),
                          detail.end() if detail is not None else names[-1].end(),
                          f"Staff named in a photo (“{names[0].group()}”): local staff and their families can be "
                          "threatened when their names and faces are public.",
                          "Leave out the names, or the detail about their home and family.")
                return
        if not details.gate.open(reading):
            return
        found = _tenured(draft.text, folded, tenure_at.finditer(tenure, draft, reading), details, window) \
            if tenure_gate.open(reading) else None
        for role in () if found is not None else staff_at.finditer(staff, draft, reading):
            # A name before may start further back than it ends: read it whole ("Fatima Abdullah al-Hamdani, our …").
            lo, hi = max(0, role.start() - _NEAR - _LONGEST_NAME), min(len(folded), role.end() + _NEAR)
            # "our driver Ahmad Noori" first; else an apposition before it: "Ahmad Noori, our driver".
            # Only signs and emoji may stand between ("notre équipe locale 👏🏾 Ousmane Traoré").
            # Or set apart by a comma or colon a few words on ("the best driver in Niger, Moussa Issoufou Garba").
            after = [m for m in _NAME.finditer(draft.text, role.end(), hi + _LONGEST_NAME) if m.start() < hi]
            after = ([m for m in after if not _WORDY.search(draft.text, role.end(), m.start())]
                     or [m for m in after if _APPOSED.search(draft.text, role.end(), m.start())]
                     or [m for m in after if qualified.match(folded, role.end(), m.start())
                         and draft.text[role.end():m.start()].islower()])
            before = [m for m in _NAME.finditer(draft.text, lo, role.start())
                      if draft.text[m.end():m.end() + 2].strip()[:1] in _APPOSITION and role.start() - m.end() <= _NEAR]
            detail = None
            if after or before:
                name = after[0] if after else before[-1]
                start = min(name.start(), role.start())
                reach = min(len(folded), start + 2 * window)
                detail = details.first(folded, draft.text, max(name.end(), role.end()), reach)
            # Else the staff word may come after the detail: "…, maman de Junior et Gaëlle, la meilleure assistante".
            found = (name, start, detail.end()) if detail is not None else _late(draft.text, folded, role, details,
                                                                                  window)
            if found is not None:
                break
        if found is not None:
            name, start, end = found
            yield Hit(
                start, end,
                f"A named staff member (“{name.group()}”) with a personal detail: local staff and their families "
                "can be threatened when such details are public.",
                "Leave out the name, or the detail about their home and family.",
            )  # one finding per post is enough to act on

    return check


def _tenured(text: str, folded: str, tenures: Iterator[re.Match[str]], details: Details, window: int):
    """A colleague named by their years with the organisation (`tenures`: where the post says them, in order), with a
    personal detail after: (name, start, end), or None. "Félicitations à Jean-Claude Ndayishimiye pour ses 10 ans avec
    nous 🎉 …, fils du chef de colline"."""
    for years in tenures:
        lo = max(0, years.start() - _NEAR - _LONGEST_NAME)
        names = [m for m in _NAME.finditer(text, lo, years.start()) if _TO_TENURE.match(text, m.end(), years.start())
                 and (" " in m.group() or not _OPENING.search(text, max(0, m.start() - 3), m.start()))]
        if not names:
            continue
        name = names[-1]
        detail = details.first(folded, text, years.end(), min(len(folded), name.start() + 2 * window))
        if detail is not None:
            return name, name.start(), detail.end()
    return None


def _late(text: str, folded: str, role: re.Match[str], details: Details, window: int):
    """A staff word set apart after a named person's personal detail, in one sentence: (name, start, end), or None.
    "Brigitte Ngo Biyong 🎉 née le 22/09/1991 à Eséka, maman de Junior et Gaëlle, la meilleure assistante"."""
    apart = _LATE_ROLE.search(text, max(0, role.start() - 40), role.start())
    if apart is None:
        return None
    lo = max(0, role.start() - 2 * window)
    lo = max([lo, *(m.end() for m in _SENTENCE_END.finditer(text, lo, role.start()))])  # this sentence only
    detail = details.first(folded, text, lo, role.start())
    if detail is None or _CLAUSE.search(text, detail.end(), apart.start() + 1):
        return None
    names = list(_NAME.finditer(text, lo, detail.start()))
    if not names:
        return None
    name = ([m for m in names if " " in m.group()] or names)[-1]
    return name, name.start(), role.end()
