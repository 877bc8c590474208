"""The public entry point: check() against this workstation's policy (the bundled default plus its override)."""

from __future__ import annotations

from functools import lru_cache

from postcheck.engine import Engine, Report


@lru_cache(maxsize=1)
def default_engine() -> Engine:
    """The engine for this workstation's policy, built once per process."""
    from postcheck.paths import policy_override
    from postcheck.policy import load_policy

    return Engine(load_policy(policy_override()))


def check(text: str, platform: str = "twitter", kind: str = "post", addressee: str | None = None) -> Report:
    """Check a post (or, with kind="reply", a reply to `addressee` when the name is known) for `platform` against
    the guidelines."""
    return default_engine().check(text, platform, kind, addressee=addressee)
