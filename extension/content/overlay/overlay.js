// One composer's overlay: debounced checks of changed text, one request in flight, stale answers dropped, drawn in rAF.
import { timed } from "./meter.js";
import { Mirror } from "./mirror.js";
import { Panel } from "./panel.js";
import { readEditable, readTextarea } from "./text-model.js";

// When to read a composer again after its draft was published (ms).
const AFTER_PUBLISH_MS = [500, 2000];
import { Underlines } from "./highlights.js";
import { isVisible } from "./visibility.js";
const KEEP_TIMINGS = 1000;

export class Overlay {
  // `check(text)` resolves to {report} or {state, message}; the overlay knows neither the site nor the browser API.
  // `anchor()` names the element the panel sits beside (the whole composer, so its buttons stay visible).
  constructor({ editor, layer, strings, check, anchor = () => editor, debounceMs = 200 }) {
    this.editor = editor;
    this.anchor = anchor;
    this.check = check;
    this.debounceMs = debounceMs;
    this.isField = editor instanceof HTMLTextAreaElement;
    this.mirror = this.isField ? new Mirror(editor, layer) : null;
    this.underlines = new Underlines(layer, { ownTree: this.isField });
    this.panel = new Panel(layer, strings);
    this.timer = 0;  // the waiting check's timeout; 0 when none waits
    this.inFlight = false;
    this.dirty = false;
    this.sentText = null;
    // Set by the person's own typing (a trusted input event): until then nothing is sent, whatever the page does.
    this.typed = false;
    // Which draft the publish watcher already reported (one event per draft).
    this.draft = 0;
    this.publishedDraft = -1;
    // The kind of the attached image the person chose (the policy's image rotation), reported with the draft.
    this.imageKind = null;
    // Set by main.js: the section of the panel about attached files (media-panel.js).
    this.media = null;
    this.shown = { text: "", report: null };
    this.layoutQueued = false;
    this.stats = { renders: 0, inputs: 0, inputAt: 0, timings: [] };
    this.resizeObserver = new ResizeObserver(timed(() => this.requestLayout()));
    this.resizeObserver.observe(editor);
    // What changes the editor's nodes without an input event (Lexical's own deletes, undo and paste; a mention the
    // site inserts) is checked again after the pause, in a draft the person typed into.
    this.editorObserver = new MutationObserver(timed(() => this.refresh()));
    this.editorObserver.observe(editor, { childList: true, characterData: true, subtree: true });
  }

  // Called on every keystroke of the person's (trusted input only): only restarts a timer, so typing never waits.
  schedule() {
    this.typed = true;
    this.stats.inputs += 1;
    this.stats.inputAt = performance.now();
    this.restartTimer();
  }

  // The person acted in the editor (a trusted beforeinput): Lexical may apply that edit without an input event, so
  // the editor counts as typed into; the change itself reaches refresh() through the editor's observer.
  touched() {
    this.typed = true;
  }

  // The editor's nodes changed: a draft the person typed into is checked again after the pause, unless a check
  // already waits (neither the keystroke statistics nor a waiting check's delay move); one only a script filled is not.
  refresh() {
    if (this.typed && !this.timer) this.restartTimer();
  }

  restartTimer() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = 0;
      this.flush();
    }, this.debounceMs);
  }

  readText() {
    return this.read().text;
  }

  read() {
    return this.isField ? readTextarea(this.editor, this.mirror) : readEditable(this.editor);
  }

  async flush({ force = false } = {}) {
    if (this.inFlight) {
      this.dirty = true;
      return;
    }
    // Only an editor the person typed into and can see: a page cannot have its own hidden text checked.
    if (!this.typed || !isVisible(this.editor)) return;
    const text = this.readText();
    if (!force && text === this.sentText) return;
    if (text !== this.sentText) this.draft += 1;
    this.sentText = text;
    if (text.trim() === "") {
      this.clear();
      return;
    }
    this.inFlight = true;
    const sentAt = performance.now();
    // The keystroke this check answers, for the benchmark's keystroke-to-overlay latency.
    const inputAt = this.stats.inputAt;
    let answer;
    try {
      answer = await this.check(text);
    } catch (error) {
      answer = { state: "failed", message: String(error?.message ?? error) };
    }
    this.inFlight = false;
    this.receive(text, answer, { inputAt, sentAt });
    // Text that changed meanwhile is checked after a pause like any other, not in a burst behind the answer.
    if (this.dirty) {
      this.dirty = false;
      this.restartTimer();
    }
  }

  // Offsets are only valid for the exact text that was checked: a changed editor means a newer check will follow.
  receive(text, answer, sent) {
    const answeredAt = performance.now();
    const snapshot = this.read();
    if (snapshot.text !== text) {
      this.dirty = true;
      this.record({ ...sent, answeredAt, dropped: true });
      return;
    }
    // Only whitespace or invisible characters (the helper says so: stats.blank): as for an empty box.
    if (answer.report?.stats?.blank) this.clear();
    else if (answer.report) this.render(snapshot, answer.report, answer.notice);
    else this.showState(answer.state, answer.message, answer.detail);
    const renderedAt = performance.now();
    this.stats.renders += 1;
    this.record({ ...sent, answeredAt, renderedAt });
  }

  record(timing) {
    this.stats.timings.push(timing);
    if (this.stats.timings.length > KEEP_TIMINGS) this.stats.timings.shift();
  }

  render(snapshot, report, notice) {
    const marks = [];
    for (const finding of report.findings) {
      const range = snapshot.range(finding.start, finding.end);
      if (range) marks.push({ severity: finding.severity, range });
    }
    this.underlines.show(marks);
    this.panel.showReport(report, notice);
    this.shown = { text: snapshot.text, report };
    this.layout();
    this.media?.textChecked(snapshot.text);
  }

  showState(state, message, detail) {
    this.underlines.clear();
    this.panel.showState(state, message, detail);
    this.shown = { text: this.sentText, report: null };
    this.layout();
  }

  clear() {
    this.underlines.clear();
    // An attached photo's findings stay in view while the text is empty.
    if (this.media?.items.length) {
      this.panel.hide();
      this.panel.reveal();
    } else {
      this.panel.hide();
    }
    this.shown = { text: "", report: null };
    this.media?.textChecked("");
  }

  // Scroll and resize only move fixed-position parts; several events in one frame cost one layout.
  requestLayout() {
    if (this.layoutQueued) return;
    this.layoutQueued = true;
    requestAnimationFrame(timed(() => {
      this.layoutQueued = false;
      this.layout();
    }));
  }

  layout() {
    this.mirror?.place();
    this.underlines.place();
    this.panel.place(this.anchor().getBoundingClientRect());
  }

  // Rule ids of what the person was shown for the text now in the editor and its attached files (the publishing
  // event reports them).
  // An attached file's findings are listed first in the panel, so they come first here too.
  rulesShown() {
    const media = this.media?.items.flatMap((item) => item.report.findings.map((finding) => finding.rule)) ?? [];
    return [...new Set([...media, ...(this.shown.report?.findings.map((finding) => finding.rule) ?? [])])];
  }

  get report() {
    return this.shown.report;
  }

  // One publish event per draft: true the first time `draft` (a value of this.draft) is claimed, false afterwards.
  claimPublish(draft) {
    if (this.publishedDraft === draft) return false;
    this.publishedDraft = draft;
    return true;
  }

  // After a publish the site empties its editor itself, which is no input of the person's: read the box again a
  // little later (and once more for slower sites) so the panel of the published draft goes away, or follows what is
  // left if publishing failed. A read that finds the text unchanged sends nothing.
  afterPublish() {
    for (const delay of AFTER_PUBLISH_MS) setTimeout(() => this.flush(), delay);
  }

  destroy() {
    clearTimeout(this.timer);
    this.resizeObserver.disconnect();
    this.editorObserver.disconnect();
    this.underlines.clear();
    this.mirror?.remove();
    this.panel.remove();
  }

  snapshot() {
    return {
      text: this.shown.text,
      panel: this.panel.snapshot(),
      boxes: this.underlines.snapshot(),
      stats: { ...this.stats, timings: undefined },
    };
  }
}

// Everything that runs on the page's main thread is metered; waiting for the helper is not.
for (const method of ["schedule", "readText", "receive", "clear"]) {
  Overlay.prototype[method] = timed(Overlay.prototype[method]);
}
