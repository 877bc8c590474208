"""extension/sites-labels/labels.js: the label tables are complete in every language (Node's test runner, one run per
language), and their selectors find the boxes and buttons of the practice pages in English and French (Chromium)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.chromium import launch

REPO = Path(__file__).resolve().parents[2]
LABELS_JS = REPO / "extension" / "sites-labels" / "labels.js"
NODE_TESTS = Path(__file__).resolve().parent / "labels"
LANGUAGES = ("en", "fr", "es", "pt", "ar")


def _node_test(pattern: str) -> str:
    assert shutil.which("node"), "Node.js is needed (apt-get install npm)"
    done = subprocess.run(["node", "--test", "--experimental-detect-module", f"--test-name-pattern={pattern}",
                           str(NODE_TESTS)], capture_output=True, text=True, timeout=120, check=False, cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.mark.parametrize("language", LANGUAGES)
def test_label_table_is_complete(language):
    out = _node_test(f"^{language}: ")
    assert "# pass 1\n" in out and "# fail 0\n" in out, out


def test_label_tables_shape_and_helpers():
    out = _node_test("^(each label|labelTexts)")
    assert "# pass 2\n" in out and "# fail 0\n" in out, out


# In the page: the module's exports, for the checks below.
LOAD = LABELS_JS.read_text(encoding="utf-8") + "\nwindow.labels = { LABELS, labelSelector, labelTexts };\n"
COUNT = "([site, key, scope]) => document.querySelectorAll(`${scope} :is(${labels.labelSelector(site, key)})`).length"
TEXT_BUTTON = """([site, key]) => [...document.querySelectorAll('[role="button"]')]
  .filter((b) => labels.labelTexts(site, key).includes(b.textContent.trim())).length"""


@pytest.fixture(scope="module")
def page(playwright, fixture_server, tmp_path_factory):
    context = launch(playwright, tmp_path_factory.mktemp("profile"), extension=None, fixture_port=fixture_server.port)
    yield context.new_page()
    context.close()


def _open(page, url: str, lang: str) -> None:
    page.goto(f"{url}{'&' if '?' in url else '?'}lang={lang}")
    page.add_script_tag(content=LOAD, type="module")
    page.wait_for_function("!!window.labels")


def _count(page, site: str, key: str, scope: str = "") -> int:
    return page.evaluate(COUNT, [site, key, scope])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_facebook_labels_find_the_page_controls(page, lang):
    _open(page, "https://www.facebook.com/InternationalOrganization", lang)
    assert _count(page, "facebook", "commentAs") == 1
    page.locator(".opener").click()
    assert _count(page, "facebook", "createPost") == 1
    assert _count(page, "facebook", "whatsOnYourMind") == 1
    page.click('[role="dialog"] [data-lexical-editor]')
    page.keyboard.type("x")
    assert _count(page, "facebook", "next", '[role="dialog"]') == 1
    page.locator('[role="dialog"] [role="button"]').click()
    assert _count(page, "facebook", "post", '[role="dialog"]') == 1
    page.locator('[role="dialog"] [role="button"]').last.click()
    page.locator(".link-button").click()
    assert _count(page, "facebook", "replyTo") == 1
    assert page.evaluate(TEXT_BUTTON, ["facebook", "reply"]) == 1  # "Reply" under the comment

    _open(page, "https://www.facebook.com/permalink.php", lang)
    assert _count(page, "facebook", "writeComment") == 1 and _count(page, "facebook", "comment") == 1
    _open(page, "https://www.facebook.com/", lang)
    assert _count(page, "facebook", "writeReply") == 1 and _count(page, "facebook", "whatsOnYourMind") == 1
    _open(page, "https://www.facebook.com/messages/t/maria.lopez", lang)
    assert _count(page, "facebook", "message") == 1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_instagram_labels_find_the_page_controls(page, lang):
    _open(page, "https://www.instagram.com/?editor=lexical&step=caption", lang)
    assert _count(page, "instagram", "writeCaption", "[role=dialog]") == 1
    assert page.evaluate(TEXT_BUTTON, ["instagram", "share"]) == 1
    _open(page, "https://www.instagram.com/?step=caption", lang)
    assert _count(page, "instagram", "writeCaption") == 1  # the older textarea
    _open(page, "https://www.instagram.com/p/C0practice/", lang)
    assert _count(page, "instagram", "addComment") == 1
    assert page.evaluate(TEXT_BUTTON, ["instagram", "post"]) == 1
    assert page.evaluate(TEXT_BUTTON, ["instagram", "reply"]) == 1
