"""Run `postcheck vault …` as a real subprocess (stdin not a terminal: the password is one line of it)."""

from __future__ import annotations

import os
import subprocess
import sys


def vault(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "postcheck", "vault", *args], input=stdin, capture_output=True,
                          text=True, env=env or dict(os.environ), timeout=120)
