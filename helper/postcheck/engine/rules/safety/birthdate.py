"""A private person's date of birth: "our driver Ali, born 12/03/1988", "DOB: 3 March 1990", "née le 12 mars 1988".

What it flags: a birth cue (born, (b., né·e, nacido·a, nació…) followed closely, or after a place ("born at the Arlit
transit centre on …"), by a calendar date; a record's field (date of birth, DOB, date de naissance, F. nac.) with its
date (ISO too); a birthday wish followed by a date with its year ("Happy birthday to our volunteer Ana, 4 May 1996"),
which needs a private clue. Each date is decided from the clues read around it (policy [safety.birthdate]):
- private clues: one of ours or a private person (our, my, mi, notre, a staff word, a baby, a registered case, a
  record's field);
- public clues, by kind: a public figure's renown or a tribute (Nobel, singer, legend, in heaven, orgullo…); a person
  named in full, in a birthday wish or celebration ("Happy birthday to Angélique Kidjo", "Amin Maalouf fête ses 75
  ans") or as the subject of the birth ("Nelson Mandela was born on …"); a body heading the sentence ("La Convención
  sobre el Estatuto … nació el …"). A birthplace is no clue: beneficiaries' stories give one as encyclopedias do.
It is flagged when private_weight × (any private clue) ≥ public_weight × (kinds of public clue): with no clue at all a
birth date is flagged. Founding dates of bodies named right before the cue ("the UN was born on 24 October 1945", "our
office was born on 3 May 2005") and groups ("children born between …") always pass.
Why: Security and Privacy: "Never post personal details, such as home addresses, date of birth or other sensitive
personal information."
Example: "Happy birthday to our driver Ali, born 12/03/1988!"
Instead: "Happy birthday to our driver!" without the date or the year.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.safety._anchors import Anchors
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._when import calendar_date
from postcheck.engine.rules.safety._words import Gate, alternation, union, word_pattern
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Security and Privacy"

# A capitalised word: a place or a name as written (read in the draft's own text, not the folded one).
_CAPITAL = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
# A person named in full: two capitalised words or more, particles allowed, the first not a word that opens a
# sentence ("Hoy Dayana", "Today Amina": a first name only; the policy's not_names fill the lookahead).
# The pattern begins with the class of the capital, which lets re skip every other character at once; the
# look-behinds then look at the character before it and, from the capital on, at the not_names list.
_NAME = (r"[A-ZÀ-ÖØ-Þ](?<![\w'’-][A-ZÀ-ÖØ-Þ])(?<=(?!{not_names}(?![\w'’-]))[A-ZÀ-ÖØ-Þ])" + _CAPITAL[len("[A-ZÀ-ÖØ-Þ]"):]
         + r"(?:\s+(?:(?:de|del|da|di|van|von|bin|bint|el|al)\s+)?" + _CAPITAL + ")+")

# A date as forms write it: "DOB: 1990-05-03".
_ISO = r"(?<!\d)(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?!\d)"
_OF = frozenset({"of", "from", "de", "du", "des", "del", "la", "el", "le"})
_DIGIT = regex_table.compile(r"\d")
_HAS_YEAR = regex_table.compile(r"\d{4}|\d[./-]\d{1,2}[./-]\d")


def build(policy: Policy):
    birth = policy.safety.birthdate
    reader = Reader(policy)
    raw = {w.strip() for ws in birth.not_names.values() for w in ws} | set(union(birth.not_names))
    # Longest first, then alphabetical: the same pattern text in every process (a set's order is not), so that
    # regex_table holds it. Inside a lookahead the order of the choices changes no match.
    name = _NAME.replace("{not_names}", "(?i:" + "|".join(
        re.escape(w).replace("'", "['’]") for w in sorted(raw, key=lambda w: (-len(w), w))) + ")")
    # A person named in full after a wish's "to"/"à"/"a", or before it.
    full_name = regex_table.compile(r"[^\w]{0,4}(?:\w+\s+){0,3}?(?:(?i:to|à|a)\s+)?" + name)
    named_before = regex_table.compile(name + r"\s+$")
    # A person named in full right before the birth cue, with no comma: "Nelson Mandela was born", "Rigoberta Menchú
    # nació" (not "Mariam, née le", "Ali Hassan, born": a record or a story about one person).
    subject = regex_table.compile(name + r"\s+(?:(?:was|est|fue|a\s+été)\s+)?$")
    # A child's age: "cumple 6 añitos", "turns 7", "fête ses 5 ans", "8 years old" (compared with child_age).
    age = regex_table.compile(
        alternation(birth.turns) + r"\s+(?P<turned>\d{1,2})(?!\d)|(?<!\d)(?P<aged>\d{1,2})\s*"
        + "(?:" + alternation(birth.child_years, glued=True) + ")"
    )
    places = alternation(birth.places)
    # "born at the Arlit transit centre on 2 February 2023": a place word, then a few words, then the date.
    gap = rf"(?:\s+{places}\s+(?:[^\s.,!?;:]+\s+){{0,{birth.gap_words}}}?)?"
    # No capturing group before the date: calendar_date refers to its own separator as group 1.
    dated = regex_table.compile(
        "(?:" + alternation(birth.records) + "|" + alternation(birth.cues) + gap + ")"
        + r"[\s:,-]*(?:on\s+|le\s+|el\s+|the\s+|is\s+|est\s+|es\s+)?(?:the\s+|un\s+|une\s+|a\s+)?"
        + "(?:" + calendar_date(policy.safety.when, numeric_needs_year=True) + "|" + _ISO + ")"
        + r"(?:,?\s+(?:del?\s+|')\d{2}(?!\d))?"  # "nació un 11 de julio del 97"
    )
    # A birthday wish, then a date with its year after a comma or a bracket: "Happy birthday to our volunteer Ana,
    # 4 May 1996". Counted only with a private clue (see check).
    wished = regex_table.compile(
        alternation(birth.wishes) + r"[^.!?\n]{0,60}?[,(:\u2013\u2014-]\s*"
        + calendar_date(policy.safety.when, numeric_needs_year=True)
    )
    dated_at = Anchors(birth.records, birth.cues)  # what `dated` begins with
    date_only = regex_table.compile(calendar_date(policy.safety.when, numeric_needs_year=True))
    records = regex_table.compile(alternation(birth.records))
    private = word_pattern([*union(birth.private), *union(policy.safety.staff_identity.staff)])
    # "our Kakuma youth running club", "nuestro equipo de Addis": the possessive is the group's, not the person's.
    grouped = regex_table.compile(
        alternation(birth.possessives) + rf"\s+(?:[^\s.,!?;:()]+\s+){{0,{birth.group_gap}}}?" + alternation(birth.groups))
    occasion = word_pattern(birth.occasions)
    # The encyclopedic form right after a person named in full: "Eliud Kipchoge (born 5 Nov 1984)", "Haile
    # Gebrselassie (18 de abril de 1973)".
    encyclopedic = regex_table.compile(name + r"\s*(?:\(\s*)?$")
    public = word_pattern(birth.public)
    # The person is dead ("would have turned 87", "aurait eu 107 ans", "cumpliría 98 años", "the late", "†").
    deceased = word_pattern(birth.deceased)
    possessive = regex_table.compile(alternation(birth.possessives))
    # An encyclopedia's parenthesis after a person named in full earlier in the sentence: "Kofi Annan would have
    # turned 87 today (born 8 April 1938 in Kumasi)". The "(" right before the cue, a birthplace and ")" after the date.
    opened = regex_table.compile(r"\(\s*$")
    birthplace = regex_table.compile(r"\s+(?:in|at|à|en|a)\s+" + _CAPITAL + r"[^()\n]{0,40}?\)")
    named_anywhere = regex_table.compile(name)
    wishes = word_pattern(birth.wishes)
    # "The UN was born on …", "Our office was born on …", "l'équipe est née le …", "children born between …": a body
    # founded or a group counted, named right before the cue. Not anywhere near: "beneficiaria del programa" is a
    # person's detail.
    headed = regex_table.compile(
        r"\W*(?:\w+\s+)?" + alternation([*union(birth.bodies), *union(birth.not_people)])
    )
    bodies_at = Anchors(birth.bodies, birth.not_people)  # where the body's name in `founded` may begin
    founded = regex_table.compile(
        r"(?:(?P<before>\w+)\s+)?(?P<body>" + alternation([*union(birth.bodies), *union(birth.not_people)]) + ")"
        + r"(?P<comma>\s*,)?\s+(?:(?:was|is|were|est|a\s+ete|fue|ha)\s+)?$"
    )
    gate, wish_gate = Gate([*union(birth.cues), *union(birth.records)]), Gate(birth.wishes)
    any_gate = Gate([*union(birth.cues), *union(birth.records), *union(birth.wishes)])  # the two in one test
    reach = birth.reach

    def public_kinds(text: str, folded: str, at: int, end: int, lo: int, sentence_at, limit: int) -> int:
        """The kinds of public clue around the date at folded[at:end], counted until public_weight × kinds exceeds
        `limit` (the private side's weight): more kinds would not change the decision."""
        kinds = public.search(folded, lo, min(len(folded), at + reach)) is not None
        # A person named in full, celebrated ("Happy birthday to Angélique Kidjo") or told as history ("Nelson
        # Mandela was born on …"): one kind of clue.
        # A body or an instrument heads the sentence: "La Convención sobre el Estatuto … nació el 28 de julio de 1951".
        sentence, _ = sentence_at(at)
        kinds += headed.match(folded, sentence, at) is not None
        if birth.public_weight * kinds > limit:
            return kinds
        named = subject.search(text, max(0, at - 60), at) is not None or encyclopedic.search(
            text, max(0, at - 60), at) is not None
        for wish in wishes.finditer(folded, lo, at):
            # "Happy birthday to Angélique Kidjo", "Hoy cumple años Malala Yousafzai", "Amin Maalouf fête ses 75 ans"
            named = named or full_name.match(text, wish.end(), at) is not None or named_before.search(
                text, max(0, wish.start() - 60), wish.start()) is not None
            break
        if not named and opened.search(text, max(0, at - 3), at) and birthplace.match(text, end):
            named = named_anywhere.search(text, max(sentence, at - reach), at) is not None
        return kinds + named

    def body(text: str, folded: str, start: int, names: list[int]) -> bool:
        # `names`: where a body's or group's name may begin, in order; `founded` needs one in its 50 characters.
        index = bisect_left(names, max(0, start - 50))
        if index == len(names) or names[index] >= start:
            return False
        found = founded.search(folded, max(0, start - 50), start)
        if found is None:
            return False
        # "à notre organisation, née le …" is the body; "bénéficiaire du programme, née le …" is a person.
        if found.group("comma") and found.group("before") in _OF:
            return False
        # "UN", "IOM", "ONU" are acronyms only in capitals: the Spanish "nacida un 22 de mayo" is a person.
        return len(found.group("body")) > 3 or text[found.start("body"):found.end("body")].isupper()

    def mentions(draft, reading, cued: bool, wishing: bool):
        """(start, end, needs a private clue) of each date of birth said: with a birth cue (`cued`: the post holds
        one), then after a wish (`wishing`: it holds one)."""
        folded = reading.folded
        said = [(m.start(), m.end(), False) for m in dated_at.finditer(dated, draft, reading)] if cued else []
        wished_dates, index = [], 0
        if not (wishing and _HAS_YEAR.search(folded)):
            return said  # a wish-led date needs its year: most posts have none, and the wish pattern is dear
        for wish in wished.finditer(folded):
            while index < len(said) and said[index][1] <= wish.start():
                index += 1  # both lists are in order: one pointer keeps the cost linear
            if index < len(said) and said[index][0] < wish.end():
                continue  # the date is said with a birth cue already
            date = next((m for m in date_only.finditer(folded, wish.start(), wish.end()) if m.end() == wish.end()),
                        None)
            if date is not None and _HAS_YEAR.search(date.group()):  # "4 May 1996", not "4 May"
                wished_dates.append((date.start(), date.end(), True))
        return said + wished_dates

    read, any_bit, any_bound = reader.read, any_gate.bit, any_gate.bound

    def check(draft: Draft):
        # Asked of every post: no generator is made for one whose gate is shut (most posts), the gate's bit first.
        reading = read(draft)
        if not (reading.gates_open & any_bit or any_bound >= reading.gates_below and any_gate.open(reading)) or \
                not _DIGIT.search(draft.text):
            return ()  # every date holds a digit
        return findings(draft, reading)

    def findings(draft: Draft, reading):
        text, folded, names = draft.text, reading.folded, None
        for start, end, needs_own in mentions(draft, reading, gate.open(reading), wish_gate.open(reading)):
            names = bodies_at.starts(draft, reading) if names is None else names
            if body(text, folded, start, names):
                continue
            lo = max(0, start - reach)
            hi = min(len(folded), end + reach)
            if occasion.search(folded, max(0, start - birth.occasion_reach), start) is not None:
                continue  # a country's independence, a body's foundation: no person's birth
            clues = [clue.group() for clue in private.finditer(folded, lo, hi)
                     if grouped.match(folded, clue.start()) is None]
            # A record's field, a child's age or a private word other than a possessive: no public figure's date.
            strong = records.match(folded, start) is not None or any(
                possessive.fullmatch(clue) is None for clue in clues) or any(
                int(said.group("turned") or said.group("aged")) < birth.child_age
                for said in age.finditer(folded, lo, hi))
            own = strong or bool(clues)
            if not strong and deceased.search(folded, lo, hi) is not None:
                continue  # "Kofi Annan would have turned 87 today … our work": the dead's birthday is history
            if needs_own and not own:
                continue  # a wish's date with no clue that the person is one of ours
            limit = birth.private_weight * own
            if limit < birth.public_weight * public_kinds(text, folded, start, end, lo, reading.sentence_at, limit):
                continue  # a public figure's birthday, history: public already
            yield Hit(
                start, end,
                "This gives a date of birth: with a name it is enough to steal an identity or to target a person.",
                "Remove the date (a birthday wish needs neither the day nor the year).",
            )

    return check

