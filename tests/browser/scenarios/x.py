"""X's composers (issue 12's table): the home composer, the /compose/post dialog, a reply (inline on a post's page
and in the dialog), the quote post (the quoted card is
not an attached photo), the thread (every post checked and recorded on "Post all"), the touch layout's textarea, and
direct messages (left alone). Every box is found by its data-testid, the same in every interface language."""

from __future__ import annotations

from pathlib import Path

from tests.browser.overlay_checks import assert_underlines_match, expected
from tests.browser.scenarios.checks import private_message, recognised, shown
from tests.browser.scenarios.tabs import Activity, Box
from tests.browser.scenarios.words import WORDS, localised

EDITOR = '[data-testid="tweetTextarea_0"]'
TWEET = "Join us for #WorldRefugeeDay #Refugees #Migration #Solidarity with @UN @UNHCR @WFP @UNICEF today"


def _type_and_publish(tab, activity: Activity, editor: str, name: str, button: str) -> dict:
    box = Box(editor, "post", TWEET, expected(TWEET, "twitter"))
    tab.click(editor)
    tab.type(TWEET)
    tab.checked(box)
    assert_underlines_match(tab, editor, box.report)
    assert tab.evaluate(f"practice.text({name!r})") == TWEET  # Draft.js's own state holds what was typed
    recognised(activity, "twitter")
    tab.click(button)
    [event] = activity.published()
    assert (event["platform"], event["kind"], event["media"]) == ("twitter", "post", [])
    assert event["hashtags"] == ["WorldRefugeeDay", "Refugees", "Migration", "Solidarity"]
    assert event["rules_shown"] == shown(box.report)
    return event


def home_composer(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    tab.goto(localised("https://x.com/home", lang))
    _type_and_publish(tab, activity, EDITOR, "home", '[data-testid="tweetButtonInline"]')


def compose_dialog(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    tab.goto(localised("https://x.com/compose/post", lang))
    _type_and_publish(tab, activity, f'[role="dialog"] {EDITOR}', "compose", '[data-testid="tweetButton"]')


def inline_reply(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    """The reply box under a post on its status page: the same testids as the home composer (x.js has no reply kind:
    the table's row is "keep", so it is checked and recorded as X's composer is)."""
    tab.goto(localised("https://x.com/Refugees/status/1790000000000000000", lang))
    assert tab.evaluate("document.querySelector('[data-testid=\"tweetButtonInline\"]').textContent") == \
        WORDS[lang]["x_reply"]
    _type_and_publish(tab, activity, EDITOR, "reply", '[data-testid="tweetButtonInline"]')


def reply_dialog(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    tab.goto(localised("https://x.com/compose/post?reply=1", lang))
    assert tab.evaluate("document.querySelector('[data-testid=\"tweetButton\"]').textContent") == \
        WORDS[lang]["x_reply"]
    _type_and_publish(tab, activity, f'[role="dialog"] {EDITOR}', "compose", '[data-testid="tweetButton"]')


def quote_post(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    tab.goto(localised("https://x.com/compose/post?quote=1", lang))
    # The quoted post's avatar sits inside [data-testid="attachments"], where X also shows attached photos.
    assert tab.evaluate("document.querySelectorAll('[data-testid=\"attachments\"] img').length") == 1
    text = "Worth reading #a #b #c #d"
    box = Box(EDITOR, "post", text, expected(text, "twitter"))
    tab.click(EDITOR)
    tab.type(text)
    tab.checked(box)
    assert_underlines_match(tab, EDITOR, box.report)
    tab.click('[data-testid="tweetButton"]')
    [event] = activity.published()
    assert (event["platform"], event["kind"], event["media"]) == ("twitter", "post", [])


def thread(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    tab.goto(localised("https://x.com/compose/post", lang))
    first, second = "First post #WorldRefugeeDay #a #b #c", "Second post #Migration with @UN @UNHCR @WFP @UNICEF"
    boxes = (Box('[data-testid="tweetTextarea_0"]', "post", first, expected(first, "twitter")),
             Box('[data-testid="tweetTextarea_1"]', "post", second, expected(second, "twitter")))
    tab.click(boxes[0].selector)
    tab.type(first)
    tab.click('[data-testid="addButton"]')
    tab.click(boxes[1].selector)
    tab.type(second)
    tab.checked(*boxes)
    assert_underlines_match(tab, boxes[0].selector, boxes[0].report, (boxes[1].selector, boxes[1].report))
    assert tab.evaluate("[practice.text('compose'), practice.text('compose-1')]") == [first, second]
    assert tab.evaluate("document.querySelector('[data-testid=\"tweetButton\"]').textContent") == \
        WORDS[lang]["post_all"]
    tab.click('[data-testid="tweetButton"]')
    events = activity.published(count=2)
    assert {(e["platform"], e["kind"]) for e in events} == {("twitter", "post")}
    assert sorted((e["hashtags"], e["rules_shown"]) for e in events) == [
        (["Migration"], shown(boxes[1].report)), (["WorldRefugeeDay", "a", "b", "c"], shown(boxes[0].report))]


def touch_textarea(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    tab.goto(localised("https://x.com/home?layout=touch", lang))
    field = 'div[data-testid^="tweetTextarea_"] > textarea'
    text = "Join us #a #b #c #d"
    box = Box(field, "post", text, expected(text, "twitter"))
    tab.click(field)
    tab.type(text)
    tab.checked(box)
    assert tab.evaluate(f"document.querySelector({field!r}).value") == text
    recognised(activity, "twitter")
    tab.click('[data-testid="tweetButtonInline"]')
    [event] = activity.published()
    assert (event["platform"], event["kind"], event["hashtags"]) == ("twitter", "post", ["a", "b", "c", "d"])
    assert event["rules_shown"] == shown(box.report) == ["hashtags.too-many"]


def direct_messages(tab, activity: Activity, lang: str, tmp_path: Path) -> None:
    """Both DM generations: typed and sent, with no panel, no underline and nothing in the activity log."""
    for url, box in (("https://x.com/messages", '[data-testid="dmComposerTextInput"]'),
                     ("https://x.com/i/chat", 'textarea[data-testid="dm-composer-textarea"]')):
        tab.goto(localised(url, lang))
        private_message(tab, activity, box)


SCENARIOS = (home_composer, compose_dialog, inline_reply, reply_dialog, quote_post, thread, touch_textarea,
             direct_messages)
