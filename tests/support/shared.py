"""Data kept outside the project in ../shared (guidelines, conformance suite, corpora): find it or say why not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SHARED = REPO.parent / "shared"


def shared_root() -> Path:
    return Path(os.environ.get("POSTCHECK_SHARED", DEFAULT_SHARED))


def shared_path(relative: str, env: str | None = None) -> Path:
    """Path of `relative` under ../shared (or $env / $POSTCHECK_SHARED). Missing: a failure under CI=true, else a skip."""
    path = Path(os.environ[env]) if env and os.environ.get(env) else shared_root() / relative
    if not path.exists():
        message = (f"{path} is missing: it lives in ../shared beside the project (set "
                   f"{env or 'POSTCHECK_SHARED'} to point elsewhere)")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path
