"""Photo metadata read and clean copy for a 12-megapixel JPEG, beside peers measured in the same run.

Run: python benchmarks/bench_media.py [--rounds 15]   (peers: exifread and piexif from the `bench` extra,
exiftool from Debian's libimage-exiftool-perl when installed; Pillow re-encoding as the lossy alternative)
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

COLD = """
import resource, sys, time
from pathlib import Path
def rss(): return int(open('/proc/self/statm').read().split()[1]) * 4096 / 2**20
from postcheck.policy import load_policy
from postcheck.media import inspect_file
policy = load_policy().media
before, t = rss(), time.perf_counter()
import PIL.Image, PIL.ExifTags, PIL.TiffImagePlugin
imported = time.perf_counter() - t
t = time.perf_counter(); inspect_file(Path(sys.argv[1]), '', policy); first = time.perf_counter() - t
print(f"{imported*1000:.1f} {first*1000:.1f} {rss() - before:.1f}")
"""


def photo(path: Path) -> None:
    from PIL import Image

    from tests.media import photos

    image = Image.effect_noise((4000, 3000), 40).convert("RGB")
    image.paste(photos.picture(2000, 1500), (1000, 750))
    image.save(path, "JPEG", quality=92, exif=photos.gps_exif(orientation=6))


def median_ms(fn, rounds: int) -> float:
    fn()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    from postcheck.media import clean_copy, inspect_file
    from postcheck.policy import load_policy

    policy = load_policy().media
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = folder / "camp.jpg"
        photo(source)
        out = folder / "out"
        out.mkdir()
        print(f"12-megapixel JPEG (4000×3000, EXIF with GPS), {source.stat().st_size / 2**20:.1f} MB; "
              f"median of {args.rounds} rounds\n")
        rows = []
        rows.append(("postcheck inspect_file (reads ≤ 256 KiB, Pillow parses EXIF)",
                     median_ms(lambda: inspect_file(source, "", policy), args.rounds)))

        def peer_exifread():
            import exifread
            with open(source, "rb") as handle:
                exifread.process_file(handle, details=False)
        rows.append(("peer: exifread process_file(details=False)", median_ms(peer_exifread, args.rounds)))

        def peer_piexif():
            import piexif
            piexif.load(str(source))
        rows.append(("peer: piexif.load", median_ms(peer_piexif, args.rounds)))
        if shutil.which("exiftool"):
            rows.append(("peer: exiftool -json GPS/Artist (a new process each time)", median_ms(lambda: subprocess.run(
                ["exiftool", "-json", "-n", "-GPSLatitude", "-GPSLongitude", "-Artist", str(source)],
                capture_output=True, check=True), max(3, args.rounds // 3))))

        def ours_clean():
            for old in out.iterdir():
                old.unlink()
            clean_copy(source, out, policy)
        rows.append(("postcheck clean_copy (lossless segment rewrite, verify, write 0600)",
                     median_ms(ours_clean, args.rounds)))

        def pillow_reencode():
            from PIL import Image
            with Image.open(source) as image:
                image.save(io.BytesIO(), "JPEG", quality=95)
        rows.append(("alternative: Pillow decode + re-encode (q95, loses quality)", median_ms(pillow_reencode, 5)))

        def peer_piexif_remove():
            import piexif
            piexif.remove(str(source), str(folder / "piexif.jpg"))
        rows.append(("peer: piexif.remove (drops APP1 only)", median_ms(peer_piexif_remove, args.rounds)))
        if shutil.which("exiftool"):
            def exiftool_clean():
                target = folder / "exiftool.jpg"
                target.unlink(missing_ok=True)
                subprocess.run(["exiftool", "-q", "-all=", "-tagsfromfile", "@", "-Orientation", "-o", str(target),
                                str(source)], capture_output=True, check=True)
            rows.append(("peer: exiftool -all= -tagsfromfile @ -Orientation", median_ms(exiftool_clean, 3)))
        for name, ms in rows:
            print(f"{name:<72} {ms:8.2f} ms")
        cold = subprocess.run([sys.executable, "-c", COLD, str(source)], capture_output=True, text=True, check=True,
                              cwd=Path(__file__).resolve().parents[1])
        imported, first, rss = cold.stdout.split()
        print(f"\nFirst photo in a fresh process: Pillow import {imported} ms, first inspect_file {first} ms, "
              f"RSS +{rss} MB")


if __name__ == "__main__":
    main()
