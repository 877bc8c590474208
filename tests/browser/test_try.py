"""`postcheck try` end to end: real helper, real practice server, real Chromium with the extension, real screenshot."""

from __future__ import annotations

import json
import os
import re
import signal
import struct
import subprocess
import sys
from pathlib import Path

from tests.support.chromium import chromium_path

GUARD = 180  # seconds: only so that a hung run fails instead of blocking the suite


def _try(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "postcheck", "try", "--browser", chromium_path(), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def _pid(output: str, label: str) -> int:
    return int(re.search(rf"^{label}: .*\bpid (\d+)\b", output, re.MULTILINE).group(1))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A child we never reaped shows as a zombie: dead for our purpose.
    return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_headless_screenshot_shows_the_overlay_and_everything_stops(tmp_path, postcheck_home):
    shot = tmp_path / "shots" / "try.png"
    process = _try("--headless", "--screenshot", str(shot))
    out, err = process.communicate(timeout=GUARD)
    assert process.returncode == 0, err
    helper_line = r"^helper: http://127\.0\.0\.1:\d+ \(postcheck [\w.]+, pid \d+\) answered /v1/health$"
    assert re.search(helper_line, out, re.MULTILINE)
    assert "with extension jomlkaokpjbcgjmennpkcjbaogdomnno" in out
    # Every practice page, each with its own PNG beside the one named: try.png (X), try-facebook.png, …
    files = {"x": shot, "facebook": shot.with_name("try-facebook.png"), "instagram": shot.with_name("try-instagram.png")}
    for page, path in files.items():
        line = re.search(rf"^{page}: (.*) highlights; screenshot: (.*)$", out, re.MULTILINE)
        assert line and line.group(2) == str(path), out
        counts = {severity: int(n) for n, severity in re.findall(r"(\d+) (error|warning|info)", line.group(1))}
        assert sum(counts.values()) >= 1, (page, out)
        data = path.read_bytes()
        assert _png_size(data) == (1280, 800) and len(data) > 20_000
    x_counts = dict((s, int(n)) for n, s in re.findall(r"(\d+) (error|warning|info)", out.split("\nx: ")[1].split("\n")[0]))
    # The X sample announces an empty office (error) and has too many hashtags and mentions (warnings).
    assert x_counts["error"] >= 1 and x_counts["warning"] >= 2, out
    assert len({path.read_bytes() for path in files.values()}) == 3  # three different pages, not one three times
    # Then the toolbar popup at its own size (380 px and a scrollbar, 600 px high at most): today's checklist as the
    # helper has it, not the not-running state.
    popup = re.search(r"^popup: (\d+) items, (\d+) to do; screenshot: (.*)$", out, re.MULTILINE)
    assert popup and popup.group(3) == str(shot.with_name("try-popup.png")), out
    assert int(popup.group(1)) >= 10 and int(popup.group(2)) >= 1
    width, height = _png_size(shot.with_name("try-popup.png").read_bytes())
    assert 380 <= width <= 400 and height == 600
    assert out.rstrip().endswith("stopped everything postcheck try started")
    assert not _alive(_pid(out, "helper")) and not _alive(_pid(out, "browser"))
    assert not (postcheck_home / "run" / "helper.json").exists()


def test_screenshot_into_a_folder_names_each_page(tmp_path):
    from postcheck.practice.demo import DEMO_PAGES, screenshot_paths

    folder = tmp_path / "shots"
    assert screenshot_paths(folder) == {page.name: folder / f"{page.name}.png" for page in DEMO_PAGES}
    assert [page.name for page in DEMO_PAGES] == ["x", "facebook", "instagram", "popup"]
    named = screenshot_paths(tmp_path / "demo.PNG")
    assert named == {"x": tmp_path / "demo.PNG", "facebook": tmp_path / "demo-facebook.PNG",
                     "instagram": tmp_path / "demo-instagram.PNG", "popup": tmp_path / "demo-popup.PNG"}


def _until_ready(process: subprocess.Popen) -> str:
    """try's output up to the line saying the practice browser is open for typing."""
    lines = []
    for line in process.stdout:
        lines.append(line)
        if line.startswith("Type on the practice pages"):
            break
    return "".join(lines)


def test_closing_the_browser_ends_the_session(postcheck_home):
    process = _try("--headless")
    out = _until_ready(process)
    helper, browser = _pid(out, "helper"), _pid(out, "browser")
    assert _alive(helper) and _alive(browser)
    os.kill(browser, signal.SIGTERM)  # what closing the last window amounts to
    rest, err = process.communicate(timeout=GUARD)
    assert process.returncode == 0, err
    assert rest.rstrip().endswith("stopped everything postcheck try started")
    assert not _alive(helper)  # try started it, so try stopped it


def test_reuses_a_running_helper_and_stops_on_sigterm(postcheck_home):
    helper = subprocess.Popen([sys.executable, "-m", "postcheck", "serve", "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert "listening on" in helper.stdout.readline()
        info = json.loads((postcheck_home / "run" / "helper.json").read_text())
        process = _try("--headless")
        out = _until_ready(process)
        assert f"helper: {info['url']} " in out and _pid(out, "helper") == helper.pid
        browser = _pid(out, "browser")
        assert _alive(browser)
        process.send_signal(signal.SIGTERM)
        rest, err = process.communicate(timeout=GUARD)
        assert process.returncode == 128 + signal.SIGTERM, err
        assert "stopped everything postcheck try started" in rest
        assert not _alive(browser)
        assert helper.poll() is None  # not ours to stop
    finally:
        helper.terminate()
        helper.wait(timeout=GUARD)


def test_missing_browser_or_extension_is_a_clear_error(tmp_path):
    process = subprocess.run([sys.executable, "-m", "postcheck", "try", "--browser", str(tmp_path / "no-chrome")],
                             capture_output=True, text=True, timeout=GUARD, check=False)
    expected = f"postcheck try: --browser {tmp_path / 'no-chrome'}: no executable there\n"
    assert (process.returncode, process.stderr) == (1, expected)
    process = _try("--extension", str(tmp_path))
    _, err = process.communicate(timeout=GUARD)
    assert process.returncode == 1 and f"no unpacked extension at {tmp_path} (no manifest.json)" in err
