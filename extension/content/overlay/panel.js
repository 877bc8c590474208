// The compact panel beside a composer: weighted count, each finding's message, remedy and guideline, or the helper's state.

// Builds our own nodes only; strings become text nodes through append(), never markup.
export function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

const GAP = 6;

export class Panel {
  constructor(layer, strings) {
    this.strings = strings;
    this.collapsed = false;
    this.root = el("section", "panel");
    this.root.hidden = true;
    this.root.setAttribute("role", "status");
    this.count = el("span", "count");
    this.tallies = el("span", "tallies");
    this.toggle = el("button", "toggle");
    this.toggle.type = "button";
    this.toggle.addEventListener("click", () => this.setCollapsed(!this.collapsed));
    this.body = el("div", "body");
    this.extras = el("div", "extras");
    this.root.append(el("header", null, el("span", "brand", "postcheck"), this.count, this.tallies, this.toggle),
      this.body);
    this.setCollapsed(false);
    layer.append(this.root);
  }

  setCollapsed(collapsed) {
    this.collapsed = collapsed;
    this.root.classList.toggle("collapsed", collapsed);
    this.toggle.replaceChildren(collapsed ? "▸" : "▾");
    this.toggle.setAttribute("aria-expanded", String(!collapsed));
    this.toggle.title = collapsed ? this.strings.expand : this.strings.collapse;
  }

  // `notice`: a line of our own above the findings (e.g. only the first characters were checked).
  showReport(report, notice) {
    const { stats, findings } = report;
    const parts = [String(stats.length ?? stats.weighted_length)];
    if (stats.ideal !== null && stats.ideal !== undefined) parts.push(`${this.strings.ideal} ≤ ${stats.ideal}`);
    if (stats.limit !== null && stats.limit !== undefined) parts.push(`${this.strings.limit} ${stats.limit}`);
    this.count.replaceChildren(parts.join(" · "));
    this.count.classList.toggle("over", stats.limit != null && stats.length > stats.limit);
    this.root.dataset.state = "report";
    this.textFindings = findings;
    this.updateTallies();
    const list = el("ul", "findings", ...findings.map((finding) => this.item(finding)));
    this.body.replaceChildren(notice ? el("p", "notice", notice) : "", this.extras,
      findings.length ? list : el("p", "ok", this.strings.noFindings));
    this.root.hidden = false;
  }

  showState(state, message, detail) {
    this.root.dataset.state = state;
    this.count.replaceChildren();
    this.tallies.replaceChildren();
    this.body.replaceChildren(el("p", "status", ...withCode(message)), detail ? el("p", "detail", detail) : "",
      this.extras);
    this.root.hidden = false;
  }

  // Shows what the extras hold (an attached photo's findings) even before a draft was checked.
  reveal() {
    if (!this.root.hidden) return;
    this.root.dataset.state = "media";
    this.count.replaceChildren();
    this.textFindings = [];
    this.updateTallies();
    this.body.replaceChildren(this.extras);
    this.root.hidden = false;
  }

  hide() {
    this.root.hidden = true;
  }

  // The header's counts cover the draft's findings and those of its attached files (`extraFindings`).
  setExtraFindings(findings) {
    this.extraFindings = findings;
    this.updateTallies();
  }

  updateTallies() {
    this.tallies.replaceChildren(...this.talliesFor([...(this.textFindings ?? []), ...(this.extraFindings ?? [])]));
  }

  talliesFor(findings) {
    const counts = new Map();
    for (const { severity } of findings) counts.set(severity, (counts.get(severity) ?? 0) + 1);
    return ["error", "warning", "info"].filter((s) => counts.has(s)).map((s) => el("span", `tally ${s}`, String(counts.get(s))));
  }

  item(finding) {
    const node = el("li", `finding ${finding.severity}`,
      el("p", "message", finding.message),
      finding.suggestion ? el("p", "suggestion", finding.suggestion) : null,
      finding.guideline ? el("p", "guideline", `${this.strings.guidelines} › ${finding.guideline}`) : null);
    node.dataset.rule = finding.rule;
    return node;
  }

  // Beside the composer, never over it: to its right, else under it, else over it, else to its left.
  place(anchor) {
    if (this.root.hidden) return;
    const height = this.root.offsetHeight;
    const width = this.root.offsetWidth;
    const fitsX = (left) => left >= GAP && left + width + GAP <= innerWidth;
    const fitsY = (top) => top >= GAP && top + height + GAP <= innerHeight;
    const alignedLeft = Math.min(Math.max(anchor.left, GAP), Math.max(innerWidth - width - GAP, GAP));
    const candidates = [
      [anchor.right + GAP, anchor.top, fitsX(anchor.right + GAP)],
      [alignedLeft, anchor.bottom + GAP, fitsY(anchor.bottom + GAP)],
      [alignedLeft, anchor.top - GAP - height, fitsY(anchor.top - GAP - height)],
      [anchor.left - GAP - width, anchor.top, fitsX(anchor.left - GAP - width)],
    ];
    const [left, top] = candidates.find(([, , fits]) => fits) ?? [alignedLeft, anchor.bottom + GAP];
    this.root.style.left = `${left}px`;
    this.root.style.top = `${Math.min(Math.max(top, GAP), Math.max(innerHeight - height - GAP, GAP))}px`;
  }

  remove() {
    this.root.remove();
  }

  // What the panel shows, read back from its own nodes (tests reach it from the extension's world only).
  snapshot() {
    return {
      visible: !this.root.hidden,
      collapsed: this.collapsed,
      state: this.root.dataset.state ?? null,
      count: this.count.textContent,
      rules: [...this.root.querySelectorAll(".finding")].map((node) => node.dataset.rule),
      text: this.body.innerText,
      rect: this.root.getBoundingClientRect().toJSON(),
      toggle: this.toggle.getBoundingClientRect().toJSON(),
      buttons: [...this.body.querySelectorAll("button")].map((button) => ({
        text: button.textContent, rect: button.getBoundingClientRect().toJSON(),
      })),
    };
  }
}

// Renders `command` in backticks as code, the way the helper's messages write commands.
function withCode(message) {
  return String(message).split(/(`[^`]+`)/).map((part) =>
    part.startsWith("`") && part.endsWith("`") && part.length > 1 ? el("code", null, part.slice(1, -1)) : part);
}
