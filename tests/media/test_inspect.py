"""inspect() on real files made with Pillow: each image.* finding, its figures, and bad input handled."""

from __future__ import annotations

import struct

import pytest

from postcheck.media import MediaError, inspect
from postcheck.policy import load_policy
from tests.media import photos

POLICY = load_policy().media


def rules(report) -> dict[str, object]:
    return {finding.rule: finding for finding in report.findings}


def test_jpeg_with_gps_artist_and_serial_gives_location_personal_and_release():
    report = inspect(photos.jpeg(photos.gps_exif(error_m=5)), "", POLICY)
    found = rules(report)
    assert set(found) == {"image.location", "image.personal", "image.release"}  # Artist counts as a credit
    location = found["image.location"]
    assert location.severity == "error" and location.guideline == "Security and Privacy"
    assert "48.858219° N, 2.294478° E" in location.message and "±5 m" in location.message
    assert report.location.latitude == pytest.approx(48 + 51 / 60 + 29.59 / 3600)
    assert report.location.longitude == pytest.approx(2 + 17 / 60 + 40.12 / 3600)
    assert report.location.precision_m == pytest.approx(0.01 / 3600 * 111320, rel=1e-3)  # 0.01″ ≈ 0.31 m
    assert report.location.error_m == 5
    personal = found["image.personal"]
    assert personal.severity == "warning" and "Jane Doe" in personal.message and "SN-0042917" in personal.message
    assert found["image.release"].guideline == "Copyright"
    assert (location.start, location.end) == (0, 0)  # about the file, nothing to underline in the text
    assert report.format == "jpeg" and report.photo


def test_southern_and_western_hemispheres_are_negative():
    exif = photos.gps_exif()
    exif.get_ifd(0x8825).update({1: "S", 3: "W"})
    report = inspect(photos.jpeg(exif), "", POLICY)
    assert report.location.latitude < 0 and report.location.longitude < 0
    assert "S, " in rules(report)["image.location"].message and "° W" in rules(report)["image.location"].message


def test_a_device_name_naming_a_person_and_the_owner_are_personal():
    report = inspect(photos.jpeg(photos.gps_exif(artist=None, serial=None, gps=False, host="Amina's iPhone",
                                                 owner="Amina Yusuf")), "", POLICY)
    message = rules(report)["image.personal"].message
    assert "Amina's iPhone" in message and "Camera owner: Amina Yusuf" in message
    plain = inspect(photos.jpeg(photos.gps_exif(artist=None, serial=None, gps=False, host="MacBook Pro")), "", POLICY)
    assert "image.personal" not in rules(plain)


def test_credit_missing_then_given_in_metadata_or_text():
    bare = photos.jpeg(photos.gps_exif(artist=None, serial=None, gps=False))
    assert rules(inspect(bare, "Families arrive at the transit centre", POLICY))["image.credit"].severity == "info"
    for text in ("Photo: IOM/Amanda Nero", "© IOM 2026", "Families arrive (via @IOM_news)", "Credit: UNHCR",
                 "Photograph by A. Nero"):
        assert "image.credit" not in rules(inspect(bare, text, POLICY)), text
    credited = photos.jpeg(photos.gps_exif(artist=None, serial=None, gps=False, copyright_="IOM 2026"))
    assert "image.credit" not in rules(inspect(credited, "", POLICY))


def test_an_agency_credit_asks_for_licence_and_source_line():
    getty = photos.jpeg(photos.gps_exif(artist=None, serial=None, gps=False, copyright_="Getty Images"))
    finding = rules(inspect(getty, "Photo: IOM", POLICY))["image.credit"]
    assert "Getty" in finding.message and "licence" in finding.message and "Getty" in finding.suggestion
    assert "Reuters" in rules(inspect(photos.jpeg(), "Photo: Reuters/J. Smith", POLICY))["image.credit"].message


def test_png_text_chunks_and_exif_chunk():
    data = photos.png_with_text(photos.gps_exif(artist=None, serial="SN-77"), Author="Jean Dupont",
                                Copyright="IOM", Software="GIMP")
    assert b"eXIf" in data and b"tEXt" in data
    report = inspect(data, "", POLICY)
    found = rules(report)
    assert report.format == "png" and report.location is not None
    assert "Author: Jean Dupont" in found["image.personal"].message and "SN-77" in found["image.personal"].message
    assert "image.credit" not in found


def test_png_text_after_the_image_data_is_read():
    data = photos.png_with_text()
    end = data.rindex(b"IEND") - 4
    data = data[:end] + photos.chunk(b"tEXt", b"Author\x00Ana Lima") + data[end:]
    assert "Ana Lima" in rules(inspect(data, "", POLICY))["image.personal"].message


def test_xmp_gps_and_creator():
    packet = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
              b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
              b' exif:GPSLatitude="9,1.5000N" exif:GPSLongitude="38,44.9000E"><dc:creator><rdf:Seq>'
              b'<rdf:li>Hanna Tesfaye</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')
    data = photos.insert_jpeg_segment(photos.jpeg(), 0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + packet)
    report = inspect(data, "", POLICY)
    assert report.location.latitude == pytest.approx(9.025) and report.location.longitude == pytest.approx(38.74833, 1e-5)
    assert report.location.precision_m == pytest.approx(0.0001 / 60 * 111320, abs=1e-3)
    assert "Hanna Tesfaye" in rules(report)["image.personal"].message


def test_webp_exif():
    report = inspect(photos.webp(photos.gps_exif()), "", POLICY)
    assert report.format == "webp" and {"image.location", "image.personal"} <= set(rules(report))


def test_no_gps_fix_written_as_zero_is_not_a_location():
    exif = photos.gps_exif()
    exif.get_ifd(0x8825).update({2: (0, 0, 0), 4: (0, 0, 0)})
    assert inspect(photos.jpeg(exif), "", POLICY).location is None


@pytest.mark.parametrize("payload", [b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff", b"Exif\x00\x00garbage",
                                     b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x05\x00\x01\x01"])
def test_malformed_exif_is_noted_and_the_rest_still_read(payload):
    data = photos.insert_jpeg_segment(photos.jpeg(photos.gps_exif()), 0xE1, payload)
    report = inspect(data, "", POLICY)
    assert report.format == "jpeg"
    assert "image.location" in rules(report)  # the good block after the bad one


def test_gps_rationals_with_zero_denominators_are_ignored():
    exif = photos.gps_exif()
    exif.get_ifd(0x8825)[2] = (photos.IFDRational(48, 0), photos.IFDRational(0, 0), photos.IFDRational(0, 0))
    assert inspect(photos.jpeg(exif), "", POLICY).location is None


def test_truncated_metadata_never_crashes():
    data = photos.jpeg(photos.gps_exif())
    for cut in range(3, 400, 7):
        try:
            report = inspect(data[:cut], "", POLICY)
            assert report.format == "jpeg"
        except MediaError as exc:
            assert str(exc)
    png = photos.png_with_text(photos.gps_exif(), Author="X")
    for cut in range(8, len(png), 37):
        try:
            inspect(png[:cut], "", POLICY)
        except MediaError as exc:
            assert str(exc)


def test_a_broken_jpeg_marker_is_a_clear_error():
    with pytest.raises(MediaError, match="malformed JPEG: segment 0x00 at byte 2"):
        inspect(b"\xff\xd8\xff" + b"\x00" * 40, "", POLICY)


@pytest.mark.parametrize("data, words", [(b"", "empty"), (b"%PDF-1.7\n...", "not a photo"),
                                         (b"GIF89a" + b"\x00" * 20, "25 50 44 46|47 49 46 38")])
def test_not_an_image_is_a_clear_error(data, words):
    with pytest.raises(MediaError) as caught:
        inspect(data, "", POLICY)
    assert any(word in str(caught.value) for word in words.split("|")) or "JPEG, PNG, WebP" in str(caught.value)


def test_video_position_and_author_from_quicktime_user_data():
    udta = photos.box(b"udta", photos.box(b"\xa9xyz", photos.qt_text("+09.0250+038.7483+2355.000/"))
                      + photos.box(b"\xa9ART", photos.qt_text("Hanna Tesfaye")))
    report = inspect(photos.mp4(udta, moov_first=True), "", POLICY)
    assert report.format == "mp4" and report.location.latitude == pytest.approx(9.025)
    assert report.location.precision_m == pytest.approx(11.132)  # 4 decimals of a degree
    assert "Hanna Tesfaye" in rules(report)["image.personal"].message and "image.release" in rules(report)


def test_iphone_keys_and_a_moov_after_the_media_data(tmp_path):
    from postcheck.media import inspect_file

    meta = photos.keyed_meta({"com.apple.quicktime.location.ISO6709": "-01.2921+036.8219+1795.000/",
                              "com.apple.quicktime.make": "Apple", "com.apple.quicktime.model": "iPhone 15",
                              "com.apple.quicktime.author": "Amina's iPhone"})
    video = photos.mp4(meta, media_bytes=POLICY.metadata_cap_bytes + 5000)
    head = inspect(video[:POLICY.metadata_cap_bytes], "", POLICY)  # what the browser sends: moov is not in it
    assert head.location is None and "moov" in head.problems[0]
    path = tmp_path / "clip.mp4"
    path.write_bytes(video)
    report = inspect_file(path, "", POLICY)  # the CLI follows the box headers to moov
    assert report.location.latitude == pytest.approx(-1.2921) and report.location.longitude == pytest.approx(36.8219)
    assert "Amina's iPhone" in rules(report)["image.personal"].message


def test_heic_written_by_libheif_gives_location_and_personal():
    report = inspect(photos.heic(photos.gps_exif()), "", POLICY)
    assert report.format == "heic" and report.location.latitude == pytest.approx(48.858219, abs=1e-6)
    assert {"image.location", "image.personal", "image.release"} <= set(rules(report))


def test_heic_exif_past_the_bytes_read_is_said_and_followed_in_the_file(tmp_path):
    from postcheck.media import inspect_file

    data = photos.heic(photos.gps_exif())
    cut = inspect(data[:600], "", POLICY)  # libheif writes the EXIF item after the picture
    assert cut.location is None and "past the bytes read" in cut.problems[0]
    path = tmp_path / "IMG_0042.HEIC"
    path.write_bytes(data)
    small_cap = POLICY.model_copy(update={"metadata_cap_bytes": 1024})
    followed = inspect_file(path, "", small_cap)
    assert followed.bytes_read <= 1024 and followed.location is not None


def test_truncated_or_broken_heic_never_crashes():
    data = photos.heic(photos.gps_exif())
    for cut in range(12, 700, 5):
        try:
            inspect(data[:cut], "", POLICY)
        except MediaError as exc:
            assert str(exc)
    broken = bytearray(data)
    iloc = data.index(b"iloc")
    broken[iloc + 10:iloc + 12] = b"\x00\x00"  # iloc lists no item: the EXIF item has no location
    with pytest.raises(MediaError, match="HEIC"):
        inspect(bytes(broken), "", POLICY)


def test_only_the_capped_part_is_used():
    data = photos.jpeg(photos.gps_exif())
    padded = photos.insert_jpeg_segment(data, 0xFE, b"x" * 60000)
    for _ in range(5):
        padded = photos.insert_jpeg_segment(padded, 0xFE, b"x" * 60000)
    report = inspect(padded, "", POLICY)  # the EXIF block now starts past 256 KiB
    assert report.bytes_read == POLICY.metadata_cap_bytes and report.location is None
