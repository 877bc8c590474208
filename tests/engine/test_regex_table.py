"""regex_table hands out, for every pattern it holds, the same compiled pattern as re.compile; it holds every pattern
the bundled policy's engine compiles at start-up; anything else goes to re.compile, errors included."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from postcheck.engine import regex_table

REPO = Path(__file__).resolve().parents[2]
REGENERATE = (f"run python scripts/generate_regex_table.py with the Python that runs the helper and the tests "
              f"({sys.executable}, {sys.version.split()[0]}), then commit helper/postcheck/data/regex_table.bin")
TEXTS = (  # a post each rule family reads something in
    "Call me on +93 70 123 4567 or write to ana.lopez@example.org, password: Tr0ub4dor&3",
    "Our team visits Marikina today to meet the 1,200 families displaced by the floods! #Floods @IOMPhilippines "
    "https://example.org/report — Happy birthday to our volunteer Ana, 4 May 1996. I'm away 12–26 Aug.",
    "Nous partons demain à 6h30 vers Goma avec le convoi ; notre bureau est au 12 rue des Palmiers, Bukavu.",
)


def _written_here() -> bool:
    """Whether the shipped table was written by this Python (its first line is this Python's stamp)."""
    return regex_table.TABLE.read_bytes().partition(b"\n")[0] == regex_table.STAMP


def _shipped_keys() -> list[tuple[str, int]]:
    """The (pattern, flags) of the shipped table, whichever Python wrote it."""
    return sorted(marshal.loads(regex_table.TABLE.read_bytes().partition(b"\n")[2]))


def test_the_shipped_table_is_this_pythons_on_the_projects_machine_and_ignored_elsewhere():
    # CI runs on the project's machine kind, the Python the table is written for (3.11.7): there it must be read.
    # Another Python (a workstation's 3.11.2, a 3.12) must ignore it and compile every pattern with re instead.
    keys = _shipped_keys()
    assert len(keys) > 300
    if os.environ.get("CI") == "true" or _written_here():
        assert _written_here(), f"{regex_table.TABLE} was written by another Python: {REGENERATE}"
        assert sorted(regex_table.read(regex_table.TABLE)) == keys
    else:
        assert regex_table.read(regex_table.TABLE) == {}


def test_every_pattern_of_the_table_compiles_as_re_compiles_it():
    # From the table when it is this Python's; from re.compile (the fallback) when it is not: the same Pattern.
    for pattern, flags in _shipped_keys():
        got, want = regex_table.compile(pattern, flags), re.compile(pattern, flags)
        assert got == want, pattern  # Pattern equality compares the pattern, its flags and its compiled code
        assert (got.flags, got.groups, got.groupindex) == (want.flags, want.groups, want.groupindex), pattern
        for text in TEXTS:
            assert [m.regs for m in got.finditer(text)] == [m.regs for m in want.finditer(text)], pattern


def test_the_engine_of_the_bundled_policy_finds_each_pattern_in_the_table():
    # A fresh interpreter: the module-level patterns are compiled at import.
    code = (
        "import sys\nfrom postcheck.engine import Engine, regex_table\nfrom postcheck.policy import load_policy\n"
        "engine = Engine(load_policy())\n"
        "for text in sys.argv[1:]:\n    engine.check(text)\n"
        "print(len(regex_table.misses)); print(*sorted(regex_table.misses), sep='\\n')"
    )
    done = subprocess.run([sys.executable, "-c", code, *TEXTS[:2]], capture_output=True, text=True, check=True,
                          cwd=REPO)
    count, *missed = done.stdout.splitlines()
    if _written_here():
        assert count == "0", f"not in the table ({REGENERATE}): {missed}"
    else:  # another Python: the table is ignored and every pattern is compiled by re, the engine still checks
        assert int(count) > 300


def test_a_pattern_the_table_lacks_is_compiled_by_re_and_listed():
    pattern = r"(?P<unlisted>zq+)x\1?"
    got = regex_table.compile(pattern, re.IGNORECASE)
    assert got == re.compile(pattern, re.IGNORECASE)
    assert got.fullmatch("ZQQX").group("unlisted") == "ZQQ"
    assert (pattern, int(re.IGNORECASE)) in regex_table.misses


def test_flags_given_as_regexflag_find_the_entry_written_with_their_value():
    pattern, flags = next(key for key in _shipped_keys() if key[1])
    before = set(regex_table.misses)
    assert regex_table.compile(pattern, re.RegexFlag(flags)) == re.compile(pattern, flags)
    # Found in the table by the flags' value (on another Python the table is ignored and the pattern is a miss).
    assert regex_table.misses == before if _written_here() else (pattern, flags) in regex_table.misses


@pytest.mark.parametrize("pattern", ["a(", "(?<=a+)b", "[z-a]", "x{3,2}"])
def test_a_pattern_that_does_not_compile_raises_what_re_raises(pattern):
    with pytest.raises(re.error) as expected:
        re.compile(pattern)
    with pytest.raises(re.error) as raised:
        regex_table.compile(pattern)
    assert str(raised.value) == str(expected.value)


def test_a_table_written_by_another_python_or_damaged_is_not_read(tmp_path):
    shipped = marshal.loads(regex_table.TABLE.read_bytes().partition(b"\n")[2])
    entry = {("ab", 0): shipped[next(iter(shipped))]}
    other = tmp_path / "other.bin"
    other.write_bytes(b"postcheck-regex-table 1 3.99.0 1 4\n" + marshal.dumps(entry))
    damaged = tmp_path / "damaged.bin"
    damaged.write_bytes(regex_table.STAMP + b"\n" + marshal.dumps(entry)[:-5])
    assert regex_table.read(other) == {}
    assert regex_table.read(damaged) == {}
    assert regex_table.read(tmp_path / "absent.bin") == {}


def test_a_rendered_table_reads_back_as_written(tmp_path):
    arguments = {}
    real = re._compiler._sre

    class Recorder:
        def __getattr__(self, name):
            return getattr(real, name)

        def compile(self, pattern, *rest):
            arguments[pattern, 0] = rest
            return real.compile(pattern, *rest)

    re._compiler._sre = Recorder()
    try:
        for pattern in (r"(?P<day>\d{1,2}) (?P<month>[a-z]+)", r"(?i)caf[eé]\b"):
            re.purge()
            re.compile(pattern)
    finally:
        re._compiler._sre = real
    path = tmp_path / "table.bin"
    path.write_bytes(regex_table.render(arguments))
    table = regex_table.read(path)
    assert sorted(table) == sorted(arguments)
    assert table[r"(?i)caf[eé]\b", 0][0] == re.compile(r"(?i)caf[eé]\b").flags
