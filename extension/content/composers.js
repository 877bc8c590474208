// Finds the site's composers as the page changes (SPA navigation included) and keeps one overlay per composer.
import { timed } from "./overlay/meter.js";
const SCAN_DELAY_MS = 150;

export class Composers {
  constructor(site, create) {
    this.site = site;
    this.create = create;
    this.tracked = new Map();
    this.scanTimer = 0;
    this.trackListeners = [];
    this.selector = site.composers.map((composer) => composer.selector).join(", ");
  }

  // The first declared composer that matches wins, so specific ones (replies) are listed before general ones.
  definitionFor(element) {
    return this.site.composers.find((composer) => element.matches(composer.selector));
  }

  start() {
    // The page's own typing mutates the DOM all the time: batches inside known editors are ignored cheaply (each
    // overlay watches its own editor).
    this.observer = new MutationObserver(timed((records) => {
      for (const record of records) {
        if (!this.insideTracked(record.target)) {
          this.requestScan();
          return;
        }
      }
    }));
    this.observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener("focusin", timed((event) => this.adopt(event.target)), true);
    this.scan();
  }

  insideTracked(node) {
    for (const editor of this.tracked.keys()) if (editor.contains(node)) return true;
    return false;
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
    for (const listener of this.trackListeners) listener(element, entry);
    return entry;
  }

  // `listener(editor, entry)` for every composer tracked from now on (content/attachments.js hands it the files
  // chosen in its dialog before it appeared).
  onTrack(listener) {
    this.trackListeners.push(listener);
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
