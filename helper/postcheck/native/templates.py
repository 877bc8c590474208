"""The host manifest templates (Chrome family, Firefox): the one source that native_manifest/ is generated from."""

from __future__ import annotations

import json
from pathlib import Path

HOST_NAME = "int.iom.postcheck"
LAUNCHER = "@LAUNCHER@"
EXTENSION_ID = "@EXTENSION_ID@"
FIREFOX_EXTENSION_ID = "@FIREFOX_EXTENSION_ID@"
_DESCRIPTION = "postcheck: starts the local guideline helper and pairs the browser extension with it"

# Python literals, not package-data JSON files: they ship inside the package whatever pyproject's package-data lists.
TEMPLATES: dict[str, dict] = {
    "chrome": {
        "name": HOST_NAME,
        "description": _DESCRIPTION,
        "path": LAUNCHER,
        "type": "stdio",
        "allowed_origins": [f"chrome-extension://{EXTENSION_ID}/"],
    },
    "firefox": {
        "name": HOST_NAME,
        "description": _DESCRIPTION,
        "path": LAUNCHER,
        "type": "stdio",
        "allowed_extensions": [FIREFOX_EXTENSION_ID],
    },
}


def template_filename(family: str) -> str:
    return f"{HOST_NAME}.{family}.json"


def template_text(family: str) -> str:
    return json.dumps(TEMPLATES[family], indent=2) + "\n"


def write_templates(directory: Path) -> list[Path]:
    """Regenerate the documented copies (native_manifest/); a test fails when they drift from TEMPLATES."""
    written = []
    for family in TEMPLATES:
        path = directory / template_filename(family)
        path.write_text(template_text(family), encoding="utf-8")
        written.append(path)
    return written

