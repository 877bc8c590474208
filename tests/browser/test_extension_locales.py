"""The extension's messages: every key the code asks for exists, in English, French and Spanish alike, and no other."""

from __future__ import annotations

import json
import re
from pathlib import Path

EXTENSION = Path(__file__).resolve().parents[2] / "extension"
LOCALES = ("en", "fr", "es")
# t("key"[, value…]) in content scripts, chrome.i18n.getMessage("key"), __MSG_key__ in the manifest, data-i18n="key" in pages.
USES = re.compile(r"""\bt\("(\w+)"[,)]|getMessage\("(\w+)"\)|__MSG_(\w+)__|data-i18n="(\w+)\"""")


def messages(locale: str) -> dict:
    return json.loads((EXTENSION / "_locales" / locale / "messages.json").read_text(encoding="utf-8"))


def used_keys() -> set[str]:
    keys = set()
    for path in EXTENSION.rglob("*"):
        if path.suffix in (".js", ".json", ".html") and "_locales" not in path.parts:
            for match in USES.finditer(path.read_text(encoding="utf-8")):
                keys.add(next(group for group in match.groups() if group))
    return keys


def test_every_used_message_exists_in_english_and_none_is_left_over():
    used = used_keys()
    assert {"helperDown", "panelIdeal", "extensionName", "optionsInitialLabel"} <= used
    assert used == set(messages("en"))


def test_french_and_spanish_translate_every_message():
    english = messages("en")
    for locale in LOCALES[1:]:
        translated = messages(locale)
        assert set(translated) == set(english), locale
        assert all(entry["message"].strip() for entry in translated.values()), locale
        # The command to run is never translated.
        assert "`postcheck install`" in translated["helperDown"]["message"]
