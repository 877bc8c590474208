"""The clean copy: no GPS and no names left, orientation kept, the same decoded pixels, 0600, never overwriting."""

from __future__ import annotations

import io
import stat

import pytest
from PIL import Image

from postcheck.media import MediaError, clean_copy, inspect, inspect_file
from postcheck.policy import load_policy
from tests.media import photos

POLICY = load_policy().media


def write(folder, name: str, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("orientation", [1, 6])
def test_jpeg_clean_copy_is_lossless_and_keeps_orientation(tmp_path, orientation):
    original = photos.jpeg(photos.gps_exif(orientation=orientation), icc_profile=b"\x00" * 128, comment=b"by Jane")
    source = write(tmp_path, "camp.jpg", original + b"trailing motion-photo bytes")
    copy = clean_copy(source, tmp_path, POLICY)
    data = copy.path.read_bytes()
    assert copy.path.name == "camp-no-metadata.jpg" and copy.removed_bytes == len(original) + 27 - len(data)
    assert stat.S_IMODE(copy.path.stat().st_mode) == 0o600
    assert photos.pixels(data) == photos.pixels(original)  # not re-encoded: the same pixels
    exif = photos.exif_of(data)
    assert dict(exif) == ({} if orientation == 1 else {0x0112: orientation})
    assert not exif.get_ifd(0x8825) and b"Jane" not in data and b"Canon" not in data and b"trailing" not in data
    with Image.open(io.BytesIO(data)) as image:
        assert image.info.get("icc_profile") == b"\x00" * 128  # colour kept
    assert [f.rule for f in inspect(data, "", POLICY).findings] == ["image.credit"]


def test_progressive_jpeg_clean_copy(tmp_path):
    original = photos.jpeg(photos.gps_exif(), progressive=True)
    copy = clean_copy(write(tmp_path, "p.jpg", original), tmp_path, POLICY)
    assert photos.pixels(copy.path.read_bytes()) == photos.pixels(original)
    assert inspect(copy.path.read_bytes(), "", POLICY).location is None


def test_png_clean_copy(tmp_path):
    original = photos.png_with_text(photos.gps_exif(orientation=3), Author="Jean Dupont", Copyright="IOM")
    copy = clean_copy(write(tmp_path, "chart.png", original), tmp_path, POLICY)
    data = copy.path.read_bytes()
    assert b"tEXt" not in data and b"Jean" not in data
    assert photos.pixels(data) == photos.pixels(original)
    assert dict(photos.exif_of(data)) == {0x0112: 3}


def test_webp_clean_copy(tmp_path):
    original = photos.webp(photos.gps_exif())
    copy = clean_copy(write(tmp_path, "w.webp", original), tmp_path, POLICY)
    data = copy.path.read_bytes()
    assert photos.pixels(data) == photos.pixels(original) and b"Jane" not in data
    assert inspect(data, "", POLICY).location is None


def test_a_copy_never_overwrites_and_defaults_to_downloads(tmp_path, postcheck_home):
    source = write(tmp_path, "a.jpg", photos.jpeg(photos.gps_exif()))
    first, second = clean_copy(source, None, POLICY), clean_copy(source, None, POLICY)
    assert first.path.parent == postcheck_home / "downloads"
    assert (first.path.name, second.path.name) == ("a-no-metadata.jpg", "a-no-metadata-2.jpg")
    named = clean_copy(source, tmp_path / "out.jpg", POLICY)
    assert named.path == tmp_path / "out.jpg"


def test_a_cut_short_or_foreign_file_gets_no_copy(tmp_path):
    cut = write(tmp_path, "cut.jpg", photos.jpeg(photos.gps_exif())[:-200])
    with pytest.raises(MediaError, match="cut short"):
        clean_copy(cut, tmp_path, POLICY)
    with pytest.raises(MediaError, match="not a photo"):
        clean_copy(write(tmp_path, "notes.jpg", b"Meeting notes"), tmp_path, POLICY)
    with pytest.raises(MediaError, match="cannot read it"):
        clean_copy(tmp_path / "missing.jpg", tmp_path, POLICY)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cut.jpg", "notes.jpg"]


def test_a_50_mb_file_is_read_only_up_to_the_cap(tmp_path):
    """A GPS eXIf chunk after 50 MB of image data: reading the whole file would find it; the capped read cannot."""
    small = photos.png_with_text(Author="Ana")
    end = small.index(b"IDAT") - 4
    huge = (small[:end] + photos.chunk(b"IDAT", bytes(50 * 1024 * 1024))
            + photos.chunk(b"eXIf", photos.gps_exif().tobytes()[6:]) + photos.chunk(b"IEND", b""))
    path = write(tmp_path, "huge.png", huge)
    report = inspect_file(path, "", POLICY)
    assert report.bytes_read <= POLICY.metadata_cap_bytes and report.location is None
    assert "Ana" in report.findings[0].message


def test_heic_gets_a_clear_no_instead_of_a_copy(tmp_path):
    source = write(tmp_path, "IMG_0042.HEIC", photos.heic(photos.gps_exif()))
    with pytest.raises(MediaError, match="clean copy of HEIC is not supported yet"):
        clean_copy(source, tmp_path, POLICY)
    assert [p.name for p in tmp_path.iterdir()] == ["IMG_0042.HEIC"]
