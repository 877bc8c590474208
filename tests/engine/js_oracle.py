"""Runs a twitter-text JavaScript library under Node on many texts: the oracles our engine is compared with.

X_COM (tests/engine/twitter_text_js): twitter-text 3.1.0 with its emoji parser replaced by @twemoji/parser 15.0.0
through npm `overrides`, as the x.com web client counts. OFFICIAL (tests/engine/twitter_text_js_official): twitter-text
3.1.0 as published (twemoji-parser 11), trusted for everything but emoji. Install both with
npm ci --prefix tests/engine/twitter_text_js && npm ci --prefix tests/engine/twitter_text_js_official
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
X_COM = HERE / "twitter_text_js"
OFFICIAL = HERE / "twitter_text_js_official"
SCRIPT = X_COM / "oracle.js"


def installed(folder: Path) -> Path:
    """`folder`'s twitter-text package directory; fails (never skips) the test when Node or the package is missing."""
    package = folder / "node_modules" / "twitter-text"
    if shutil.which("node") is None or not package.is_dir():
        where = folder.relative_to(HERE.parents[1])
        pytest.fail(f"twitter-text is not installed in {where}: run `npm ci --prefix {where}` (needs Node.js)")
    return package


def run(folder: Path, texts: list[str]) -> list[dict]:
    """Per text: urls, mentions, hashtags as [text, start, end] (UTF-16), weightedLength and validRangeEnd."""
    installed(folder)
    stdin = "".join(json.dumps(text) + "\n" for text in texts)
    done = subprocess.run([shutil.which("node"), str(SCRIPT), str(folder)], input=stdin, capture_output=True,
                          text=True, check=True, timeout=300)
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(results) == len(texts), f"the oracle answered {len(results)} of {len(texts)} texts: {done.stderr}"
    return results
