"""`postcheck install --system` and the launchers it writes, against an ordinary account that controls the Python.

Before: `sudo ~alice/venv/bin/postcheck install --system` made every user's browser run alice's writable
site-packages; launchers ran Python without -I (PYTHONPATH from the browser's environment chose the code); values
went into the systemd unit unescaped.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from postcheck.native.autostart import _systemd_unit
from postcheck.native.launcher import launcher_text
from postcheck.native.trust import system_install_problems

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534


def test_install_system_refuses_a_python_another_account_can_change(tmp_path: Path):
    # alice's virtualenv: made by her (here: chowned to nobody), holding the interpreter root would run.
    venv = tmp_path / "alice-venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    for root, dirs, files in os.walk(venv):
        for name in [*dirs, *files]:
            os.lchown(Path(root) / name, NOBODY, -1)
    os.lchown(venv, NOBODY, -1)
    # Its packages: postcheck and its dependencies from this checkout (alice would have pip-installed them).
    site = next(p for p in sys.path if p.endswith("site-packages"))
    env = dict(os.environ, PYTHONPATH=f"{ROOT / 'helper'}:{site}", HOME=str(tmp_path / "home"))
    done = subprocess.run([str(venv / "bin" / "python"), "-m", "postcheck", "install", "--system", "--dry-run"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 1, done.stdout
    assert f"{venv} belongs to uid {NOBODY}, not root" in done.stderr
    assert "root-owned Python or virtualenv" in done.stderr and "would:" not in done.stdout


def test_a_group_writable_folder_on_the_way_is_named(tmp_path: Path):
    shared = tmp_path / "shared"
    (shared / "pkg").mkdir(parents=True)
    shared.chmod(0o775)
    problems = system_install_problems(python=sys.executable, prefix=sys.prefix, package=shared / "pkg")
    assert f"{shared} is writable by group or others (mode 775)" in problems
    assert not any(str(Path(sys.executable).resolve()) in p for p in problems)  # the system Python itself is fine


def test_launchers_and_units_run_python_isolated_with_values_escaped():
    assert ' -I -m postcheck native-host "$@"' in launcher_text("linux", "/opt/py/bin/python3")
    assert '" -I -m postcheck native-host %*' in launcher_text("windows", r"C:\Py\python.exe")
    unit = _systemd_unit('/opt/p y/$HOME/%h/"x"/python3', "/srv/home%i")
    assert 'ExecStart="/opt/p y/$$HOME/%%h/\\"x\\"/python3" -I -m postcheck serve' in unit
    assert 'Environment="POSTCHECK_HOME=/srv/home%%i"' in unit
    try:
        _systemd_unit("/opt/py\nExecStartPre=/bin/evil", None)
    except ValueError as exc:
        assert "line break" in str(exc)
    else:
        raise AssertionError("a line break went into the unit")
