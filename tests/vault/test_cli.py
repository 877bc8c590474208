"""`postcheck vault` end to end against the real Secret Service: add, list, reveal, totp, export/import, log, remove.
Secrets never reach argv, the SQLite files, the log files or a listing."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

from tests.vault.cli import vault

PASSWORD, SEED = "Kabul#2024!xyz", "JBSWY3DPEHPK3PXP"


def files_under(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()]


def assert_nowhere_on_disk(root: Path, *secrets: str) -> None:
    """Not in any file under POSTCHECK_HOME: the SQLite file, its -wal and -shm, logs, helper.json."""
    files = files_under(root)
    assert any(path.name.endswith(".sqlite3") for path in files)
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, f"{secret!r} found in {path}"
            assert secret.encode("utf-16-le") not in data, f"{secret!r} (UTF-16) found in {path}"


def test_add_list_reveal_log_remove(keyring_session, postcheck_home):
    added = vault("add", "twitter", "IOMPhilippines", "--location", "Philippines", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert "follows the naming convention" in added.stdout and PASSWORD not in added.stdout
    weak = vault("add", "facebook", "HelpMigrantsNow", "--url", "https://www.facebook.com/HelpMigrantsNow",
                 stdin="password1\n")
    assert "weak" in weak.stdout

    listing = json.loads(vault("list", "--json").stdout)
    by_name = {f"{a['platform']}/{a['handle']}": a for a in listing["accounts"]}
    good, bad = by_name["twitter/IOMPhilippines"], by_name["facebook/HelpMigrantsNow"]
    assert set(good) >= {"platform", "handle", "url", "location", "naming", "requirements", "has_secret",
                         "strength", "rotation_due"}
    assert good["naming"]["ok"] and good["has_secret"] and good["strength"]["ok"] and good["location"] == "Philippines"
    assert not bad["naming"]["ok"] and not bad["strength"]["ok"] and not bad["ready"]
    assert {item["id"] for item in good["requirements"] if item["status"] == "missing"} >= {"packetshaper"}

    revealed = vault("reveal", "twitter", "IOMPhilippines")
    assert revealed.returncode == 0 and revealed.stdout.strip() == PASSWORD
    log = vault("log").stdout
    assert "reveal" in log and "twitter/IOMPhilippines" in log and PASSWORD not in log

    assert_nowhere_on_disk(postcheck_home, PASSWORD, "password1")
    removed = vault("remove", "twitter", "IOMPhilippines")
    assert removed.returncode == 0
    gone = vault("reveal", "twitter", "IOMPhilippines")
    assert gone.returncode == 1 and "no account twitter/IOMPhilippines" in gone.stderr
    import keyring

    assert keyring.get_password("postcheck", "twitter/IOMPhilippines") is None


def test_totp_shows_the_current_code_of_a_stored_seed(keyring_session):
    from postcheck.vault import oskeyring

    assert vault("add", "instagram", "OIM_Colombia", stdin=PASSWORD + "\n").returncode == 0
    assert "no TOTP seed for instagram/OIM_Colombia" in vault("totp", "instagram", "OIM_Colombia").stderr
    oskeyring.store("instagram", "OIM_Colombia", SEED, totp=True)  # as the options page stores it
    before = time.time()
    shown = vault("totp", "instagram", "OIM_Colombia")
    assert shown.returncode == 0, shown.stderr
    codes = {_code(SEED, moment) for moment in (before, time.time())}
    assert shown.stdout.split()[0] in codes
    assert "totp" in vault("log").stdout


def _code(seed: str, moment: float) -> str:
    """RFC 6238 by hand (pyotp refuses 80-bit seeds that platforms still hand out)."""
    import base64
    import hashlib
    import hmac
    import struct

    counter = struct.pack(">Q", int(moment // 30))
    digest = hmac.new(base64.b32decode(seed), counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


def test_bad_usage_is_exit_2_and_the_password_never_comes_from_argv(keyring_session):
    unknown = vault("add", "myspace", "IOMPhilippines", stdin=PASSWORD + "\n")
    assert unknown.returncode == 2 and "platform: 'myspace' is not one of" in unknown.stderr
    empty = vault("add", "twitter", "IOMPhilippines", stdin="\n")
    assert empty.returncode == 2 and "empty" in empty.stderr
    as_argument = vault("add", "twitter", "IOMPhilippines", PASSWORD)
    assert as_argument.returncode == 2 and "unrecognized arguments" in as_argument.stderr
    assert json.loads(vault("list", "--json").stdout) == {"accounts": []}


def test_export_for_ocu_and_import_on_the_ocu_side(keyring_session, ocu_policy, ocu_keys, postcheck_home, tmp_path):
    assert vault("add", "twitter", "IOMPhilippines", stdin=PASSWORD + "\n").returncode == 0
    assert vault("add", "youtube", "iomphilippines", "--url", "http://www.youtube.com/user/iomphilippines",
                 stdin="Mayon-volcano-2468\n").returncode == 0
    export = tmp_path / "for-ocu.txt"
    done = vault("export", "--for-ocu", str(export))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(export.stat().st_mode) == 0o600
    text = export.read_text()
    assert "BEGIN POSTCHECK VAULT EXPORT" in text
    for clear in (PASSWORD, "Mayon-volcano-2468", "IOMPhilippines"):
        assert clear not in text
    listing = json.loads(vault("list", "--json").stdout)["accounts"]
    assert all(next(i for i in a["requirements"] if i["id"] == "credentials-to-ocu")["status"] == "done"
               for a in listing)
    assert vault("log").stdout.count(" export ") == 2

    # OCU's workstation: its own data, its private key from its keyring (`keyring set postcheck ocu/private-key`).
    for account in ("twitter/IOMPhilippines", "youtube/iomphilippines"):
        assert vault("remove", *account.split("/")).returncode == 0
    ocu_home = tmp_path / "ocu-home"
    ocu_home.mkdir(mode=0o700)
    env = dict(os.environ, POSTCHECK_HOME=str(ocu_home))
    wrong = vault("import", str(export), stdin="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n", env=env)
    assert wrong.returncode == 1 and "cannot open the export with this private key" in wrong.stderr
    import keyring

    keyring.set_password("postcheck", "ocu/private-key", ocu_keys[1])
    imported = vault("import", str(export), env=env)
    assert imported.returncode == 0, imported.stderr
    assert "twitter/IOMPhilippines" in imported.stdout and "youtube/iomphilippines" in imported.stdout
    assert vault("reveal", "youtube", "iomphilippines", env=env).stdout.strip() == "Mayon-volcano-2468"
    assert_nowhere_on_disk(ocu_home, PASSWORD, "Mayon-volcano-2468")


def test_export_without_ocu_key_writes_nothing(keyring_session, tmp_path):
    assert vault("add", "twitter", "IOMPhilippines", stdin=PASSWORD + "\n").returncode == 0
    refused = vault("export", "--for-ocu", str(tmp_path / "x.txt"))
    assert refused.returncode == 1 and "ocu_public_key" in refused.stderr
    assert not (tmp_path / "x.txt").exists()
    assert " export " not in vault("log").stdout


def test_postcheck_check_finds_a_stored_secret_in_the_draft(keyring_session, postcheck_home):
    def check(text: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "postcheck", "check", "--json", text], capture_output=True,
                              text=True, env=dict(os.environ), timeout=120)

    draft = f"New login for the shared account: {PASSWORD} (don't share)"
    before = check(draft)  # no activity log yet: nothing is compared, and none is created for a check
    assert not (postcheck_home / "data" / "activity.sqlite3").exists()
    assert vault("add", "twitter", "IOMPhilippines", stdin=PASSWORD + "\n").returncode == 0
    done = check(draft)
    report = json.loads(done.stdout)
    (leak,) = [f for f in report["findings"] if "IOMPhilippines" in f["message"]]
    assert done.returncode == 1 and leak["rule"] == "safety.credential" and leak["severity"] == "error"
    assert draft[leak["start"]:leak["end"]] == PASSWORD  # ASCII draft: UTF-16 offsets are string offsets
    assert PASSWORD not in leak["message"] + (leak["suggestion"] or "") and PASSWORD not in done.stderr
    assert before.returncode in (0, 1) and "IOMPhilippines" not in before.stdout
