"""A personal e-mail address in a post.

What it flags: an address outside the policy's institutional domains (iom.int, un.org…) that is not a role mailbox
(press@, info@, media.haiti@, mediacentre@…): "write to maria.lopez78@gmail.com", "contactez jean.dupont@yahoo.fr". A
domain must end in a real top-level domain and not be an image's scale suffix: "logo@2x.png" is a file name. An
address spelled out ("olena.k87 [at] gmail [dot] com", "jp.mbala arobase yahoo point fr", words in the policy) is read
the same way.
Why: Security and Privacy: "Never post personal details … or other sensitive personal information"; a personal
address invites phishing and identity theft.
Example: "Questions? Email our field assistant at a.karimi@gmail.com"
Instead: give the office's role address (info@…) on the institutional domain.
"""

from __future__ import annotations

import re

from postcheck.engine import regex_table
from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import Gate, union
from postcheck.engine.twitter import tlds
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Security and Privacy"

# Read from each "@" outwards: a pattern that starts with the local part would be tried at every character.
# "@" may stand between spaces ("maria.lopez @ gmail.com"): then the local part must look like one (see check).
_DOMAIN = regex_table.compile(r"@[ \t]*((?:[\w-]+\.)+[a-z]{2,})(?![\w-])", re.IGNORECASE)
_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-")
# "logo@2x.png", "banniere_FR@3x.jpg": an image's scale suffix, not a domain.
_SCALE = regex_table.compile(r"\d+(?:\.\d+)?x", re.IGNORECASE)


def build(policy: Policy):
    domains = tuple(d.lower().lstrip("@.") for d in policy.safety.institutional_email_domains)
    roles = frozenset(r.lower() for r in policy.safety.email.role_mailboxes)
    suffixes = frozenset(r.lower() for r in policy.safety.email.role_suffixes)

    def role(local: str) -> bool:
        """A function's mailbox: a role word first ("media.haiti", "press-kabul", "info_ng"), or a role word glued to
        a role suffix ("mediacentre", "pressoffice", "newsroom")."""
        first = _PIECES.split(local, 1)[0]
        if first in roles:
            return True
        # Each cut of the local part is two set look-ups (a few per address, not one test per role word).
        return any(first[:cut] in roles and first[cut:] in suffixes for cut in range(len(first)))

    labels = frozenset(label.lower() for label in policy.safety.email.institutional_labels)
    # A domain ends in a real top-level domain (png, psd, docx are not); the list is twitter-text's.
    top_levels = frozenset(tld for group in tlds.load().values() for tld in group)
    reader = Reader(policy)
    spelled_gate = Gate(policy.safety.email.at_words)
    spelled = _spelled(policy.safety.email.at_words, policy.safety.email.dot_words)
    dots = frozenset(union(policy.safety.email.dot_words))
    dotted = regex_table.compile(_joined(policy.safety.email.dot_words))
    dot_gate = Gate(policy.safety.email.dot_words)
    at_words = "|".join(map(re.escape, union(policy.safety.email.at_words)))
    bracketed = regex_table.compile(r"[\[({<]\s*(?:" + at_words + r")\s*[\])}>]")

    def personal(local: str, domain: str) -> bool:
        if domain.rsplit(".", 1)[1] not in top_levels or _SCALE.fullmatch(domain.split(".", 1)[0]):
            return False
        return not (institutional(domain) or role(local))

    def hit(start: int, end: int, shown: str) -> Hit:
        return Hit(start, end,
                   f"“{shown}” looks like a personal e-mail address: posted, it draws spam and phishing and exposes "
                   "its owner.",
                   "Give an institutional or role address (info@, press@) instead.")

    def spelled_out(draft: Draft, reading):
        """Addresses written with a word for "@" ("[at]", "arobase"), then "." or words for it ("point")."""
        folded, at = reading.folded, 0
        while (match := spelled.search(folded, at)) is not None:
            at = match.start("domain")  # a refused reading may hide the next: "directly at olena.k87 [at] gmail …"
            labels = [label for label in _LABEL.findall(match.group("domain")) if label not in dots]
            sign = folded[match.end("local"):match.start("domain")].strip()  # the word for "@", maybe in brackets
            local = dotted.sub(".", match.group("local"))  # "amina dot bello at gmail dot com"
            spelled_dot = local != match.group("local")
            if not (sign.startswith(_BRACKETS) or spelled_dot or _ADDRESS_SIGN.search(match.group("local"))):
                continue  # a bare word for "@" needs a local part that looks like one: "met at Gmail dot com"
            if len(labels) >= 2 and personal(local, ".".join(labels)):
                at = match.end()
                yield hit(match.start(), match.end(), draft.text[match.start():match.end()])

    def institutional(domain: str) -> bool:
        if any(domain == d or domain.endswith("." + d) for d in domains):
            return True
        return not labels.isdisjoint(domain.split(".")[1:])  # rfs.nsw.gov.au, colorado.edu, un.int

    def check(draft: Draft):
        reading = reader.read(draft)
        # "at" is everywhere: spelled-out addresses are read only with a word for "." too, or a bracket right after a
        # word for "@" (tested here, so that most posts make no second generator; an opening bracket is looked for
        # first, four substring tests instead of a scan).
        lower = reading.lower
        if spelled_gate.open(reading) and (dot_gate.open(reading) or (
                _has_bracket(lower) and bracketed.search(lower) is not None)):
            yield from spelled_out(draft, reading)
        text = draft.text
        if "@" not in text:
            return
        # Searched once before a loop is set up: most "@" are mentions, and most posts then end here.
        match = _DOMAIN.search(text)
        while match is not None:
            found, match = match, _DOMAIN.search(text, match.end())  # where finditer would look next
            at = found.start()
            while at > 0 and text[at - 1] in " \t":  # "maria.lopez @ gmail.com": the local part before the spaces
                at -= 1
            start = at
            while start > 0 and (text[start - 1] in _LOCAL or text[start - 1].isalnum()):
                start -= 1
            if start == at:  # "@handle.com" with nothing before it is a mention, not an address
                continue
            local, domain = text[start:at].lower(), found.group(1).lower()
            spaced = at != found.start() or found.group()[1] in " \t"
            if spaced and not _ADDRESS_SIGN.search(local):
                continue  # "thanks @ unhcr.org": a spaced "@" after a plain word is a mention
            if personal(local, domain):
                yield hit(start, found.end(), text[start:found.end()])

    return check


_LABEL = regex_table.compile(r"[a-z0-9][a-z0-9-]*")
_PIECES = regex_table.compile(r"[._+\-\d]+")
_BRACKETS = ("[", "(", "{", "<")
_ADDRESS_SIGN = regex_table.compile(r"[\d._+-]")


def _has_bracket(text: str) -> bool:
    """Whether an opening bracket of _BRACKETS stands in `text` (each test a fast C search)."""
    return "[" in text or "(" in text or "{" in text or "<" in text


def _spelled(at_words, dot_words) -> re.Pattern[str]:
    """local [at] label [dot] label …: the local part is a run of address characters (maybe joined by words for ".":
    "amina dot bello"), the parts are joined by a word for "@" then by "." or a word for "." (each word bare between
    spaces, or in brackets)."""
    label = r"[a-z0-9][a-z0-9-]*"
    local = r"[a-z0-9][a-z0-9._+-]*"
    return regex_table.compile(
        rf"(?<![\w.+-])(?P<local>{local}(?:{_joined(dot_words)}{local})*){_joined(at_words)}"
        rf"(?P<domain>{label}(?:(?:{_joined(dot_words)}|\.){label})+)(?![\w-])"
    )


def _joined(words) -> str:
    """One of the words standing for a sign: bare between spaces, or in brackets ("[at]", "(dot)")."""
    alternatives = "|".join(sorted(map(re.escape, union(words)), key=len, reverse=True))
    return rf"(?:\s*[\[({{<]\s*(?:{alternatives})\s*[\])}}>]\s*|\s+(?:{alternatives})\s+)"
