"""Regenerate helper/postcheck/engine/twitter/twemoji_regex.py from the emoji regex that @twemoji/parser publishes.

Usage: python scripts/generate_twemoji.py [path/to/twemoji-parser]
(default: tests/engine/twitter_text_js/node_modules/twemoji-parser, which `npm ci --prefix tests/engine/twitter_text_js`
installs as @twemoji/parser through the `overrides` of that package.json: the version pinned there is the one place
the emoji data's version is set). To follow X to a newer emoji set: change that version, `npm install` there, rerun
this script, and run tests/engine.

The published regex works on UTF-16 code units (no `u` flag), so each emoji beyond the BMP is a high surrogate
followed by a low one or a class of low ones. This script parses the regex (only the constructs it uses: alternation,
groups, look-ahead, classes, `?`; anything else is an error naming the offset) and writes each such pair as code
points, for Python's `re` on str. Both engines backtrack and take the first alternative that matches, so the
converted pattern finds the same emoji at the same places.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO / "tests" / "engine" / "twitter_text_js" / "node_modules" / "twemoji-parser"
TARGET = REPO / "helper" / "postcheck" / "engine" / "twitter" / "twemoji_regex.py"
PACKAGE = "@twemoji/parser"
REGEX_FILE = "dist/lib/regex.js"
_LITERAL = re.compile(r"exports\.default\s*=\s*/(.+)/g;", re.DOTALL)


@dataclass(frozen=True)
class Char:
    code: int


@dataclass(frozen=True)
class Class:
    ranges: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Group:
    opener: str  # "(?:" or "(?!" or "(?="; a capturing group becomes "(?:" (only the whole match is used)
    branches: tuple[tuple, ...]


@dataclass(frozen=True)
class Optional:
    item: object


class _Parser:
    """Recursive descent over the JS regex source; `at` is the offset in it."""

    def __init__(self, source: str) -> None:
        self.source, self.at = source, 0

    def fail(self, what: str) -> SystemExit:
        return SystemExit(f"{REGEX_FILE} regex offset {self.at}: {what}: extend scripts/generate_twemoji.py")

    def alternation(self) -> tuple[tuple, ...]:
        branches = [self.sequence()]
        while self.source.startswith("|", self.at):
            self.at += 1
            branches.append(self.sequence())
        return tuple(branches)

    def sequence(self) -> tuple:
        items = []
        while self.at < len(self.source) and self.source[self.at] not in "|)":
            item = self.atom()
            if self.source.startswith("?", self.at):
                self.at += 1
                item = Optional(item)
            elif self.at < len(self.source) and self.source[self.at] in "*+{":
                raise self.fail(f"quantifier {self.source[self.at]!r} not supported")
            items.append(item)
        return tuple(items)

    def atom(self) -> object:
        char = self.source[self.at]
        if char == "(":
            opener = next((o for o in ("(?:", "(?!", "(?=") if self.source.startswith(o, self.at)), "(")
            if opener == "(" and self.source.startswith("(?", self.at):
                raise self.fail("group kind not supported")
            self.at += len(opener)
            branches = self.alternation()
            if not self.source.startswith(")", self.at):
                raise self.fail("unclosed group")
            self.at += 1
            return Group("(?:" if opener == "(" else opener, branches)
        if char == "[":
            return self.char_class()
        return Char(self.code())

    def char_class(self) -> Class:
        self.at += 1
        if self.source.startswith("^", self.at):
            raise self.fail("negated class not supported")
        ranges = []
        while not self.source.startswith("]", self.at):
            low = self.code(special="")
            high = low
            if self.source.startswith("-", self.at) and not self.source.startswith("-]", self.at):
                self.at += 1
                high = self.code(special="")
            ranges.append((low, high))
        self.at += 1
        return Class(tuple(ranges))

    def code(self, special: str = "^$.*+?{}()[]|") -> int:
        if self.at >= len(self.source):
            raise self.fail("unexpected end")
        char = self.source[self.at]
        if char == "\\":
            match = re.compile(r"u([0-9a-fA-F]{4})").match(self.source, self.at + 1)
            if match is None:
                raise self.fail(f"escape {self.source[self.at:self.at + 2]!r} not supported")
            self.at = match.end()
            return int(match.group(1), 16)
        if char in special:
            raise self.fail(f"{char!r} not supported here")
        self.at += 1
        return ord(char)


def _is_high(code: int) -> bool:
    return 0xD800 <= code <= 0xDBFF


def _is_low(code: int) -> bool:
    return 0xDC00 <= code <= 0xDFFF


def _pair(high: int, low: int) -> int:
    return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)


def to_code_points(items: tuple) -> tuple:
    """The sequence with every high surrogate and the low surrogate (or class of them) after it joined."""
    joined = []
    index = 0
    while index < len(items):
        item = items[index]
        following = items[index + 1] if index + 1 < len(items) else None
        if isinstance(item, Char) and _is_high(item.code):
            if isinstance(following, Char) and _is_low(following.code):
                joined.append(Char(_pair(item.code, following.code)))
            elif isinstance(following, Class) and all(_is_low(a) and _is_low(b) for a, b in following.ranges):
                joined.append(Class(tuple((_pair(item.code, a), _pair(item.code, b)) for a, b in following.ranges)))
            else:
                raise SystemExit(f"high surrogate U+{item.code:04X} not followed by a low one: unsupported regex")
            index += 2
            continue
        if isinstance(item, Char) and _is_low(item.code) or isinstance(item, Class) and any(
                _is_high(a) or _is_low(a) or _is_high(b) or _is_low(b) or a < 0xD800 < b for a, b in item.ranges):
            raise SystemExit(f"surrogate outside a pair in {item}: unsupported regex")
        if isinstance(item, Group):
            item = Group(item.opener, tuple(to_code_points(branch) for branch in item.branches))
        elif isinstance(item, Optional):
            (item_alone,) = to_code_points((item.item,))
            item = Optional(item_alone)
        joined.append(item)
        index += 1
    return tuple(joined)


def _escape(code: int) -> str:
    if code < 0x80:
        return re.escape(chr(code))
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _render(item: object) -> str:
    if isinstance(item, Char):
        return _escape(item.code)
    if isinstance(item, Class):
        return "[" + "".join(_escape(a) if a == b else f"{_escape(a)}-{_escape(b)}" for a, b in item.ranges) + "]"
    if isinstance(item, Optional):
        return _render(item.item) + "?"
    return item.opener + "|".join("".join(map(_render, branch)) for branch in item.branches) + ")"


def branches(js_regex: str) -> list[tuple]:
    """The regex's top-level alternatives in code points, in order; a group that is a whole alternative is inlined
    (X|(?:Y|Z) matches as X|Y|Z), so that each alternative can be filed under the code points it starts with."""
    parser = _Parser(js_regex)
    found = parser.alternation()
    if parser.at != len(js_regex):
        raise parser.fail("unbalanced ')'")
    flat: list[tuple] = []
    pending = [to_code_points(branch) for branch in reversed(found)]
    while pending:
        branch = pending.pop()
        if len(branch) == 1 and isinstance(branch[0], Group) and branch[0].opener == "(?:":
            pending.extend(reversed(branch[0].branches))
        else:
            flat.append(branch)
    return flat


def first_codes(items: tuple) -> tuple[set[int], bool]:
    """The code points a match of `items` can start with, and whether it can match the empty string."""
    codes: set[int] = set()
    for item in items:
        if isinstance(item, Char):
            return codes | {item.code}, False
        if isinstance(item, Class):
            return codes | {code for low, high in item.ranges for code in range(low, high + 1)}, False
        if isinstance(item, Optional):
            codes |= first_codes((item.item,))[0]
        elif item.opener == "(?:":
            results = [first_codes(branch) for branch in item.branches]
            codes = codes.union(*(found for found, _ in results))
            if not any(empty for _, empty in results):
                return codes, False
        # a look-ahead takes no character: what follows it starts the match
    return codes, True


def by_first(js_regex: str) -> list[tuple[list[int], str]]:
    """Code points grouped by the alternatives (in published order) a match starting with them can take, with the
    pattern of those alternatives: at a given first character the other alternatives cannot match, so the group's
    pattern finds what the whole regex finds there, and each is small enough to compile in a few milliseconds."""
    alternatives = branches(js_regex)
    firsts = []
    for branch in alternatives:
        codes, empty = first_codes(branch)
        if empty:
            raise SystemExit(f"an alternative can match the empty string: {''.join(map(_render, branch))}")
        firsts.append(codes)
    groups: dict[tuple[int, ...], list[int]] = {}
    for code in sorted(set().union(*firsts)):
        groups.setdefault(tuple(i for i, codes in enumerate(firsts) if code in codes), []).append(code)
    return [(codes, "|".join("".join(map(_render, alternatives[i])) for i in key)) for key, codes in groups.items()]


def whole_pattern(js_regex: str) -> str:
    """The published regex as one Python pattern (code points), for checking the groups against it."""
    return "|".join("".join(map(_render, branch)) for branch in branches(js_regex))


def _ranges(codes: list[int]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return ranges


def _lines(pieces: list[str], indent: str, width: int = 118) -> list[str]:
    """`pieces` packed into lines of at most about `width` characters with `indent`."""
    lines = [""]
    for piece in filter(None, pieces):
        if lines[-1] and len(indent) + len(lines[-1]) + len(piece) > width:
            lines.append("")
        lines[-1] += piece
    return lines


def render(package_json: dict, regex_js: str) -> str:
    if package_json.get("name") != PACKAGE:
        raise SystemExit(f"expected the {PACKAGE} package, found {package_json.get('name')!r}: check the overrides "
                         "in tests/engine/twitter_text_js/package.json and run npm ci there")
    literal = _LITERAL.search(regex_js)
    if literal is None:
        raise SystemExit(f"{REGEX_FILE} has no `exports.default = /…/g;`: the package's layout changed")
    out = [
        f'"""Generated by scripts/generate_twemoji.py from {PACKAGE} {package_json["version"]} ({REGEX_FILE}): do not '
        "edit by hand.",
        "",
        "The emoji regex x.com's twitter-text runs (parseTweet weighs each match as one emoji), its UTF-16 surrogate "
        "pairs written",
        "as code points and its alternatives filed under the code points they start with. The version comes from the "
        "overrides",
        'in tests/engine/twitter_text_js/package.json."""',
        "",
        f'DATA_VERSION = "{PACKAGE} {package_json["version"]}"',
        "",
        "# (first code points as inclusive ranges, pattern of the alternatives a match starting with them can take)",
        "BY_FIRST = (",
    ]
    for codes, pattern in by_first(literal.group(1)):
        re.compile(pattern)  # fail here, not at the first keystroke
        if '"' in pattern:
            raise SystemExit(f"pattern {pattern!r} holds a double quote: extend scripts/generate_twemoji.py")
        ranges = [f"(0x{low:x}, 0x{high:x}), " for low, high in _ranges(codes)]
        out.append("    (")
        out.extend(("        (" if n == 0 else "         ") + line.rstrip()
                   for n, line in enumerate(_lines(ranges, "         ")))
        out[-1] += "),"
        alternatives = re.findall(r".*?(?:(?<!\\)\||$)", pattern)  # cut after each '|': the cuts change nothing
        out.extend(f'        r"{line}"' for line in _lines(alternatives, '        r"'))
        out.append("    ),")
    out.append(")")
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    if not (source / "package.json").is_file() or not (source / REGEX_FILE).is_file():
        raise SystemExit(f"{source} holds no {PACKAGE}: run `npm ci --prefix tests/engine/twitter_text_js` "
                         "or pass the package's folder")
    package_json = json.loads((source / "package.json").read_text(encoding="utf-8"))
    TARGET.write_text(render(package_json, (source / REGEX_FILE).read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(REPO)} from {PACKAGE} {package_json['version']} in {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
