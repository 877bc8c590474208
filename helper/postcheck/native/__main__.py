"""`python -m postcheck.native write-templates DIR`: regenerate native_manifest/ from templates.py (for maintainers)."""

import sys
from pathlib import Path

from postcheck.native.templates import write_templates

if sys.argv[1:2] != ["write-templates"] or len(sys.argv) != 3:
    sys.exit("usage: python -m postcheck.native write-templates DIR   (e.g. native_manifest)")
for path in write_templates(Path(sys.argv[2])):
    print(path)
