"""A date of birth: "born 12/03/1988", "DOB: 3 March 1990", "née le 12 mars 1988", "nacida el 5 de mayo".

What it flags: a birth cue (born, date of birth, DOB, né·e le, date de naissance, nacido·a el, fecha de nacimiento)
directly followed by a calendar date. Founding dates of institutions ("the UN was born on 24 October 1945") pass.
Why: Security and Privacy: "Never post personal details, such as home addresses, date of birth or other sensitive
personal information."
Example: "Happy birthday to our driver Ali, born 12/03/1988!"
Instead: "Happy birthday to our driver!" without the date or the year.
"""

from __future__ import annotations

import re

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._when import calendar_date
from postcheck.engine.rules.safety._words import Gate, alternation, word_pattern
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Security and Privacy"


def build(policy: Policy):
    birth = policy.safety.birthdate
    reader = Reader(policy)
    # The date follows the cue closely: "born on the 3rd of March", "DOB: 12.03.1988", "nacida el 5 de mayo".
    dated = re.compile(
        alternation(birth.cues)
        + r"[\s:,-]*(?:on\s+|le\s+|el\s+|the\s+|is\s+|est\s+|es\s+)?(?:the\s+|un\s+|une\s+|a\s+)?"
        + calendar_date(policy.safety.when, numeric_needs_year=True)
    )
    institutions = word_pattern(birth.not_people)
    gate = Gate(birth.cues)
    window = policy.safety.window

    def check(draft: Draft):
        reading = reader.read(draft)
        if not gate.open(reading):
            return
        folded = reading.folded
        for match in dated.finditer(folded):
            start, end = reading.sentence_at(match.start())
            # The institution is read near the date, not over the whole sentence: the cost stays linear in the text.
            start, end = max(start, match.start() - window), min(end, match.end() + window)
            # "UN", "IOM", "ONU" are acronyms only in capitals: the Spanish "nacida un 22 de mayo" is a person.
            if any(len(m.group()) > 3 or draft.text[m.start():m.end()].isupper()
                   for m in institutions.finditer(folded, start, end)):
                continue
            yield Hit(
                match.start(), match.end(),
                "This gives a date of birth: with a name it is enough to steal an identity or to target a person.",
                "Remove the date (a birthday wish needs neither the day nor the year).",
            )

    return check
