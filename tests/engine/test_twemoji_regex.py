"""The shipped emoji regex (twemoji_regex.py) is @twemoji/parser's, regenerated, and twemoji.find runs it faithfully.

The JS comparison (test_twitter_against_js.py) checks the counts; these check the generated data and the shortcuts
find() takes: the first-character groups, the ASCII look-ahead and leaving one-code-point matches out.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from functools import cache

import pytest
from emoji import EMOJI_DATA
from postcheck.engine.twitter import twemoji, twemoji_regex, weights

from tests.engine import js_oracle
from tests.support.shared import REPO

INSTALLED = js_oracle.X_COM / "node_modules" / "twemoji-parser"


@cache
def _generator():
    spec = importlib.util.spec_from_file_location("generate_twemoji", REPO / "scripts" / "generate_twemoji.py")
    generator = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = generator  # its dataclasses look their module up while being defined
    spec.loader.exec_module(generator)
    return generator


def _published_regex(generator) -> str:
    js_oracle.installed(js_oracle.X_COM)
    return generator._LITERAL.search((INSTALLED / generator.REGEX_FILE).read_text(encoding="utf-8")).group(1)


def test_the_shipped_module_is_the_pinned_package_regenerated() -> None:
    generator = _generator()
    js_oracle.installed(js_oracle.X_COM)
    package_json = json.loads((INSTALLED / "package.json").read_text(encoding="utf-8"))
    pinned = json.loads((js_oracle.X_COM / "package.json").read_text(encoding="utf-8"))["overrides"]["twemoji-parser"]
    assert pinned == f"npm:{package_json['name']}@{package_json['version']}", "run npm ci in twitter_text_js"
    assert twemoji_regex.DATA_VERSION == f"@twemoji/parser {package_json['version']}"
    regex_js = (INSTALLED / generator.REGEX_FILE).read_text(encoding="utf-8")
    shipped = (REPO / "helper" / "postcheck" / "engine" / "twitter" / "twemoji_regex.py").read_text(encoding="utf-8")
    assert shipped == generator.render(package_json, regex_js), "run: python scripts/generate_twemoji.py"


def test_the_first_character_groups_find_what_the_whole_regex_finds() -> None:
    generator = _generator()
    whole = re.compile(generator.whole_pattern(_published_regex(generator)))
    parts = [*EMOJI_DATA, "\ufe0f", "\ufe0e", "\u200d", "\u20e3", "🏻", "🏿", "a", "1", "#", "日", " "]
    chooser = random.Random(17)
    texts = ["".join(chooser.choice(parts) for _ in range(chooser.randint(1, 8))) for _ in range(20_000)]
    wrong = [text for text in texts
             if twemoji.find(text) != [m.span() for m in whole.finditer(text) if m.end() - m.start() > 1]]
    assert not wrong, f"{len(wrong)} texts differ, e.g. {wrong[:3]}"


def test_no_match_is_ascii_only_so_find_looks_at_ascii_before_non_ascii_only() -> None:
    _, group_of = twemoji.table()
    for first in (c for c in group_of if c.isascii()):
        pattern = twemoji.group_pattern(group_of[first])
        assert pattern.match(first) is None
        assert not [chr(c) for c in range(128) if pattern.match(first + chr(c))]


def test_a_one_code_point_match_weighs_what_its_character_weighs() -> None:
    """find() leaves such matches out: parseTweet's emoji weight and the character's weight are the same."""
    _, group_of = twemoji.table()
    single = [c for c, index in group_of.items() if twemoji.group_pattern(index).fullmatch(c)]
    assert len(single) > 1000
    assert all(weights.char_weight(c) == weights.EMOJI_WEIGHT for c in single)


@pytest.mark.parametrize(("regex", "error"), [
    ("a+", "quantifier '+' not supported"),
    ("\\d", "escape '\\\\d' not supported"),
    ("(?<=a)b", "group kind not supported"),
    ("\ud83d|a", "high surrogate U+D83D not followed by a low one"),
    ("[^a]", "negated class not supported"),
])
def test_the_generator_refuses_what_it_cannot_convert(regex: str, error: str) -> None:
    with pytest.raises(SystemExit, match=re.escape(error)):
        _generator().branches(regex)
