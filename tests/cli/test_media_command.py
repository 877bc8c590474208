"""`postcheck media` as a user runs it: a real subprocess on real photo files and folders."""

from __future__ import annotations

import json
import stat
import subprocess
import sys

from tests.media import photos


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "postcheck", "media", *args], capture_output=True, text=True,
                          timeout=60)


def test_a_folder_of_photos_exit_1_on_a_location(tmp_path):
    (tmp_path / "trip").mkdir()
    (tmp_path / "trip" / "camp.jpg").write_bytes(photos.jpeg(photos.gps_exif()))
    (tmp_path / "chart.png").write_bytes(photos.png_with_text(Copyright="IOM"))
    (tmp_path / "notes.txt").write_text("not a photo, not listed")
    done = run(str(tmp_path))
    assert done.returncode == 1, done.stderr
    assert "camp.jpg: jpeg photo · 48.858219, 2.294478" in done.stdout and "✖ error image.location" in done.stdout
    assert "chart.png: png" in done.stdout and "notes.txt" not in done.stdout + done.stderr


def test_json_lines_and_exit_0_without_location(tmp_path):
    path = tmp_path / "safe.jpg"
    path.write_bytes(photos.jpeg(photos.gps_exif(gps=False, artist=None, serial=None)))
    done = run("--json", "--text", "Photo: IOM/A. Nero", str(path))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["file"] == str(path) and [f["rule"] for f in report["findings"]] == ["image.release"]


def test_not_a_photo_is_a_clear_error_exit_2(tmp_path):
    path = tmp_path / "fake.jpg"
    path.write_text("hello")
    done = run(str(path))
    assert done.returncode == 2 and "fake.jpg: not a photo or video postcheck reads" in done.stderr
    assert "Traceback" not in done.stderr


def test_clean_writes_a_private_copy_where_asked(tmp_path):
    source = tmp_path / "camp.jpg"
    source.write_bytes(photos.jpeg(photos.gps_exif(orientation=6)))
    out = tmp_path / "out"
    out.mkdir()
    done = run("--clean", str(source), "-o", str(out))
    assert done.returncode == 0, done.stderr
    copy = out / "camp-no-metadata.jpg"
    assert f"clean copy written to {copy}" in done.stdout and stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert photos.pixels(copy.read_bytes()) == photos.pixels(source.read_bytes())
    assert run(str(copy)).returncode == 0  # no location left
