"""Mozilla's web-ext lints the extension for Firefox (set-up: `cd tests/browser && npm ci`)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXTENSION = HERE.parents[1] / "extension"
WEB_EXT = HERE / "node_modules" / ".bin" / "web-ext"
# One tree serves both families: Chrome needs background.service_worker, Firefox reads background.scripts instead.
EXPECTED_WARNINGS = {("MANIFEST_FIELD_UNSUPPORTED", '"/background/service_worker" is not supported.')}


def test_web_ext_lint_passes():
    assert WEB_EXT.exists(), "web-ext is not installed: run `cd tests/browser && npm ci`"
    assert shutil.which("node"), "Node.js is needed to run web-ext"
    result = subprocess.run([str(WEB_EXT), "lint", "--source-dir", str(EXTENSION), "--output", "json"],
                            check=False, cwd=HERE, capture_output=True, text=True, timeout=300)
    report = json.loads(result.stdout)
    assert report["errors"] == [], report["errors"]
    assert report["notices"] == [], report["notices"]
    assert {(w["code"], w["message"]) for w in report["warnings"]} <= EXPECTED_WARNINGS
