"""`postcheck media`: check photos (files or folders) for location, names and credits; write clean copies.

Exit 0: no error finding; 1: at least one (a GPS position); 2: bad usage or a file that cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_USAGE = 2
SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".png", ".webp", ".heic", ".heif", ".mp4", ".mov", ".m4v"})
_MARKS = {"error": "✖", "warning": "▲", "info": "●"}


def add_parser(sub: argparse._SubParsersAction, name: str) -> None:
    p = sub.add_parser(name, help="check photos for location, names and credits; write clean copies",
                       description="Check photos before posting them: GPS position (error), names and serial "
                                   "numbers (warning), credit and releases (info). A folder is checked file by "
                                   "file (its photos, recursively). Exit 0: no error finding; 1: at least one; "
                                   "2: bad usage or an unreadable file.")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="photos, or folders of photos")
    p.add_argument("--text", default="", help="the post's text, for the credit check (\"Photo: IOM/…\")")
    p.add_argument("--json", action="store_true", help="print one JSON object per file (the HTTP API's format)")
    p.add_argument("--clean", action="store_true",
                   help="write a copy without metadata (orientation kept, same pixels) instead of checking")
    p.add_argument("-o", "--output", type=Path, default=None,
                   help="with --clean: the folder (or, for one file, the file name) of the copy; default Downloads")
    p.set_defaults(run=run)


def photos(targets: list[Path]) -> list[Path]:
    """Files named as they are; folders expanded to their photos (by extension), sorted."""
    found: list[Path] = []
    for target in targets:
        if target.is_dir():
            found += sorted(p for p in target.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            found.append(target)
    return found


def render(path: Path, report) -> str:
    where = f" · {report.location.latitude:.6f}, {report.location.longitude:.6f}" if report.location else ""
    lines = [f"{path}: {report.format}{' photo' if report.photo else ''}{where}"]
    if not report.findings:
        lines.append("    No findings.")
    for f in report.findings:
        lines.append(f"  {_MARKS[f.severity]} {f.severity} {f.rule}: {f.message}")
        if f.suggestion:
            lines.append(f"      → {f.suggestion}")
        lines.append(f"      Guideline: {f.guideline}")
    lines += [f"    (note: {problem})" for problem in report.problems]
    return "\n".join(lines) + "\n"


def _clean(files: list[Path], output: Path | None, policy) -> int:
    from postcheck.media import MediaError, clean_copy

    if output is not None and len(files) > 1 and not output.is_dir():
        print(f"postcheck media: -o {output} must be an existing folder when cleaning {len(files)} files",
              file=sys.stderr)
        return EXIT_USAGE
    status = 0
    for path in files:
        try:
            copy = clean_copy(path, output, policy)
        except MediaError as exc:
            print(f"postcheck media: {exc}", file=sys.stderr)
            status = EXIT_USAGE
            continue
        print(f"{path}: clean copy written to {copy.path} ({copy.removed_bytes} bytes of metadata removed)")
    return status


def run(args: argparse.Namespace) -> int:
    from postcheck.media import MediaError, inspect_file
    from postcheck.policy import PolicyError, load_policy

    try:
        policy = load_policy().media
    except PolicyError as exc:
        print(f"postcheck: {exc}", file=sys.stderr)
        return EXIT_USAGE
    files = photos(args.files)
    if not files:
        print("postcheck media: no photos found in " + ", ".join(map(str, args.files)), file=sys.stderr)
        return EXIT_USAGE
    if args.clean:
        return _clean(files, args.output, policy)
    errors = unreadable = False
    for path in files:
        try:
            report = inspect_file(path, args.text, policy)
        except MediaError as exc:
            unreadable = True
            if args.json:
                print(json.dumps({"file": str(path), "error": {"code": "unreadable-media", "message": str(exc)}}))
            else:
                print(f"postcheck media: {exc}", file=sys.stderr)
            continue
        errors = errors or report.has_error
        if args.json:
            print(json.dumps({"file": str(path), **report.model_dump(mode="json")}, ensure_ascii=False))
        else:
            sys.stdout.write(render(path, report))
    return 1 if errors else (EXIT_USAGE if unreadable else 0)
