"""A personal phone number in free text.

What it flags: numbers that libphonenumber (phonenumbers, PhoneNumberMatcher at leniency VALID) recognises in the
national formats of the mission's regions (policy) or in international "+" format, unless the policy lists them as
hotlines, they are toll-free or shared-cost lines, or the words just before them present a public line (hotline,
press, emergency, numéro vert, línea gratuita…).
Why: Security and Privacy: "Never post personal details … or other sensitive personal information"; a mobile
number leads to a person, their messaging accounts and their location.
Example: "Reach our field assistant Samira on +93 70 123 4567"
Instead: give the office's public line or hotline.
"""

from __future__ import annotations

import re

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import word_pattern
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Security and Privacy"

# A run that could hold a phone number: digits with the usual separators, optionally after "+".
_CANDIDATE = re.compile(r"[\d+(][\d\s().\-/]{5,23}\d")
_DIGIT = re.compile(r"\d")
# Links carry digits (t.co/9aX…) and so do dates and clock times ("2012-06-03 19:20:43"): none is a number to call.
_NOT_A_NUMBER = re.compile(
    r"https?://\S+|\bwww\.\S+"
    r"|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}([/.])\d{1,2}\1(?:19|20)\d\d\b"  # 2012-06-03, 12/03/1988
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b"
)
_DECIMAL = re.compile(r"\d+\.\d+")  # "21.87500": a measure, never dialled
_AFTER = 30  # "0141 287 7878 (donations)": a cue may also follow the number closely


def _digits(text: str) -> str:
    return "".join(_DIGIT.findall(text))


def build(policy: Policy):
    safety = policy.safety
    reader = Reader(policy)
    regions = list(dict.fromkeys(safety.regions))
    allowed = tuple(_digits(number) for number in safety.allowed_phones if _digits(number))
    public = word_pattern(safety.phone.public_lines)
    min_digits = safety.phone.min_digits
    window = safety.window

    def matches(text: str, start: int, end: int):
        """(start, end, number) of each valid number in text[start:end], trying "+" first, then each region."""
        # Imported on first use: most posts have no number, and the library and its metadata cost tens of
        # milliseconds and about 1 MB to load (benchmarks/bench_safety.py measures it).
        from phonenumbers import (
            Leniency,
            NumberParseException,
            PhoneNumberMatcher,
            is_valid_number,
            parse,
        )

        chunk = text[start:end]
        # A plain parse is a few times cheaper than the matcher: it rules out the regions where the digits cannot be
        # one valid number, and the matcher (which also checks the grouping) runs where they can. A run of more
        # than 15 digits (E.164's most) may hold several numbers ("0905…/ 0929…"): the matcher reads those alone.
        single = len(_digits(chunk)) <= 15
        for region in (["ZZ"] if chunk.lstrip("( ").startswith("+") else []) + regions:
            try:
                if single and not is_valid_number(parse(chunk, region)):
                    continue
            except NumberParseException:
                continue
            found = list(PhoneNumberMatcher(chunk, region, leniency=Leniency.VALID))
            if found:
                return [(start + m.start, start + m.end, m.number) for m in found]
        return []

    def public_line(number) -> bool:
        from phonenumbers import PhoneNumberType, number_type

        national = str(number.national_number)
        if any(entry.endswith(national) for entry in allowed):
            return True
        return number_type(number) in (
            PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST, PhoneNumberType.PREMIUM_RATE,
            PhoneNumberType.UAN,
        )

    def check(draft: Draft):
        text = draft.text
        if len(_DIGIT.findall(text)) < min_digits:
            return
        if not any(len(_digits(c.group())) >= min_digits for c in _CANDIDATE.finditer(text)):
            return
        bare = _NOT_A_NUMBER.sub(lambda m: " " * len(m.group()), text)
        reading = reader.read(draft)
        for candidate in _CANDIDATE.finditer(bare):
            if len(_digits(candidate.group())) < min_digits or _DECIMAL.fullmatch(candidate.group()):
                continue
            # "Emergency line set up. Please call 403-…": the words presenting a public line may sit in the sentence
            # before the number, or just after it. Read them first: a public line needs no phone parsing at all.
            first, _ = reading.sentence_at(candidate.start())
            lo, hi = max(0, min(first, candidate.start() - window)), min(len(text), candidate.end() + _AFTER)
            if public.search(reading.folded, lo, hi):
                continue
            for start, end, number in matches(bare, max(0, candidate.start() - 1), min(len(bare), candidate.end() + 1)):
                if public_line(number):
                    continue
                yield Hit(
                    start, end,
                    f"“{text[start:end]}” is a phone number: posted, it leads to a person, their messaging "
                    "accounts and their whereabouts.",
                    "Give the office's public line or a hotline listed in the policy instead.",
                )

    return check
