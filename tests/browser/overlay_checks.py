"""What the browser tests observe on a page: underlines (CSS.highlights), editor text and rectangles, mutations."""

from __future__ import annotations

import base64

from postcheck import check

SEVERITIES = ("error", "warning", "info")
# A 1x1 PNG: the practice pages only need a file of an image type to show an attachment.
PIXEL = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==")

# Page-side: the rectangles of every range in our three highlights, as a page script sees them.
HIGHLIGHT_RECTS = """() => ['error', 'warning', 'info'].flatMap((severity) =>
  [...(CSS.highlights.get('postcheck-' + severity) ?? [])].flatMap((range) =>
    [...range.getClientRects()].map((r) => ({severity, x: r.x, y: r.y, width: r.width, height: r.height}))))"""

# Page-side, written independently of the extension: the rectangles of text[start:end] in an editor, walking its
# text nodes (one paragraph) or, for a textarea, nothing (its text has no DOM nodes; see textarea_span_rects).
SPAN_RECTS = """([selector, start, end]) => {
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0; const range = new Range(); let begun = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const next = offset + node.data.length;
    if (!begun && start < next) { range.setStart(node, start - offset); begun = true; }
    if (begun && end <= next) { range.setEnd(node, end - offset); break; }
    offset = next;
  }
  return [...range.getClientRects()].map((r) => ({x: r.x, y: r.y, width: r.width, height: r.height}));
}"""

# Records every mutation inside the editor's subtree from now on.
WATCH_MUTATIONS = """(selector) => {
  const root = document.querySelector(selector);
  window.__editorMutations = [];
  window.__editorObserver = new MutationObserver((records) => {
    for (const r of records) window.__editorMutations.push(
      {type: r.type, target: r.target.nodeName, attribute: r.attributeName, added: r.addedNodes.length,
       removed: r.removedNodes.length});
  });
  window.__editorObserver.observe(root, {subtree: true, childList: true, attributes: true, characterData: true});
}"""


def expected(text: str, platform: str, kind: str = "post", addressee: str | None = None):
    """The report the helper will give (same engine, same policy defaults); `addressee`: the name the reply box
    shows, which the extension sends with a reply."""
    return check(text, platform=platform, kind=kind, addressee=addressee)


def count_line(report) -> str:
    stats = report.stats
    parts = [str(stats.length)]
    if stats.ideal is not None:
        parts.append(f"ideal ≤ {stats.ideal}")
    if stats.limit is not None:
        parts.append(f"limit {stats.limit}")
    return " · ".join(parts)


def highlight_rects(page) -> list[dict]:
    return page.evaluate(HIGHLIGHT_RECTS)


def assert_underlines_match(page, selector: str, report, *others: tuple[str, object]) -> None:
    """Each finding's span is underlined exactly where the typed characters are drawn, in its severity, and nothing
    else is; `others` are further (selector, report) pairs of editors on the same page (an X thread's posts)."""
    shown = highlight_rects(page)
    wanted = []
    for editor, editor_report in ((selector, report), *others):
        for finding in editor_report.findings:
            for rect in page.evaluate(SPAN_RECTS, [editor, finding.start, finding.end]):
                wanted.append(dict(rect, severity=finding.severity))
    assert wanted, "the report has no findings to underline"
    key = lambda r: (r["severity"], round(r["x"]), round(r["y"]), round(r["width"]), round(r["height"]))
    assert sorted(map(key, shown)) == sorted(map(key, wanted))


def start_watching(page, selector: str) -> None:
    page.evaluate(WATCH_MUTATIONS, selector)


def mutations(page) -> list[dict]:
    return page.evaluate("() => { window.__editorObserver.takeRecords(); return window.__editorMutations; }")


def exercise_overlay(page, world, kind: str) -> dict:
    """Make every part of a drawn overlay work again: re-read and re-check, redraw, reposition, collapse.

    Returns the composer's state once a new render happened and the panel is collapsed."""
    composer = next(c for c in world.composers() if c["kind"] == kind)
    renders = composer["stats"]["renders"]
    toggle = composer["panel"]["toggle"]
    page.mouse.click(toggle["x"] + toggle["width"] / 2, toggle["y"] + toggle["height"] / 2)
    world.evaluate("postcheck.debug.recheck()")
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"] - 100, "height": size["height"] - 20})
    page.mouse.wheel(0, 40)

    def done(composers):
        mine = next(c for c in composers if c["kind"] == kind)
        return mine["panel"]["collapsed"] and mine["stats"]["renders"] > renders and mine
    return world.wait_for(done, what="a re-render and a collapsed panel")


def published_events(helper, page, tries: int = 100) -> list[dict]:
    """The helper's post-published events, once there are some (they travel page → worker → helper asynchronously)."""
    events: list[dict] = []
    for _ in range(tries):
        events = [e for e in helper.get("/v1/activity")["events"] if e["type"] == "post-published"]
        if events:
            break
        page.wait_for_timeout(100)
    return events
