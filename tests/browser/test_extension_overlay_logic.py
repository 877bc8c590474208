"""The overlay's request discipline, driven through its own API in the extension's world with a check we control:
only changed text is sent, one request at a time, and an answer for text that has since changed is never drawn."""

from __future__ import annotations

SET_UP = """(() => {
  const editor = document.querySelector('#probe');
  const host = document.createElement('div');
  document.body.append(host);
  const layer = host.attachShadow({mode: 'closed'});
  const calls = [];
  const answers = [];
  const check = (text) => new Promise((resolve) => { calls.push(text); answers.push(resolve); });
  const strings = {ideal: 'ideal', limit: 'limit', collapse: 'c', expand: 'e', guidelines: 'G', noFindings: 'ok'};
  const overlay = new postcheck.Overlay({editor, layer, strings, check, debounceMs: 10});
  overlay.typed = true;  // as after the person's first keystroke (the overlay ignores untyped editors)
  globalThis.probe = {overlay, calls, answers};
  return true;
})()"""

REPORT = """(text, rule) => ({report: {findings: [{rule, severity: 'warning', start: 0, end: 1, message: rule,
  guideline: 'X', suggestion: null}], stats: {length: text.length, ideal: null, limit: 280}}})"""


def test_only_changed_text_one_request_in_flight_and_stale_answers_dropped(browser):
    page, world = browser.open("https://x.com/home")
    # The probe is the test's own element (written by the test, never by the extension).
    # On screen: the overlay checks only editors the person can see.
    page.evaluate("() => { const d = document.createElement('div'); d.id = 'probe'; d.contentEditable = 'true';"
                  " d.style.cssText = 'position:fixed;top:10px;left:10px;width:300px;height:40px';"
                  " d.append('first draft'); document.body.append(d); }")
    assert world.evaluate(SET_UP)

    world.evaluate("void probe.overlay.flush(), probe.calls.length")
    page.evaluate("() => { document.querySelector('#probe').firstChild.data = 'second draft'; }")
    world.evaluate("void probe.overlay.flush()")
    assert world.evaluate("probe.calls") == ["first draft"], "a second request went out while one was in flight"

    # The answer for "first draft" arrives after the text changed: not drawn; the newer text is sent instead.
    world.evaluate(f"probe.answers[0](({REPORT})('first draft', 'rule.first'))")
    world.page.wait_for_timeout(50)
    assert world.evaluate("probe.calls") == ["first draft", "second draft"]
    assert world.evaluate("probe.overlay.snapshot().panel.visible") is False

    world.evaluate(f"probe.answers[1](({REPORT})('second draft', 'rule.second'))")
    world.page.wait_for_timeout(50)
    shown = world.evaluate("probe.overlay.snapshot()")
    assert shown["text"] == "second draft"
    assert shown["panel"]["rules"] == ["rule.second"]
    assert shown["panel"]["count"] == "12 · limit 280"

    # Unchanged text is not sent again.
    world.evaluate("probe.overlay.flush()")
    assert world.evaluate("probe.calls.length") == 2
