"""Render the host manifest a browser reads (templates + launcher path + the policy's extension ids) and write it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from postcheck.native.templates import EXTENSION_ID, FIREFOX_EXTENSION_ID, HOST_NAME, TEMPLATES
from postcheck.policy import Policy

FAMILIES = tuple(TEMPLATES)
# Chrome ids are 32 letters a-p (a hex SHA-256 prefix mapped 0-f -> a-p).
_CHROME_ID = re.compile(r"[a-p]{32}")


class ManifestError(ValueError):
    """A manifest that cannot be rendered: wrong family, relative launcher, or an extension id of the wrong shape."""


def _policy(policy: Policy | None) -> Policy:
    if policy is not None:
        return policy
    from postcheck import paths
    from postcheck.policy import load_policy

    return load_policy(paths.policy_override())


def chrome_origins(policy: Policy | None = None) -> list[str]:
    ids = _policy(policy).helper.extension_ids
    bad = [i for i in ids if not _CHROME_ID.fullmatch(i)]
    if bad or not ids:
        raise ManifestError(f"policy helper.extension_ids must list Chrome extension ids (32 letters a-p), got {ids!r}")
    origin = TEMPLATES["chrome"]["allowed_origins"][0]
    return [origin.replace(EXTENSION_ID, i) for i in ids]


def render_manifest(family: str, launcher: Path | str, policy: Policy | None = None) -> dict:
    """The host manifest for `family` ("chrome" for Chrome/Chromium/Edge/Brave, or "firefox") running `launcher`."""
    if family not in TEMPLATES:
        raise ManifestError(f"unknown browser family {family!r}: use one of {', '.join(FAMILIES)}")
    launcher = Path(launcher)
    if not launcher.is_absolute():
        # Chrome and Firefox on Linux/macOS refuse a relative path; refusing here gives a clearer message.
        raise ManifestError(f"the launcher path must be absolute, got {str(launcher)!r}")
    manifest = dict(TEMPLATES[family], path=str(launcher))
    if family == "chrome":
        manifest["allowed_origins"] = chrome_origins(policy)
    else:
        gecko = _policy(policy).helper.firefox_extension_id
        allowed = manifest["allowed_extensions"]
        manifest["allowed_extensions"] = [a.replace(FIREFOX_EXTENSION_ID, gecko) for a in allowed]
    return manifest


def manifest_text(family: str, launcher: Path | str, policy: Policy | None = None) -> str:
    return json.dumps(render_manifest(family, launcher, policy), indent=2) + "\n"


def write_manifest(directory: Path, family: str, launcher: Path | str, policy: Policy | None = None) -> Path:
    """Write <directory>/int.iom.postcheck.json, e.g. into a Chromium profile's NativeMessagingHosts/ folder."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{HOST_NAME}.json"
    path.write_text(manifest_text(family, launcher, policy), encoding="utf-8")
    return path
