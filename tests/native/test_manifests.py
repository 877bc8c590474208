"""Host manifests and launcher: rendered from the one template source, filled from the policy, refused when wrong."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest

from postcheck import paths
from postcheck.native import ManifestError, render_manifest, write_launcher, write_manifest
from postcheck.native.templates import TEMPLATES, template_filename, template_text
from postcheck.policy import load_policy
from tests.native.conftest import OUR_ORIGIN, frame, parse_frames

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("family", sorted(TEMPLATES))
def test_native_manifest_folder_matches_the_packaged_templates(family):
    documented = (REPO / "native_manifest" / template_filename(family)).read_text(encoding="utf-8")
    assert documented == template_text(family), "run: python -m postcheck.native write-templates native_manifest"


def test_the_policy_s_id_is_the_one_the_extension_s_key_gives():
    # Chrome derives an unpacked extension's id from its "key": SHA-256 of the DER, first 32 hex digits, 0-f -> a-p.
    key = json.loads((REPO / "extension" / "manifest.json").read_text(encoding="utf-8"))["key"]
    digest = hashlib.sha256(base64.b64decode(key)).hexdigest()[:32]
    derived = "".join(chr(ord("a") + int(c, 16)) for c in digest)
    assert load_policy().helper.extension_ids == [derived]


def test_chrome_manifest_allows_exactly_the_policy_s_extension(tmp_path):
    manifest = render_manifest("chrome", tmp_path / "launcher")
    assert manifest == {"name": "int.iom.postcheck", "description": manifest["description"],
                        "path": str(tmp_path / "launcher"), "type": "stdio",
                        "allowed_origins": ["chrome-extension://jomlkaokpjbcgjmennpkcjbaogdomnno/"]}


def test_firefox_manifest_allows_the_gecko_id(tmp_path):
    manifest = render_manifest("firefox", tmp_path / "launcher")
    assert manifest["allowed_extensions"] == ["postcheck@iom.int"] and "allowed_origins" not in manifest


def test_every_id_of_an_override_policy_is_allowed(tmp_path):
    paths.policy_override().parent.mkdir(parents=True)
    paths.policy_override().write_text('[helper]\nextension_ids = ["jomlkaokpjbcgjmennpkcjbaogdomnno", '
                                       '"abcdefghijklmnopabcdefghijklmnop"]\n', encoding="utf-8")
    origins = render_manifest("chrome", tmp_path / "l")["allowed_origins"]
    assert origins == [OUR_ORIGIN, "chrome-extension://abcdefghijklmnopabcdefghijklmnop/"]


@pytest.mark.parametrize("family, launcher, message", [
    ("safari", "/x/launcher", "unknown browser family 'safari'"),
    ("chrome", "relative/launcher", "must be absolute"),
])
def test_bad_arguments_get_a_clear_error(family, launcher, message):
    with pytest.raises(ManifestError, match=message):
        render_manifest(family, launcher)


def test_an_extension_id_of_the_wrong_shape_is_refused(tmp_path):
    policy = load_policy()
    bad = policy.model_copy(update={"helper": policy.helper.model_copy(update={"extension_ids": ["Not-An-Id"]})})
    with pytest.raises(ManifestError, match="32 letters a-p"):
        render_manifest("chrome", tmp_path / "l", bad)


def test_written_manifest_and_launcher_run_the_real_host(tmp_path, postcheck_home):
    launcher = write_launcher(tmp_path / "bin" / "postcheck-native-host")
    manifest = write_manifest(tmp_path / "profile" / "NativeMessagingHosts", "chrome", launcher)
    assert manifest.name == "int.iom.postcheck.json"
    assert json.loads(manifest.read_text())["path"] == str(launcher)
    assert os.access(launcher, os.X_OK)
    assert f"POSTCHECK_HOME={postcheck_home}" in launcher.read_text()
    # Run it as a browser would: from another directory, with POSTCHECK_HOME unset (the launcher pins it).
    env = {k: v for k, v in os.environ.items() if k != "POSTCHECK_HOME"}
    done = subprocess.run([str(launcher), OUR_ORIGIN], input=frame({"kind": "status"}), capture_output=True,
                          cwd="/", env=env, timeout=60)
    assert parse_frames(done.stdout)[0]["kind"] == "status" and done.returncode == 0
    assert (postcheck_home / "log" / "native-host.log").exists()  # its log went to the pinned home, not stdout
