"""The report's words in its three languages (en, fr, es: HQ's languages), from messages/<language>.toml."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("en", "fr", "es")


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


@cache
def messages(language: str) -> dict[str, Any]:
    """Flat keys ("posts.title") to text, or lists for `weekdays` and `months`. KeyError for another language."""
    if language not in LANGUAGES:
        raise KeyError(f"no report messages in {language!r}: expected one of {', '.join(LANGUAGES)}")
    text = resources.files("postcheck.report").joinpath("messages", f"{language}.toml").read_text(encoding="utf-8")
    return _flatten(tomllib.loads(text))
