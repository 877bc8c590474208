// Underlines finding spans with the CSS Custom Highlight API (names fixed in DESIGN.md), or boxes where it is missing.
// CSS.highlights is one registry per document, shared with the page: only Ranges over the page's own editor text go
// in it. Ranges over our shadow tree (a textarea's mirror) are always drawn as boxes inside the shadow root.
export const SEVERITIES = ["error", "warning", "info"];
const nameOf = (severity) => `postcheck-${severity}`;
const supported = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
// Which drawing is in use; the browser tests switch to boxes to exercise the fallback in a browser that has both.
export const mode = { highlights: supported };

// One Highlight per severity for the whole page; each composer adds and removes only its own ranges.
function registry() {
  const highlights = {};
  for (const severity of SEVERITIES) {
    const name = nameOf(severity);
    if (!CSS.highlights.has(name)) CSS.highlights.set(name, new Highlight());
    highlights[severity] = CSS.highlights.get(name);
  }
  return highlights;
}

export class Underlines {
  // `ownTree`: the ranges point into our shadow tree, so they never go into the page's CSS.highlights.
  constructor(layer, { ownTree = false } = {}) {
    this.layer = layer;
    this.ownTree = ownTree;
    this.ranges = [];
    this.boxes = [];
    this.highlighted = false;
  }

  // `marks` is [{severity, range}]; replaces what this composer showed before.
  show(marks) {
    this.clear();
    this.ranges = marks;
    this.highlighted = mode.highlights && !this.ownTree;
    if (this.highlighted) {
      const highlights = registry();
      for (const { severity, range } of marks) highlights[severity]?.add(range);
    } else {
      this.place();
    }
  }

  // Highlights follow the text by themselves; boxes are fixed-position and must be moved.
  place() {
    if (this.highlighted) return;
    for (const box of this.boxes) box.remove();
    this.boxes = [];
    for (const { severity, range } of this.ranges) {
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        const box = document.createElement("div");
        box.className = `box ${severity}`;
        Object.assign(box.style, {
          left: `${rect.left}px`, top: `${rect.bottom - 2}px`, width: `${rect.width}px`,
        });
        this.layer.append(box);
        this.boxes.push(box);
      }
    }
  }

  // The boxes as drawn (for the browser tests, read from the extension's world).
  snapshot() {
    return this.boxes.map((box) => ({ severity: box.classList[1], ...box.getBoundingClientRect().toJSON() }));
  }

  clear() {
    if (this.highlighted) {
      const highlights = registry();
      for (const { severity, range } of this.ranges) highlights[severity]?.delete(range);
    }
    this.highlighted = false;
    for (const box of this.boxes) box.remove();
    this.boxes = [];
    this.ranges = [];
  }
}
