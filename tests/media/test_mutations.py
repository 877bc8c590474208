"""Any damage to a real file's bytes gives a report or a MediaError, never another exception (hypothesis)."""

from __future__ import annotations

import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postcheck.media import MediaError, MediaReport, inspect
from postcheck.policy import load_policy
from tests.media import photos

POLICY = load_policy().media
SAMPLES = [photos.jpeg(photos.gps_exif()), photos.png_with_text(photos.gps_exif(), Author="A"),
           photos.webp(photos.gps_exif()), photos.heic(photos.gps_exif()),
           photos.mp4(photos.keyed_meta({"com.apple.quicktime.location.ISO6709": "+09.0250+038.7483/"})
                      + photos.box(b"udta", photos.box(b"\xa9xyz", photos.qt_text("+09.0250+038.7483/"))))]


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(sample=st.sampled_from(SAMPLES), edits=st.lists(st.tuples(st.integers(0, 2000), st.integers(0, 255)),
                                                        max_size=8), cut=st.integers(0, 3000))
def test_damaged_files_give_a_report_or_a_clear_error(sample, edits, cut):
    data = bytearray(sample[:max(cut, 16)])
    for position, value in edits:
        if 4 <= position < len(data):  # keep the signature: damage inside the structure
            data[position] = value
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            assert isinstance(inspect(bytes(data), "", POLICY), MediaReport)
        except MediaError as exc:
            assert str(exc)
