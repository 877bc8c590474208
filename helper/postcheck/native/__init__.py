"""Native messaging: the stdio host, its manifests and launcher, and installing them for each browser and OS."""

from postcheck.native.launcher import launcher_name, write_launcher
from postcheck.native.manifests import FAMILIES, ManifestError, manifest_text, render_manifest, write_manifest
from postcheck.native.templates import HOST_NAME

__all__ = ["HOST_NAME", "FAMILIES", "ManifestError", "render_manifest", "manifest_text", "write_manifest",
           "write_launcher", "launcher_name"]
