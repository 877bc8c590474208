"""Every composer of issue 12's table in real Firefox (firefox-esr, headless, the extension as a temporary add-on
paired through `postcheck install --browser firefox`), in English and French: the same scenarios as Chromium's
tests/browser/test_extension_site_variants.py (tests/browser/scenarios/), one Firefox for the whole module."""

from __future__ import annotations

import pytest

from tests.browser.scenarios import SCENARIOS
from tests.browser.scenarios.tabs import Activity, FirefoxTab, HostStartedHelper
from tests.browser.scenarios.words import LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("platform, scenario", SCENARIOS, ids=[f"{p}-{s.__name__}" for p, s in SCENARIOS])
def test_composer_variant(firefox, tmp_path, platform, scenario, lang):
    page, home = firefox
    scenario(FirefoxTab(page), Activity(HostStartedHelper(home.postcheck)), lang, tmp_path)
