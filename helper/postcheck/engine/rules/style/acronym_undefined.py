"""An acronym that is neither widely known nor defined in the post.

What it flags: the first use of each run of capitals ("IDP", "GBV", "MHPSS") that is not on the policy's list of
widely known acronyms and is not defined in the post, either way round: "IDP (Internally Displaced Person)" or
"Internally Displaced Persons (IDPs)". Ordinary words shouted in capitals ("HELP", "URGENT", "AYUDA"), Roman
numerals ("World War II"), and hashtags, mentions and links are not acronyms.
Why: Basic Editorial Guidelines: "Only use widely known acronyms or define any used, i.e. IDP (Internally Displaced
Person)". Only information: whether an acronym is "widely known" depends on the audience, and no list is complete;
the writer decides.
Example: "Our MHPSS teams reached 300 families this week."
Instead: "Our mental health and psychosocial support (MHPSS) teams reached 300 families this week."
"""

import re
from bisect import bisect_left

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules._lexicon import lexicon
from postcheck.policy import Policy

SEVERITY = "info"
GUIDELINE = "Basic Editorial Guidelines"

_CAPITAL = "A-ZÀ-ÖØ-Þ"
# A run of capitals (digits and "&" inside: "H1N1", "Q&A"), with an optional plural "s" ("IDPs").
# It starts with the character class, not a look-behind, so the engine can skip to capitals fast (3x); what
# precedes the run is checked in code.
_RUN = re.compile(rf"([{_CAPITAL}][{_CAPITAL}0-9&]*[{_CAPITAL}0-9])(s?)(?![\w&])")
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# "IDP (Internally Displaced Person)": a parenthesis of at least two words right after the acronym (counted in
# code: one linear scan, no backtracking on a long unclosed parenthesis).
_PARENTHESIS_AFTER = re.compile(r"\s*\(([^()]*)\)")
# "Internally Displaced Persons (IDPs)": the acronym alone in a parenthesis after some words.
_BEFORE_PAREN = re.compile(r"\s*\(\s*[^\W\d_]")  # matched on the reversed text before the acronym
_AFTER_PAREN = re.compile(r"\s*\)")
# Only this much text before an acronym is read to find "Words (": a bounded look, whatever the post's length.
_LOOK_BACK = 8


def build(policy: Policy):
    rules = policy.acronyms
    known = frozenset(word.upper() for word in (*rules.known, *rules.ordinary_words))
    min_capitals = rules.min_length

    def ordinary(word: str) -> bool:
        lex = lexicon()  # loaded on the first unknown run of capitals only
        cost = lex.cost(word.lower())
        return cost is not None and cost <= lex.rank_cost(rules.common_word_rank)

    def candidates(draft: Draft):
        parsed = draft.parsed
        entities = sorted((s.start, s.end) for group in (parsed.hashtags, parsed.mentions, parsed.urls) for s in group)
        starts = [start for start, _ in entities]
        text = draft.text
        for match in _RUN.finditer(text):
            if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "_&"):
                continue  # the end of a longer word ("McHugh", "iPhone")
            base = match.group(1)
            if sum(c.isalpha() for c in base) < min_capitals or _ROMAN.fullmatch(base):
                continue
            if base in known or base + match.group(2) in known:
                continue
            # Entities do not overlap: only the last one starting before the run's end can cover it.
            index = bisect_left(starts, match.end()) - 1
            if index >= 0 and entities[index][1] > match.start():
                continue
            yield match

    def defined_here(text: str, match: re.Match[str]) -> bool:
        after = _PARENTHESIS_AFTER.match(text, match.end())
        if after and len(after.group(1).split()) >= 2 and any(c.isalpha() for c in after.group(1)):
            return True
        if not _AFTER_PAREN.match(text, match.end()):
            return False
        before = text[max(0, match.start() - _LOOK_BACK):match.start()][::-1]
        return bool(_BEFORE_PAREN.match(before))

    def check(draft: Draft):
        text = draft.text
        found = list(candidates(draft))
        if not found:
            return
        defined = {m.group(1) for m in found if defined_here(text, m)}
        reported: set[str] = set()
        for match in found:
            base = match.group(1)
            if base in defined or base in reported or ordinary(base):
                continue
            reported.add(base)
            yield Hit(
                match.start(), match.end(),
                f"“{match.group()}” is not a widely known acronym and is not defined in the post.",
                f"Spell it out once, e.g. “{base} (…)”, or use the full words.",
            )

    return check
