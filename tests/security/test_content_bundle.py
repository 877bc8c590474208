"""Attack: a page names an element `postcheck` (`<form id="postcheck">`); in the isolated world the page's named
elements appear on `window`, so a content script that keeps its state under `globalThis.postcheck` gets the page's
form instead. Defence: one bundle, one closure, no string-keyed global. Checked here on the sources and the bundle."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "extension" / "content"
BUNDLE = CONTENT / "dist" / "content.js"
GLOBAL_NAMESPACE = re.compile(r"\b(?:globalThis|window|self)\s*(?:\.|\?\.|\[\s*[\"'`])\s*postcheck\b")


def test_committed_bundle_matches_its_sources(tmp_path):
    """A content module edited without `scripts/build-content` would leave the injected bundle stale."""
    assert (ROOT / "tests" / "browser" / "pages" / "node_modules" / ".bin" / "esbuild").exists(), \
        "run: npm ci --prefix tests/browser/pages"
    subprocess.run([str(ROOT / "scripts" / "build-content"), str(tmp_path)], check=True, capture_output=True)
    assert (tmp_path / "content.js").read_bytes() == BUNDLE.read_bytes(), "run scripts/build-content"


def test_the_manifest_injects_only_the_bundle():
    manifest = json.loads((ROOT / "extension" / "manifest.json").read_text(encoding="utf-8"))
    [scripts] = manifest["content_scripts"]
    assert scripts["js"] == ["content/dist/content.js"]


def test_no_content_script_reads_or_writes_a_string_keyed_global():
    sources = [*CONTENT.rglob("*.js")]
    assert BUNDLE in sources and len(sources) > 10
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert not GLOBAL_NAMESPACE.search(text), f"{path.relative_to(ROOT)} uses a global postcheck namespace"
    bundle = BUNDLE.read_text(encoding="utf-8")
    # One closure: the bundle is a single IIFE, and the background-only line of protocol.js was dropped from it.
    assert bundle.startswith("(() => {") and bundle.rstrip().endswith("})();")
    assert "BACKGROUND" not in bundle
