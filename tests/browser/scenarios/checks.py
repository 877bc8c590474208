"""What every scenario asserts the same way, in either browser: the rule ids a published event lists, the composer
watch's events, and a private message box left alone (no panel, no underline, nothing in the activity log)."""

from __future__ import annotations

from tests.browser.scenarios.tabs import OVERLAY_AREA, Activity


def shown(report) -> list[str]:
    """The rule ids a panel showed for `report`, as a published event lists them (first appearance, no repeats)."""
    return list(dict.fromkeys(f.rule for f in report.findings))


def recognised(activity: Activity, platform: str) -> None:
    """The composer watch saw typing in a known composer of `platform` (and nothing unrecognised)."""
    watch = [(e["type"], e["platform"]) for e in activity.new() if e["type"].startswith("composer-")]
    assert watch == [("composer-recognised", platform)], watch


def private_message(tab, activity: Activity, box: str) -> None:
    """Typed and sent in `box`: no panel, no underline, and nothing in the activity log."""
    tab.click(box)
    tab.type("Hello Maria #private #a #b #c #d")
    tab.pause(0.8)
    assert tab.evaluate(f"({OVERLAY_AREA})()") == 0
    assert tab.evaluate("[...CSS.highlights.values()].every((h) => h.size === 0)")
    tab.press("Enter")
    tab.pause(0.8)
    assert activity.new() == []


# Page-side: a contenteditable role=textbox with `label`, as a redesigned or another-language page would add one.
ADD_BOX = """(label) => {
  const box = document.createElement('div');
  box.contentEditable = 'true';
  box.setAttribute('role', 'textbox');
  box.setAttribute('aria-label', label);
  box.id = 'added-box';
  box.style.cssText = 'min-height: 40px; border: 1px solid';
  document.body.prepend(box);
}"""


def type_in_added_box(tab, label: str, text: str = "Hola Maria, ¿cómo estás?") -> None:
    tab.evaluate(ADD_BOX, label)
    tab.click("#added-box")
    tab.type(text)
