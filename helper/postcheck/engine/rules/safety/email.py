"""A personal e-mail address in a post.

What it flags: an address outside the policy's institutional domains (iom.int, un.org…) that is not a role mailbox
(press@, info@…): "write to maria.lopez78@gmail.com", "contactez jean.dupont@yahoo.fr". A domain must end in a
real top-level domain and not be an image's scale suffix: "logo@2x.png" is a file name.
Why: Security and Privacy: "Never post personal details … or other sensitive personal information"; a personal
address invites phishing and identity theft.
Example: "Questions? Email our field assistant at a.karimi@gmail.com"
Instead: give the office's role address (info@…) on the institutional domain.
"""

from __future__ import annotations

import re

from postcheck.engine.draft import Draft, Hit
from postcheck.engine.twitter import tlds
from postcheck.policy import Policy

SEVERITY = "error"
GUIDELINE = "Security and Privacy"

# Read from each "@" outwards: a pattern that starts with the local part would be tried at every character.
_DOMAIN = re.compile(r"@((?:[\w-]+\.)+[a-z]{2,})(?![\w-])", re.IGNORECASE)
_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-")
# "logo@2x.png", "banniere_FR@3x.jpg": an image's scale suffix, not a domain.
_SCALE = re.compile(r"\d+(?:\.\d+)?x", re.IGNORECASE)


def build(policy: Policy):
    domains = tuple(d.lower().lstrip("@.") for d in policy.safety.institutional_email_domains)
    roles = frozenset(r.lower() for r in policy.safety.email.role_mailboxes)
    labels = frozenset(label.lower() for label in policy.safety.email.institutional_labels)
    # A domain ends in a real top-level domain (png, psd, docx are not); the list is twitter-text's.
    top_levels = frozenset(tld for group in tlds.load().values() for tld in group)

    def institutional(domain: str) -> bool:
        if any(domain == d or domain.endswith("." + d) for d in domains):
            return True
        return not labels.isdisjoint(domain.split(".")[1:])  # rfs.nsw.gov.au, colorado.edu, un.int

    def check(draft: Draft):
        if "@" not in draft.text:
            return
        text = draft.text
        for match in _DOMAIN.finditer(text):
            start = match.start()
            while start > 0 and (text[start - 1] in _LOCAL or text[start - 1].isalnum()):
                start -= 1
            if start == match.start():  # "@handle.com" with nothing before it is a mention, not an address
                continue
            local, domain = text[start:match.start()].lower(), match.group(1).lower()
            if domain.rsplit(".", 1)[1] not in top_levels or _SCALE.fullmatch(domain.split(".", 1)[0]):
                continue
            if institutional(domain) or local in roles:
                continue
            yield Hit(
                start, match.end(),
                f"“{text[start:match.end()]}” looks like a personal e-mail address: posted, it draws spam and "
                "phishing and exposes its owner.",
                "Give an institutional or role address (info@, press@) instead.",
            )

    return check
