"""Composer scenarios shared by the Chromium and the Firefox tests: each takes a tab (scenarios/tabs.py), the helper's
activity from the scenario's start, and an interface language, and asserts what the issue-12 table's last column says."""

from tests.browser.scenarios import facebook, instagram, x

# Every row of issue 12's table, as (platform, scenario): the test modules parametrize over these and the languages.
SCENARIOS = tuple((site.__name__.rsplit(".", 1)[1], scenario)
                  for site in (x, facebook, instagram) for scenario in site.SCENARIOS)
