"""A personal phone number in free text.

What it flags: numbers that libphonenumber (phonenumbers, PhoneNumberMatcher at leniency VALID) recognises in the
national formats of the mission's regions (policy) or in international "+" format; a "+" (or "00") number of a known
country that the metadata calls invalid ("+52 1 55 1234 5678"); and, after a word that says to dial (call, WhatsApp,
appelez, llámenlo…), digit groups in any national format, or after a word that makes it someone's own (me, my, our
driver…), a national number in any country's format (a trunk "0", grouped: "ping me on 0803 123 4567"); a number
said in words ("oh-six-nine, one two three…", "zéro-sept, quarante-deux…", `_spoken.py`). Not flagged: the policy's
hotlines, toll-free and shared-cost lines, a number the words around present as a public line (hotline, press, numéro
vert, línea gratuita…) unless they also make it someone's own (a name after "call", my, directly, our colleague,
WhatsApp), a number named as a reference (invoice, référence, factura…), and dates, ranges, decimals and measures
("03.07 - 17.07.15", "35.008 31.354", "2 500 000 people").
Why: Security and Privacy: "Never post personal details … or other sensitive personal information"; a mobile
number leads to a person, their messaging accounts and their location.
Example: "Reach our field assistant Samira on +93 70 123 4567"
Instead: give the office's public line or hotline.
"""

from __future__ import annotations

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._dialable import (
    CANDIDATE,
    Lengths,
    ascii_digits,
    blank_non_numbers,
    dialable_run,
    digits,
    figures_not_number,
    library,
    number_type,
    plain_chunk,
    same_type,
)
from postcheck.engine.rules.safety._separators import plain_separators
from postcheck.engine.rules.safety._spoken import Spoken
from postcheck.engine.rules.safety._words import Gate, alternation, union, word_pattern
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Security and Privacy"

_AFTER = 30  # "0141 287 7878 (donations)": a cue may also follow the number closely
_CUE_REACH = 50  # a dial word stands this close before its number: "appelez Jean-Robert notre chauffeur au"
_E164_DIGITS = range(8, 16)  # an international number without its "+" and country code is 7 to 15 digits long


# A national number as written: the trunk prefix "0", then 8 to 11 more digits in groups ("0803 123 4567").
_NATIONAL = regex_table.compile(r"0\d{1,4}(?:[\s.-]\d{2,4}){1,4}|0\d{8,11}")
_NUMBER_WORD = regex_table.compile(r"\bnum|\bnumber\b|\bnumero\b")
# A short local number: three digits, then four ("927 3415", "555-1234"), no trunk prefix.
_LOCAL = regex_table.compile(r"[1-9]\d{2}[\s.-]?\d{4}")
_SPACED_DATE = regex_table.compile(r"\d{1,2}[\s./-]\d{1,2}[\s./-](?:19|20)\d\d")
_REFERENCE_REACH = 30  # "Ma facture n° 0045 2231 8890": the word naming a reference stands close before it
_PLAIN_RUN = regex_table.compile(r"\(?\+?[\d\s().\-]+")
_START = regex_table.compile(r"[+(0-9]")  # where a run of digits and separators may start


def build(policy: Policy):
    safety = policy.safety
    settings = safety.phone
    reader = Reader(policy)
    regions = list(dict.fromkeys(safety.regions))
    allowed = tuple(digits(number) for number in safety.allowed_phones if digits(number))
    public = word_pattern(settings.public_lines)
    personal_words = [*union(settings.personal_cues), *union(safety.staff_identity.staff)]
    personal = word_pattern(personal_words)
    dial = word_pattern(settings.dial_cues)
    references = word_pattern(settings.references)
    # Each word list's gate says from the post's words whether any of its phrases can occur in the post at all: a
    # shut one answers the searches around every candidate number without reading the text (the same answers).
    gates = tuple(Gate(words) for words in (settings.public_lines, personal_words, settings.dial_cues,
                                            settings.references, settings.own_number))
    # "his number is 927 3415": the words that announce a person's own number, right before its digits.
    own_number = regex_table.compile(alternation(settings.own_number) + r"\s*:?\s*$")
    calling = word_pattern([word for word in union(settings.dial_cues) if not _NUMBER_WORD.search(word)])
    units = regex_table.compile(r"\s*" + alternation(settings.units, glued=True))
    min_digits = settings.min_digits
    # At least min_digits digits in a run (the same as len(digits(run)) >= min_digits): a possessive match that stops
    # at the last digit it needs, instead of a list of every digit.
    enough_digits = regex_table.compile(r"(?:\D*+\d)" * min_digits)
    dialable, ascii_dialable = dialable_run(min_digits)
    window = safety.window
    spoken = Spoken(settings.spoken_numbers, min_digits)
    lengths = Lengths()

    def matches(text: str, start: int, end: int):
        """(start, end, number, type) of each valid number in text[start:end], trying "+" first, then each region
        (type: its PhoneNumberType when known already, else None)."""
        pn = library()  # imported on first use
        NumberParseException, parse = pn.NumberParseException, pn.parse
        unknown = pn.PhoneNumberType.UNKNOWN
        chunk = text[start:end]
        # A plain parse is a few times cheaper than the matcher: it rules out the regions where the digits cannot be
        # one valid number, and the matcher (which also checks the grouping) runs where they can. A run of more
        # than 15 digits (E.164's most) may hold several numbers ("0905…/ 0929…"): the matcher reads those alone.
        run = digits(chunk)
        single = len(run) <= 15
        plain = plain_chunk(chunk)  # read once for every region
        for region in (["ZZ"] if chunk.lstrip("( ").startswith("+") else []) + regions:
            if single and region != "ZZ" and not lengths.may_be_valid(region, chunk, run, plain):
                continue  # cheaper than a parse: no number of the region can be read in these digits
            try:
                number = parse(chunk, region) if single else None
                # Its type, UNKNOWN exactly when is_valid_number is False (both read the number's region from its
                # country code, then match its national number against that region's patterns); kept for
                # public_line, which needs it.
                kind = number_type(number) if single else None
                if single and kind == unknown:
                    if region == "ZZ":
                        # Parsed in "ZZ", the "+" gave a known country code: every region reads the same number.
                        return []
                    continue
            except NumberParseException:
                continue
            if single and _PLAIN_RUN.fullmatch(chunk.strip()):
                # Digits, spaces, dashes, dots, a "+" and brackets only, and valid as a whole: the matcher would find
                # the same number over the same digits; it is the costliest step, so it runs only on other runs.
                first = _START.search(chunk).start()
                last = len(chunk)
                while not chunk[last - 1].isdigit():  # after the last digit (a digit is there: the parse read one)
                    last -= 1
                if chunk[first] == "(" and ")" not in chunk[first:last]:
                    first = _START.search(chunk, first + 1, last).start()  # "(0917 123 4567)"
                inside = chunk[first:last]
                last += chunk[last:last + 1] == ")" and inside.count("(") > inside.count(")")
                return [(start + first, start + last, number, kind)]
            found = list(pn.PhoneNumberMatcher(chunk, region, leniency=pn.Leniency.VALID))
            if found:
                # The matcher most often reads the number just parsed: its type is known then.
                return [(start + m.start, start + m.end, m.number,
                         kind if single and same_type(m.number, number) else None) for m in found]
        return []

    def international(run: str) -> bool:
        """A "+" number of a country that exists, of a dialable length, even where the metadata calls it invalid."""
        pn = library()
        if run.startswith("00"):  # the international prefix written out: "00227 96 45 12 08"
            run = "+" + run[2:]
        if not run.startswith("+") or len(digits(run)) not in _E164_DIGITS:
            return False
        try:
            return pn.region_code_for_country_code(pn.parse(run, "ZZ").country_code) != "ZZ"
        except pn.NumberParseException:
            return False

    def public_line(number, known) -> bool:
        pn = library()
        kind = pn.PhoneNumberType
        national = str(number.national_number)
        if any(entry.endswith(national) for entry in allowed):
            return True
        found = known if known is not None else number_type(number)
        return found in (kind.TOLL_FREE, kind.SHARED_COST, kind.PREMIUM_RATE, kind.UAN)

    def someones_own(text: str, folded: str, start: int, end: int, personal_open: bool, dial_open: bool) -> bool:
        """Words that make the number a person's: my, directly, our colleague, WhatsApp… or a name after a dial
        word ("WhatsApp Musa on", "Call Amal"). They outweigh the words of a public line."""
        lo, hi = max(0, start - window), min(len(folded), end + _AFTER)
        if personal_open and personal.search(folded, lo, hi):
            return True
        for cue in dial.finditer(folded, lo, start) if dial_open else ():
            # One capitalised word right after the dial word, then a small word or the number: "WhatsApp Musa on",
            # "llame a Rosa al"; not "call the Emergency Operations Center", "contact Metro North at".
            words = text[cue.end():start].split()
            if words and words[0][:1].isupper() and not words[0].isupper() and (
                    len(words) == 1 or not words[1][:1].isupper()):
                return True
        return False

    def said(text: str, start: int, end: int) -> Hit:
        return Hit(
            start, end,
            f"“{text[start:end]}” is a phone number: posted, it leads to a person, their messaging accounts and "
            "their whereabouts.",
            "Give the office's public line or a hotline listed in the policy instead.",
        )

    def check(draft: Draft):
        text = draft.text
        reading = reader.read(draft)
        for start, end in spoken.find(reading):  # "oh-six-nine, one two three…"
            yield said(text, start, end)
        ascii_text = text.isascii()
        # An ASCII post (most tweets) with fewer digits in all than one number needs is done without a scan; another
        # is scanned as before (counting its digits exactly there costs more than it saves).
        if ascii_text and ascii_digits(text) < min_digits:
            return
        if (ascii_dialable if ascii_text else dialable).search(text) is None:  # no run of min_digits digits
            return
        plain = plain_separators(text)
        candidates = [c for c in CANDIDATE.finditer(plain) if enough_digits.match(plain, c.start(), c.end())]
        if not candidates:
            return
        bare = blank_non_numbers(plain)
        if bare != plain:  # links, dates or clock times blanked: the runs are read again (else they are the same)
            candidates = [c for c in CANDIDATE.finditer(bare) if enough_digits.match(bare, c.start(), c.end())]
        folded = reading.folded
        opened = None  # the five gates, opened at the first candidate that needs them
        for candidate in candidates:
            group = candidate.group()
            run = group.strip(" ()")
            left, right = candidate.span()
            if figures_not_number(run) or units.match(folded, right):
                continue
            if opened is None:
                opened = [gate.open(reading) for gate in gates]
            public_open, personal_open, dial_open, references_open, own_open = opened
            # "Emergency line set up. Please call 403-…": the words presenting a public line may sit in the sentence
            # before the number, or just after it; read at most two windows back, so that the cost stays linear.
            first, _ = reading.sentence_at(left)
            lo = max(0, left - 2 * window, min(first, left - window))
            hi = min(len(text), right + _AFTER)
            start = left + group.index(run[0])
            before = max(0, left - _CUE_REACH)
            # "Su cel es 867 221 9034", "her cell is …": a person's own line, whatever the words around.
            own = own_open and own_number.search(folded, before, start) is not None
            if public_open and public.search(folded, lo, hi) and not own and not someones_own(
                    text, folded, left, right, personal_open, dial_open):
                continue
            # "Invoice 0045 2231 8890", "référence 0123 4567 890": a number named as a reference is none to call,
            # unless a word says to call it ("call", "WhatsApp"; "number" alone does not).
            named = references_open and references.search(
                folded, max(0, left - _REFERENCE_REACH), left)
            # The words that say to call are dial words: a shut dial gate rules them out too.
            if named and not (dial_open and calling.search(folded, named.end(), left)):
                continue
            found = matches(bare, max(0, left - 1), min(len(bare), right + 1))
            spans = [(start, end) for start, end, number, kind in found if not public_line(number, kind)]
            if not found:
                # No region of the policy reads it: a "+" number, or digit groups right after a dial word, still is.
                cued = own or (dial_open and dial.search(folded, before, left)) or (
                    # "ping me on 0803 123 4567": someone's own number, in a national format (trunk "0", grouped),
                    # not a date written with spaces ("04 05 2024").
                    _NATIONAL.fullmatch(run) and not _SPACED_DATE.fullmatch(run)
                    and personal_open and personal.search(folded, before, left))
                short = _LOCAL.fullmatch(run) and own
                if international(run) or (cued and len(digits(run)) in _E164_DIGITS) or short:
                    spans = [(start, start + len(run))]
            for start, end in spans:
                yield said(text, start, end)

    return check
