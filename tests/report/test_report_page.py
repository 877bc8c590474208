"""The HTML report as a person sees it: parsed, self-contained, and printed by real Chromium on at most two A4 pages.

POSTCHECK_SCREENSHOTS=docs/screenshots also writes the pages as printed (print media emulated) there:
`POSTCHECK_SCREENSHOTS=$PWD/docs/screenshots pytest tests/report/test_report_page.py` refreshes
docs/screenshots/report-week.png, report-month.png and report-empty.png.
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

from playwright.async_api import async_playwright

from tests.report.sample import MISSION, NOW, sample_week
from tests.report.test_report_server import record
from tests.support.chromium import chromium_args, chromium_path


class Page(HTMLParser):
    """Tags, the links and sources they point to, and the visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.references: list[str] = []
        self.text: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "action", "srcset", "data") and value:
                self.references.append(value)
            if name == "id":
                self.ids.add(value)

    def handle_data(self, data):
        if data.strip():
            self.text.append(" ".join(data.split()))


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


async def html_of(client, auth, **params) -> str:
    response = await client.get("/v1/report", params={"at": NOW, **params}, headers=auth)
    assert response.status == 200
    return await response.text()


async def test_html_parses_cites_the_targets_and_fetches_nothing(client, auth):
    await record(client, auth, sample_week())
    page = parse(await html_of(client, auth, week="2026-W49"))
    text = " | ".join(page.text)
    assert {"script", "link", "img", "iframe"}.isdisjoint(page.tags)
    assert all(ref.startswith("#") for ref in page.references), page.references   # only in-page anchors
    raw = await html_of(client, auth, week="2026-W49")
    assert not re.search(r"url\(|@import|https?://(?!www\.w3\.org/2000/svg)", raw)
    assert page.tags.count("svg") == 3
    assert {"glance", "posts", "checks", "hashtags", "images", "replies", "findings", "duties"} <= page.ids
    assert f"{MISSION} — Week 49 of 2026" in text
    assert "Twitter 5 / 7 · Facebook 4 / 7 · Instagram 3 / 7" in text
    assert "at least 2 a day, ideally 2–5" in text
    assert "64.3%" in text and "57.1%" in text and "28.6%" in text
    assert "2 / 4" in text and "81.5%" in text and "1 / 4" in text        # replies within 24 h, clean, duties
    assert "infographic → photo → photo → photo with caption" in text
    assert "Facebook › Comments/ Reviews" in text and "Twitter › Hashtags" in text
    assert "not done" in text and "late" in text


async def test_html_in_french_and_spanish(client, auth):
    from tests.report.conftest import write_policy

    await record(client, auth, sample_week())
    # The running app read the policy at start: a new app for each language is the CLI's path (see test_cli).
    write_policy("fr")
    from postcheck import paths
    from postcheck.policy import load_policy
    from postcheck.report import Period, build_report
    from postcheck.report.html import render_html
    from zoneinfo import ZoneInfo
    from datetime import datetime

    events = (await (await client.get("/v1/activity", headers=auth)).json())["events"]
    for language, words in (("fr", ["Semaine 49 de 2026", "Heures de vérification respectées", "64,3 %", "en retard"]),
                            ("es", ["Semana 49 de 2026", "Horas de revisión cumplidas", "64,3 %", "tarde"])):
        write_policy(language)
        policy = load_policy(paths.policy_override())
        report = build_report(policy, events, Period.parse("2026-W49"), datetime.fromisoformat(NOW),
                              ZoneInfo("Europe/Paris"))
        text = " | ".join(parse(render_html(report)).text)
        assert all(word in text for word in words), (language, [w for w in words if w not in text])
        assert 'lang="%s"' % language in render_html(report)


async def test_printed_on_at_most_two_a4_pages_by_chromium(client, auth, tmp_path):
    await record(client, auth, sample_week())
    pages = {"week": await html_of(client, auth, week="2026-W49"),
             "month": await html_of(client, auth, month="2026-12", at="2027-01-05T09:00:00+01:00"),
             "empty": await html_of(client, auth, week="2026-W47")}
    keep = os.environ.get("POSTCHECK_SCREENSHOTS")
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=chromium_path(), args=chromium_args(None))
        try:
            page = await browser.new_page(viewport={"width": 794, "height": 1123})   # A4 at 96 dpi
            requests: list[str] = []
            page.on("request", lambda request: requests.append(request.url))
            for name, html in pages.items():
                await page.set_content(html, wait_until="load")
                await page.emulate_media(media="print")
                pdf = await page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
                count = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
                assert 1 <= count <= 2, (name, count)
                if keep:
                    await page.screenshot(path=str(Path(keep) / f"report-{name}.png"), full_page=True)
                await page.emulate_media(media="screen")
            assert [url for url in requests if not url.startswith(("about:", "data:"))] == []
        finally:
            await browser.close()
