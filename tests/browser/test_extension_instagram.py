"""The extension on Instagram's caption: the textarea generation (drawn through a mirror) and the Lexical one."""

from __future__ import annotations

from tests.browser.overlay_checks import (
    PIXEL,
    assert_underlines_match,
    count_line,
    expected,
    highlight_rects,
    mutations,
    published_events,
    start_watching,
)

TEXTAREA = 'textarea[aria-label="Write a caption..."]'
LEXICAL = '[contenteditable="true"][aria-label="Write a caption..."]'
CAPTION = "Geneva #Refugees #Migrants #Hope #Help"
# The create dialog's caption step with nothing chosen (the practice page's shortcut for tests of the editor alone).
CAPTION_STEP = "https://www.instagram.com/?step=caption"

# Page-side and independent of the extension: where text[start:end] is drawn on the textarea's first line, from the
# field's own font metrics (canvas) and its border and padding.
TEXTAREA_SPAN = """([selector, start, end]) => {
  const field = document.querySelector(selector);
  const style = getComputedStyle(field);
  const context = document.createElement('canvas').getContext('2d');
  context.font = style.font;
  const box = field.getBoundingClientRect();
  const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  const top = box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
  const text = field.value;
  return {x: left + context.measureText(text.slice(0, start)).width,
          width: context.measureText(text.slice(start, end)).width, top, lineHeight: parseFloat(style.lineHeight)};
}"""


def test_textarea_caption_is_underlined_through_a_mirror(browser):
    page, world = browser.open(CAPTION_STEP)
    page.click(TEXTAREA)
    page.keyboard.type(CAPTION)
    composer = world.wait_for_panel("post", text=CAPTION)

    report = expected(CAPTION, "instagram")
    assert composer["panel"]["rules"] == [f.rule for f in report.findings]
    assert "hashtags.too-many" in composer["panel"]["rules"]
    assert composer["panel"]["count"] == count_line(report)
    assert page.input_value(TEXTAREA) == CAPTION

    # The mirror lives in our closed shadow root: its Ranges never go into the page's CSS.highlights (a page script
    # would reach our shadow tree through them); its underlines are boxes drawn inside the shadow root.
    assert highlight_rects(page) == []
    shown = composer["boxes"]
    assert len(shown) == len(report.findings)
    for finding, rect in zip(report.findings, sorted(shown, key=lambda r: r["x"])):
        want = page.evaluate(TEXTAREA_SPAN, [TEXTAREA, finding.start, finding.end])
        assert abs(rect["x"] - want["x"]) < 1.5 and abs(rect["width"] - want["width"]) < 1.5
        assert want["top"] - 1 <= rect["y"] <= want["top"] + want["lineHeight"]
        assert rect["severity"] == finding.severity


def test_textarea_is_never_touched(browser):
    page, world = browser.open(CAPTION_STEP)
    page.click(TEXTAREA)
    page.keyboard.type(CAPTION)
    world.wait_for_panel("post", text=CAPTION)
    page.evaluate("""(s) => { const f = document.querySelector(s); window.__value = f.value;
      window.__attributes = [...f.attributes].map((a) => a.name + '=' + a.value).join('|'); }""", TEXTAREA)
    start_watching(page, TEXTAREA)
    world.evaluate("postcheck.debug.recheck()")
    page.set_viewport_size({"width": 1000, "height": 650})
    world.wait_for(lambda cs: cs[0]["stats"]["renders"] >= 2, what="a second render")
    assert mutations(page) == []
    assert page.evaluate("""(s) => { const f = document.querySelector(s);
      return f.value === window.__value && [...f.attributes].map((a) => a.name + '=' + a.value).join('|') === window.__attributes; }""", TEXTAREA)


def test_lexical_caption(browser):
    page, world = browser.open(f"{CAPTION_STEP}&editor=lexical")
    page.click(LEXICAL)
    page.keyboard.type(CAPTION)
    composer = world.wait_for_panel("post", text=CAPTION)
    report = expected(CAPTION, "instagram")
    assert composer["panel"]["rules"] == [f.rule for f in report.findings]
    assert_underlines_match(page, LEXICAL, report)
    assert page.evaluate("practice.text('caption')") == CAPTION


def _choose_and_go_to_caption(page, choose) -> None:
    """The select step: `choose(input)` picks the file; then "Next" past Crop and Edit to the caption step."""
    page.goto("https://www.instagram.com/")
    choose(page.locator('[role="dialog"] input[type="file"]'))
    page.locator('[role="dialog"] img.preview[src^="blob:"]').wait_for()
    for step in ("edit", "caption"):
        page.locator('[role="dialog"] [role="button"]', has_text="Next").click()
        page.locator(f'[role="dialog"][data-step="{step}"]').wait_for()


def test_share_reports_the_caption_hashtags_and_the_photo(browser, helper, tmp_path):
    photo = tmp_path / "volunteers.png"
    photo.write_bytes(PIXEL)
    page, world = browser.open("https://www.instagram.com/")
    # The photo is chosen before the caption box exists, as on instagram.com: it waits for the caption's composer.
    # (A file path: Playwright hands buffers to the page with untrusted events, which postcheck rightly ignores.)
    _choose_and_go_to_caption(page, lambda input: input.set_input_files(str(photo)))
    page.click(TEXTAREA)
    page.keyboard.type(CAPTION)
    composer = world.wait_for(lambda cs: next((c for c in cs if c["text"] == CAPTION and
                                               "image.credit" in c["panel"]["rules"]), None),
                              what="the caption's panel with the photo's credit check")
    assert "volunteers.png" in composer["panel"]["text"]
    page.get_by_role("button", name="Share").click()
    page.get_by_text(f"Shared: {CAPTION}").wait_for()

    events = published_events(helper, page)
    assert len(events) == 1
    assert events[0]["platform"] == "instagram"
    assert events[0]["hashtags"] == ["Refugees", "Migrants", "Hope", "Help"]
    assert events[0]["media"] == ["photo"]  # the avatar img and the svg role=img icons beside it are not counted
    assert events[0]["rules_shown"] == composer["panel"]["rules"]
    assert CAPTION not in str(events[0])


def test_a_file_the_page_sets_with_an_untrusted_change_is_not_counted(browser, helper):
    """A page script puts a photo into the dialog's input and fires `change` itself: the site shows it (its own
    handler runs), but no person attached it, so nothing waits for the caption and the post records no media."""
    page, world = browser.open("https://www.instagram.com/")
    _choose_and_go_to_caption(page, lambda input: input.evaluate("""(input) => {
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(16)], 'planted.png', {type: 'image/png'}));
      input.files = files.files;
      input.dispatchEvent(new Event('change', {bubbles: true}));
    }"""))
    page.click(TEXTAREA)
    page.keyboard.type(CAPTION)
    composer = world.wait_for_panel("post", text=CAPTION)
    assert "planted.png" not in composer["panel"]["text"]
    page.get_by_role("button", name="Share").click()
    events = published_events(helper, page)
    assert [(e["platform"], e["media"]) for e in events] == [("instagram", [])]


def test_a_draft_of_invisible_characters_clears_the_panel(browser):
    page, world = browser.open(CAPTION_STEP)
    page.click(TEXTAREA)
    page.keyboard.type("Hello #a")
    world.wait_for_panel("post", text="Hello #a")
    page.keyboard.press("Control+A")
    page.keyboard.insert_text("\u200b\u200b")
    assert page.evaluate("practice.text('caption')") == "\u200b\u200b"
    # The helper answers stats.blank: the panel goes away instead of saying "No findings".
    composer = world.wait_for(lambda cs: next((c for c in cs if c["kind"] == "post" and c["text"] == "" and
                                               c["stats"]["renders"] >= 2 and not c["panel"]["visible"]), None),
                              what="the panel to clear on a blank draft")
    assert "No findings" not in composer["panel"]["text"]
