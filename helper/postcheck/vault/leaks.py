"""Stored secrets found in a draft, as findings: what POST /v1/check and `postcheck check` add to the engine's
report (Security and Privacy: "Promote strong authentication"; a secret in a post is public forever). The secrets
are read from the keyring only to be hashed into a LeakGuard (vault/leakguard.py) and dropped."""

from __future__ import annotations

from postcheck.engine.offsets import Utf16Map
from postcheck.engine.report import Finding, Report
from postcheck.vault.leakguard import LeakGuard
from postcheck.vault.service import VaultService, password_label, seed_label

RULE, GUIDELINE = "safety.credential", "Security and Privacy"
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}  # the engine's order of findings


def stored_secrets(vault: VaultService) -> list[tuple[str, str, bool]]:
    """(label, secret, is_seed) of every password and TOTP seed the registry says the keyring holds; VaultError when
    the keyring cannot be read. The caller hands them to a LeakGuard at once and drops them."""
    from postcheck.vault import oskeyring

    secrets = []
    for account in vault.registry.all():
        if account.has_secret:
            secret = oskeyring.read_or_none(account.platform, account.handle)
            if secret:
                secrets.append((password_label(account.platform, account.handle), secret, False))
        if account.has_totp:
            seed = oskeyring.read_or_none(account.platform, account.handle, totp=True)
            if seed:
                secrets.append((seed_label(account.platform, account.handle), seed, True))
    return secrets


def findings(guard: LeakGuard, text: str) -> list[Finding]:
    leaks = guard.scan(text)
    if not leaks:
        return []
    to_utf16 = Utf16Map(text)
    found = []
    for leak in leaks:
        what = "TOTP seed (its 2FA secret)" if leak.seed else "password"
        account = leak.label.rsplit(" ", 2 if leak.seed else 1)[0]
        found.append(Finding(
            rule=RULE, severity="error", start=to_utf16(leak.start), end=to_utf16(leak.end), guideline=GUIDELINE,
            message=f"This draft contains the {what} of {account} stored in postcheck's vault: anyone who reads "
                    f"the post can take over the account.",
            suggestion="Remove it before posting. If it was ever published or sent, change it now and store the new "
                       "one in the vault."))
    return found


def with_leaks(report: Report, extra: list[Finding]) -> Report:
    """`report` with the guard's findings added in the engine's order; the engine's own credential finding on the
    same span is dropped (the guard's names the account)."""
    if not extra:
        return report
    kept = [f for f in report.findings
            if f.rule != RULE or not any(f.start < e.end and e.start < f.end for e in extra)]
    merged = sorted(kept + extra, key=lambda f: (f.start, _SEVERITY_ORDER[f.severity], f.rule))
    return report.model_copy(update={"findings": merged})
