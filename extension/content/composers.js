// Finds the site's composers as the page changes (SPA navigation included) and keeps one overlay per composer.
import { timed } from "./overlay/meter.js";
const SCAN_DELAY_MS = 150;

export class Composers {
  constructor(site, create) {
    this.site = site;
    this.create = create;
    this.tracked = new Map();
    this.scanTimer = 0;
    this.selector = site.composers.map((composer) => composer.selector).join(", ");
  }

  // The first declared composer that matches wins, so specific ones (replies) are listed before general ones.
  definitionFor(element) {
    return this.site.composers.find((composer) => element.matches(composer.selector));
  }

  start() {
    // Outside known editors, a batch may bring a composer: scan (later, once). Inside one, the editor changed its
    // nodes, maybe without a keystroke (a mention or hashtag picked from the site's list): its overlay re-checks a
    // draft the person typed into, after the pause (unchanged text is not sent again).
    this.observer = new MutationObserver(timed((records) => {
      const changed = new Set();
      let outside = false;
      for (const record of records) {
        const found = this.entryFor(record.target);
        if (found) changed.add(found[1].overlay);
        else outside = true;
      }
      for (const overlay of changed) overlay.refresh();
      if (outside) this.requestScan();
    }));
    this.observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener("focusin", timed((event) => this.adopt(event.target)), true);
    this.scan();
  }

  requestScan() {
    if (this.scanTimer) return;
    this.scanTimer = setTimeout(timed(() => {
      this.scanTimer = 0;
      this.scan();
    }), SCAN_DELAY_MS);
  }

  scan() {
    for (const [editor, entry] of this.tracked) {
      if (!editor.isConnected) {
        entry.overlay.destroy();
        this.tracked.delete(editor);
      }
    }
    for (const element of document.querySelectorAll(this.selector)) this.track(element);
  }

  // focusin reaches us before any observer batch, so a composer is ready by the first keystroke.
  adopt(target) {
    const element = target instanceof Element ? target.closest(this.selector) : null;
    if (element) this.track(element);
  }

  track(element) {
    if (this.tracked.has(element)) return this.tracked.get(element);
    const definition = this.definitionFor(element);
    if (!definition) return null;
    const entry = { definition, overlay: this.create(element, definition) };
    this.tracked.set(element, entry);
    return entry;
  }

  // The tracked composer holding `node` (an event target inside an editor).
  entryFor(node) {
    for (const [editor, entry] of this.tracked) if (editor === node || editor.contains(node)) return [editor, entry];
    return null;
  }

  // The tracked composers a control (a publish button, a file input) belongs to: those inside its deepest ancestor
  // that holds any, never looking past a dialog the control is in (a dialog's button does not publish the page's
  // other boxes). [] when none.
  near(node) {
    const entries = this.entries();
    const dialog = node.closest?.('[role="dialog"]') ?? null;
    for (let ancestor = node.parentElement; ancestor; ancestor = ancestor.parentElement) {
      const found = entries.filter(([editor]) => ancestor.contains(editor));
      if (found.length) return found.map(([editor, entry]) => ({ editor, entry, container: ancestor }));
      if (ancestor === dialog) break;
    }
    return [];
  }

  // near(), after an immediate scan when nothing is tracked there yet: a file attached the moment its composer
  // appears (before the observer's delayed scan) still reaches that composer.
  nearNow(node) {
    const found = this.near(node);
    if (found.length) return found;
    this.scan();
    return this.near(node);
  }

  entries() {
    return [...this.tracked];
  }
}
