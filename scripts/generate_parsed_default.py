"""Regenerate helper/postcheck/data/default_policy.marshal: default.toml as tomllib parses it, kept beside its text.

Usage: python scripts/generate_parsed_default.py   (after any change to helper/postcheck/policy/default.toml)
load_policy() reads the kept dict (~1 ms) instead of parsing default.toml (~16 ms) while the kept text is
default.toml's; tests/policy/test_parsed_default.py fails when it is not.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "helper"))

from postcheck.policy import parsed_default  # noqa: E402
from postcheck.policy.loader import default_text  # noqa: E402


def main() -> None:
    text = default_text()
    parsed_default.KEPT.parent.mkdir(parents=True, exist_ok=True)
    parsed_default.KEPT.write_bytes(parsed_default.render(text, tomllib.loads(text)))
    print(f"default.toml kept parsed in {parsed_default.KEPT.relative_to(REPO)} "
          f"({parsed_default.KEPT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
