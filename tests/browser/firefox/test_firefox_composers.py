"""The extension in real Firefox (firefox-esr, headless, temporary add-on, native messaging through
~/.mozilla/native-messaging-hosts/ written by `postcheck install --browser firefox`) on the practice composers.

Firefox does not let a test into the content script's world, so everything is read from the page: the underlines
(CSS.highlights, compared with the engine's own findings) and the editor's text.
"""

from __future__ import annotations

from tests.browser.overlay_checks import assert_underlines_match, expected

X_EDITOR = '[data-testid="tweetTextarea_0"]'
TWEET = "Join us for #WorldRefugeeDay #Refugees #Migration #Solidarity with @UN @UNHCR @WFP @UNICEF today"
REPLY_BOX = '[aria-label="Write a reply…"]'
REPLY = "We are sorry you feel this way, please write to us"
UNDERLINED = "['error', 'warning', 'info'].reduce((n, s) => n + (CSS.highlights.get('postcheck-' + s)?.size ?? 0), 0)"
DRAFT_BLOCKS = "() => [...document.querySelectorAll('[data-block=\"true\"]')].map(b => b.textContent).join('\\n')"


def settled_underlines(page, report, timeout: float = 30.0) -> None:
    """Until the page's highlights hold as many ranges as the report has findings (the check came back)."""
    want = len(report.findings)
    page.wait_for(f"{UNDERLINED} === {want}", timeout, what=f"{want} underlined findings")


def test_x_composer_underlines_findings_and_keeps_the_text(firefox):
    page, _ = firefox
    page.goto("https://x.com/home")
    page.click(X_EDITOR)
    page.type(TWEET)
    report = expected(TWEET, "twitter")
    assert "hashtags.too-many" in [f.rule for f in report.findings]
    settled_underlines(page, report)
    assert_underlines_match(page, X_EDITOR, report)
    # Draft.js's own state and its DOM both hold exactly what was typed.
    assert page.evaluate("practice.text('home')") == TWEET == page.evaluate(DRAFT_BLOCKS)


def test_facebook_reply_box_is_checked_as_a_reply(firefox):
    page, _ = firefox
    page.goto("https://www.facebook.com/")
    page.click(REPLY_BOX)
    page.type(REPLY)
    report = expected(REPLY, "facebook", kind="reply")
    assert {"reply.missing-greeting", "tone.patronizing"} <= {f.rule for f in report.findings}
    settled_underlines(page, report)
    assert_underlines_match(page, REPLY_BOX, report)
    # Checked as a post, the same words would be underlined differently: the box was taken for a reply.
    assert len(expected(REPLY, "facebook").findings) != len(report.findings)
    assert page.evaluate("practice.text('reply')") == REPLY
