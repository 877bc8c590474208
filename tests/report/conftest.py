"""Report tests run the real helper (tests/server/conftest.py's fixtures) with a workstation policy for the sample
mission: Paris time and a mission name, written where `postcheck` reads it."""

from __future__ import annotations

import pytest

from postcheck import paths
from postcheck.policy import load_policy
from postcheck.server.config import ServerConfig
from postcheck.store import default_path
from tests.report.sample import MISSION
from tests.server.conftest import auth, client, isolated_keyring  # noqa: F401  (the real app on a real port, its
# token, and no desktop keyring within its reach)


def write_policy(language: str = "en") -> None:
    override = paths.policy_override()
    override.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    override.write_text(f'[schedule]\ntimezone = "Europe/Paris"\n\n[report]\nmission = "{MISSION}"\n'
                        f'language = "{language}"\n', encoding="utf-8")
    override.chmod(0o600)


@pytest.fixture
def config() -> ServerConfig:
    write_policy()
    return ServerConfig.for_policy(load_policy(paths.policy_override()), default_path(), body_timeout=1.0)
