"""A password, PIN, one-time code or login written into a post.

What it flags: a credential word followed by its value: "password: Kabul2024!", "the wifi password is sunshine", "PIN
4821", "mot de passe : soleil123", "la contraseña es luna2020", "OTP 583920", "my password for the shared account is
…", "le code du cadenas a changé, c'est 2-8-0-4", "new key is …", "la clave del wifi de la oficina de … es …", "el PIN
de la caja fuerte 7734". And a secret-looking value (`_secret_values.py`: "Sevare#2024", "Ubangi2024") in any
phrasing, weighed with the clues before it in its sentence (policy [safety.credential.clues]): a word naming a secret
(password, mdp, contraseña), a looser one (key, pass, clave, code), what it opens (account, wifi, réseau, cuenta) and
a connecting sign right before it (":", "is", "c'est", a "user / secret" pair): "the Kobo account for the Mopti
enumerators is dtm_mopti / Sevare#2024", "network: BASE-GUEST, key: Ubangi2024!". Advice about credentials ("use a
strong password", "never share your PIN", "the key is patience"), project codes and file names pass.
Why: Security and Privacy: "Promote strong authentication and access-control." A secret in a post is public forever.
Example: "New guest wifi at the office, password is Welcome2024"
Instead: share credentials in person or through the password manager, never in a post; change the leaked one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.safety._anchors import Anchors
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._secret_values import CANDIDATE, NONE, SECRET, shape, value_of
from postcheck.engine.rules.safety._words import Gate, alternation, union, word_pattern
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Security and Privacy"


def build(policy: Policy):
    settings = policy.safety.credential
    reader = Reader(policy)
    # cue, then a separator (":", "=", or a verb: is, est, es, c'est…) or none, then the value up to a space.
    verbs, links = _words(settings.separators), _words(settings.links)
    changed, being = _words(settings.changed), _words(settings.being)
    separators = rf"(?:[:=]|{verbs})"
    # A word of the phrase that is no verb of being: "la clave de este proyecto fue la comunidad: …" said its value.
    word = rf"(?!{being}\s)[\w'@.-]+"
    given = regex_table.compile(
        "(?P<cue>" + alternation(settings.cues) + ")"
        # What the secret opens may come between the cue and its value, up to four words: "door code for the
        # warehouse: 4821", "my password for the shared account is …", "le mdp du compte Kobo partagé c'est …".
        # Up to nine words ("la clave del wifi de la oficina de Puerto Príncipe es …"); a run of digits that ends the
        # phrase is the value itself ("el PIN de la caja fuerte 7734").
        + rf"(?:\s+{links}\s+(?:{word}\s+){{0,8}}?{word}"
        + rf"(?=(?:\s+{changed})?,?\s*{separators}(?:\s|$)|\s+\d{{3,}}\b(?!\s+\w)))?"
        + rf"(?:\s+{changed},?)?"
        + rf"(?P<sep>\s*[:=]\s*|\s+{separators}\s*:?\s*|\s+)"
        + r"(?P<quote>[\"'«“]?)(?P<value>[^\s\"'»”]{3,40})"
    )
    not_values = frozenset(union(settings.not_values))
    # Cues that are loose words too ("clave": a key, a password): a value of plain letters after one is a figure of
    # speech ("la clave del éxito es trabajar juntos") unless what a secret opens is named before it.
    loose_cues = frozenset(union(settings.cues)) & frozenset(union(settings.loose_words))
    openers = word_pattern(settings.openers)
    reach = settings.clues.reach
    gate, given_at = Gate(settings.cues), Anchors(settings.cues)  # `given` begins with a cue
    weigh = _clues(settings, rf"(?:{verbs}|{changed})")
    any_gate = Gate([*union(settings.cues), *union(settings.secret_words), *union(settings.loose_words),
                     *union(settings.openers), *union(settings.login_users)])

    def leaked(match: re.Match[str], folded: str) -> bool:
        value = match.group("value").rstrip(".,;!?)")
        if len(value) < 3 or value in not_values or _COUNT.fullmatch(value):
            return False  # "la clave del éxito: 2.500 voluntarios": a count, not a secret
        if value.isalpha() and match.group("cue") in loose_cues and openers.search(
                folded, max(0, match.start() - reach), match.start("value")) is None:
            return False  # "la clave del programa es que …", "la clave es trabajar juntos": ordinary words
        announced = match.group("sep").strip() != "" or match.group("quote") != ""
        # Without "is"/":" only a value that looks made up (digits) is a secret: "PIN 4821", not "password day".
        return announced or any(ch.isdigit() for ch in value)

    def pair_before_what_it_opens(text: str, folded: str) -> list[tuple[int, int]]:
        """A made-up "user / secret" pair with what it opens right after it: "it's lahore_field / Mosaic#77 for the
        Kobo server" (the clue pass reads values after their clues only). One pass over the pairs of the text."""
        spans = []
        if _PAIR_SIGN.search(folded) is None:
            return spans  # no "/" nor ":" between spaces: no pair (most posts; the pair pattern is dear)
        for match in _FULL_PAIR.finditer(folded):
            value = value_of(text[match.start("value"):match.end("value")])
            # With what it opens only after it, the value must carry a password's symbol: "Mosaic#77", not "Annex3b".
            if value and shape(value) == SECRET and _SYMBOL.search(value) and openers.search(
                    folded, match.end(), match.end() + _OPENS_AFTER):
                spans.append((match.start(), match.start("value") + len(value)))
        return spans

    read, any_bit, any_bound = reader.read, any_gate.bit, any_gate.bound

    def check(draft: Draft):
        # Asked of every post: no generator is made for one whose gate is shut (most posts), the gate's bit first.
        reading = read(draft)
        if not (reading.gates_open & any_bit or any_bound >= reading.gates_below and any_gate.open(reading)):
            return ()  # no word of a credential nor of what one opens: most posts
        return findings(draft, reading)

    def findings(draft: Draft, reading):
        said: list[tuple[int, int]] = []
        if gate.open(reading):
            folded = reading.folded
            at = 0
            # given.search(folded, at) again and again: the cues' places are tried in order, from `at` on.
            for start in given_at.starts(draft, reading):
                if start < at or (match := given.match(folded, start)) is None:
                    continue
                if not leaked(match, folded):
                    at = match.start() + 1  # "nouvelle clé wifi est …": a shorter cue inside may still give the value
                    continue
                at = match.end()
                end = match.end("value") - (len(match.group("value")) - len(match.group("value").rstrip(".,;!?)")))
                said.append((match.start(), end))
        said.extend(weigh(draft, reading, said))
        said.extend(pair_before_what_it_opens(draft.text, reading.folded))
        for start, end in _merged(said) if len(said) > 1 else said:
            yield Hit(
                start, end,
                "This post gives away a password, PIN or access code: anyone who reads it can get in.",
                "Remove it and change the secret now; share credentials only in person or through the vault.",
            )

    return check


def _clues(settings, verbs: str):
    """The clue pass: (start, end) of each value whose shape and the clues before it make a credential, from the
    nearest clue that counts to the value; values already inside `said` are skipped, consecutive values of one clue
    ("red CasaMision_5G / Huesped*2025") make one span."""
    weights = settings.clues
    kinds = (
        (word_pattern(settings.secret_words), weights.secret_weight),
        (word_pattern(settings.loose_words), weights.loose_weight),
    )
    openers = word_pattern(settings.openers)
    clue_words = [*union(settings.secret_words), *union(settings.loose_words), *union(settings.openers),
                  *union(settings.login_users)]
    gate, any_clue, clue_at = Gate(clue_words), word_pattern(clue_words), Anchors(clue_words)
    # A sign or verb right before the value, or before the user name of a "user / secret" pair.
    link = regex_table.compile(rf"(?:[:=]|(?<!\w){verbs})\s*(?:[^\s/]+\s*/\s*)?$")
    # A login given as a pair next to what it opens, "(zim_bb_enum / Mig#2024bb)", "ng_enum1 : Borno@25": the user
    # name looks made up too (a "_", "." or digit inside), so "Borno / Mopti2024" is no pair.
    pair = regex_table.compile(_MADE_UP_USER + r"\s+[/:]\s+$")
    # A generic login name and its secret, with nothing named that it opens: "tried admin / Tunis#2024".
    generic = regex_table.compile(r"(?<![^\s(\[])" + alternation(settings.login_users) + r"\s*[/:]\s*$")

    def weigh(draft: Draft, reading, said: list[tuple[int, int]]) -> list[tuple[int, int]]:
        if not gate.open(reading) or not _DIGIT.search(draft.text):
            return []  # every value that may be a secret holds a digit
        text, folded = draft.text, reading.folded
        found: list[tuple[int, int]] = []
        index = 0  # `said` is in order, and so are the values: one pointer keeps the cost linear
        for start, end, kind in _values_after(clue_at.finditer(any_clue, draft, reading), text, weights.reach):
            while index < len(said) and said[index][1] <= start:
                index += 1
            if index < len(said) and said[index][0] <= start:
                continue  # inside a finding of the announced form
            sentence, _ = reading.sentence_at(start)
            lo = max(sentence, start - weights.reach)
            # The nearest clue of each kind counts; the span starts at the nearest that counts.
            score, first = 0, start
            for pattern, weight in kinds:
                if weight > 0 and (clue := _last(pattern, folded, lo, start)) is not None:
                    score, first = weight, clue
                    break  # the stronger kind is read first
            if (opener := _last(openers, folded, lo, start)) is not None:
                score += weights.opener_weight
                first = opener if first == start else first
            login = generic.search(folded, max(lo, start - 20), start)
            if first == start:
                if login is None or kind != SECRET:
                    continue  # no clue at all
                score, first = weights.opener_weight, login.start()  # the login name opens what the secret opens
            if login or link.search(folded, max(lo, start - 40), start) or pair.search(
                    folded, max(lo, start - 40), start):
                score += weights.link_weight
            # A made-up value needs the threshold; plain letters and digits or a run of digits need more.
            if score < (weights.threshold if kind == SECRET else weights.plain_threshold):
                continue
            if found and found[-1][0] == first:
                found[-1] = (first, end)  # the second value of the same clue: one span
            else:
                found.append((first, end))
        return found

    return weigh


_DIGIT = regex_table.compile(r"\d")
# A user name that looks made up ("zim_bb_enum", "ng.enum1"): a "_", "." or digit inside, at a word's start.
_MADE_UP_USER = r"(?<![^\s(\[])[a-z][\w.-]*[_.\d][\w.-]*"
# A login pair as a whole: a user name that looks made up (a "_", "." or digit inside), "/" or ":", a value.
_FULL_PAIR = regex_table.compile(_MADE_UP_USER + r"\s+[/:]\s+(?P<value>[^\s)\]]+)")
# What every pair holds: its "/" or ":" between spaces. Begins with the sign: re skips to it at once.
_PAIR_SIGN = regex_table.compile(r"[/:](?<=\s[/:])(?=\s)")
_OPENS_AFTER = 40  # characters after a pair in which what it opens may be named
_SYMBOL = regex_table.compile(r"[#@!$%&*?+=]")
# A figure as counts and amounts are written: thousands separators, decimals, a percentage; a coordinate or a
# measure with four decimals or more ("pin: 21.1847, 92.1563" is a map pin).
_COUNT = regex_table.compile(r"\d{1,3}(?:[.,\u202f ]\d{3})+(?:[.,]\d+)?%?|\d+[.,]\d{1,2}%?|\d+%|-?\d{1,3}\.\d{4,}")


def _values_after(clues: Iterator[re.Match[str]], text: str, reach: int):
    """(start, end, shape) of each value that may be a secret within `reach` characters after a clue word (`clues`:
    their matches in order). Values are read once, in order, and only near clues: the cost follows the text, not the
    number of clues. A value lies inside one run of non-spaces and begins it: the values from a clue on are the same
    whether the text is read from its start or from the clue, so the reading starts (again) at a clue when the next
    value lies before it."""
    tokens = token = None
    for clue in clues:
        if token is None or token.start() < clue.start():
            tokens = CANDIDATE.finditer(text, clue.start())
            token = next(tokens, None)
        hi = clue.end() + reach
        while token is not None and token.start() < hi:
            if token.start() >= clue.start():
                value = value_of(token.group())
                kind = shape(value) if value else NONE
                if kind != NONE:
                    start = token.start() + token.group().index(value[0])
                    yield start, start + len(value), kind
            token = next(tokens, None)
        if token is None:
            return


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, overlapping ones joined: one finding per secret."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """Where the last match of `pattern` in text[lo:hi] starts (the window is bounded: the cost stays linear)."""
    last = None
    for match in pattern.finditer(text, lo, hi):
        last = match.start()
    return last


def _words(lexicon) -> str:
    """A policy word list as a group matching any of its phrases, spaces as runs of spaces (no word boundaries:
    the pattern around it puts the spaces)."""
    phrases = sorted(union(lexicon), key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases) + ")"
