"""A password, PIN, one-time code or login written into a post.

What it flags: a credential word followed by its value: "password: Kabul2024!", "the wifi password is sunshine",
"PIN 4821", "mot de passe : soleil123", "la contraseña es luna2020", "OTP 583920",
"my password for the shared account is …", "le code du cadenas a changé, c'est 2-8-0-4", "new key is …", "la clave del
wifi de la oficina de … es …", "el PIN de la caja fuerte 7734". Advice about credentials ("use a strong password",
"never share your PIN", "the key is patience") passes.
Why: Security and Privacy: "Promote strong authentication and access-control." A secret in a post is public forever.
Example: "New guest wifi at the office, password is Welcome2024"
Instead: share credentials in person or through the password manager, never in a post; change the leaked one.
"""

from __future__ import annotations

import re

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.rules.safety._reader import Reader
from postcheck.engine.rules.safety._words import Gate, alternation, union
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Security and Privacy"


def build(policy: Policy):
    settings = policy.safety.credential
    reader = Reader(policy)
    # cue, then a separator (":", "=", or a verb: is, est, es, c'est…) or none, then the value up to a space.
    verbs, links = _words(settings.separators), _words(settings.links)
    changed = _words(settings.changed)
    separators = rf"(?:[:=]|{verbs})"
    given = re.compile(
        alternation(settings.cues)
        # What the secret opens may come between the cue and its value, up to four words: "door code for the
        # warehouse: 4821", "my password for the shared account is …", "le mdp du compte Kobo partagé c'est …".
        # Up to nine words ("la clave del wifi de la oficina de Puerto Príncipe es …"); a run of digits that ends the
        # phrase is the value itself ("el PIN de la caja fuerte 7734").
        + rf"(?:\s+{links}\s+(?:[\w'@.-]+\s+){{0,8}}?[\w'@.-]+"
        + rf"(?=(?:\s+{changed})?,?\s*{separators}(?:\s|$)|\s+\d{{3,}}\b(?!\s+\w)))?"
        + rf"(?:\s+{changed},?)?"
        + rf"(?P<sep>\s*[:=]\s*|\s+{separators}\s*:?\s*|\s+)"
        + r"(?P<quote>[\"'«“]?)(?P<value>[^\s\"'»”]{3,40})"
    )
    not_values = frozenset(union(settings.not_values))
    gate = Gate(settings.cues)

    def leaked(match: re.Match[str]) -> bool:
        value = match.group("value").rstrip(".,;!?)")
        if len(value) < 3 or value in not_values:
            return False
        announced = match.group("sep").strip() != "" or match.group("quote") != ""
        # Without "is"/":" only a value that looks made up (digits) is a secret: "PIN 4821", not "password day".
        return announced or any(ch.isdigit() for ch in value)

    def check(draft: Draft):
        reading = reader.read(draft)
        if not gate.open(reading):
            return
        folded = reading.folded
        at = 0
        while (match := given.search(folded, at)) is not None:
            if not leaked(match):
                at = match.start() + 1  # "nouvelle clé wifi est …": a shorter cue inside may still give the value
                continue
            at = match.end()
            end = match.end("value") - (len(match.group("value")) - len(match.group("value").rstrip(".,;!?)")))
            yield Hit(
                match.start(), end,
                "This post gives away a password, PIN or access code: anyone who reads it can get in.",
                "Remove it and change the secret now; share credentials only in person or through the vault.",
            )

    return check


def _words(lexicon) -> str:
    """A policy word list as a group matching any of its phrases, spaces as runs of spaces (no word boundaries:
    the pattern around it puts the spaces)."""
    phrases = sorted(union(lexicon), key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases) + ")"
