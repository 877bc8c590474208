"""Run the real `postcheck` command line in a subprocess with the test's environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def postcheck(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "postcheck", *args], capture_output=True, text=True, timeout=120,
                          env=env or dict(os.environ))


def doctor(env: dict | None = None) -> tuple[dict, int]:
    done = postcheck("doctor", "--json", env=env)
    return json.loads(done.stdout), done.returncode


def checks_by_name(report: dict) -> dict[str, dict]:
    return {c["name"]: c for c in report["checks"]}
