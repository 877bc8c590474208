// What the panel says about a photo or video the person attached: the metadata findings (errors first), a button that
// saves a copy without location and personal data, and for a photo the one-click choice of its kind (the policy's
// image rotation: infographic, photo, photo with caption), remembered for the draft and reported when it is published.
// Only the metadata part of a file is sent to check it; the whole file only on the person's click on "Save a copy".
import { client } from "./client.js";
import { base64Of, bufferOf, metadataPartOfFile } from "./media/metadata-slice.js";
import { el } from "./overlay/panel.js";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
// Findings that a copy without metadata removes.
const CLEANABLE = new Set(["image.location", "image.personal"]);

function kindLabel(kind, t) {
  const labels = {
    infographic: t("imageKindInfographic"), photo: t("imageKindPhoto"), "photo-with-caption": t("imageKindPhotoWithCaption"),
  };
  return labels[kind] ?? kind;
}

export class MediaSection {
  constructor(overlay, t) {
    this.overlay = overlay;
    this.t = t;
    this.root = el("div", "media");
    this.items = [];
    overlay.panel.extras.append(this.root);
  }

  // One attached file: read its metadata part (nothing is sent for a format we do not read), ask the helper.
  async add(file) {
    let part;
    try {
      part = await metadataPartOfFile(file);
    } catch {
      return;
    }
    const text = this.overlay.readText();
    const metadata = base64Of(part);
    const answer = await client.media(metadata, text);
    if (!answer.report) return;
    // The metadata part is kept, encoded: a later text is checked against it without reading the file again.
    this.items.push({ file, metadata, text, report: answer.report, note: "", busy: false });
    this.render();
    if (this.latestText !== undefined) this.recheck(this.items.at(-1));
  }

  // The credit check reads the post's text (a "Photo: IOM/…" line credits the photo): each text the overlay checked
  // after a file was attached re-checks that file's kept metadata part with it, one request at a time per file.
  textChecked(text) {
    this.latestText = text;
    for (const item of this.items) this.recheck(item);
  }

  async recheck(item) {
    if (item.busy) return;
    item.busy = true;
    while (this.items.includes(item) && item.text !== this.latestText) {
      const text = this.latestText;
      const answer = await client.media(item.metadata, text);
      if (!answer.report) break;
      item.text = text;
      item.report = answer.report;
      if (this.items.includes(item)) this.render();
    }
    item.busy = false;
  }

  render() {
    const { t } = this;
    const nodes = this.items.map((item) => {
      const findings = [...item.report.findings]
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
      const list = el("ul", "findings", ...findings.map((finding) => this.overlay.panel.item(finding)));
      const clean = findings.some((finding) => CLEANABLE.has(finding.rule)) ? this.cleanButton(item) : null;
      const isImage = item.file.type.startsWith("image/");
      const kinds = isImage && item.report.image_kinds?.length ? this.kindChoice(item.report.image_kinds) : null;
      // The action first (the panel scrolls when a photo has many findings), then the kind, then the findings.
      return el("div", "attachment", el("p", "file", `${t("mediaAttached")} ${item.file.name}`), clean,
        item.note ? el("p", "note saved", item.note) : null, kinds,
        findings.length ? list : el("p", "ok", t("mediaNoFindings")));
    });
    this.root.replaceChildren(...nodes);
    this.overlay.panel.setExtraFindings(this.items.flatMap((item) => item.report.findings));
    this.overlay.panel.reveal();
    this.overlay.layout();
  }

  kindChoice(kinds) {
    const chosen = this.overlay.imageKind;
    const buttons = kinds.map((kind) => {
      const button = el("button", "kind", kindLabel(kind, this.t));
      button.type = "button";
      button.dataset.kind = kind;
      button.setAttribute("aria-pressed", String(kind === chosen));
      button.addEventListener("click", (event) => {
        if (!event.isTrusted) return;
        this.overlay.imageKind = kind;
        this.render();
      });
      return button;
    });
    return el("div", "kinds", el("span", "question", this.t("imageKindQuestion")), ...buttons);
  }

  cleanButton(item) {
    const button = el("button", "clean", this.t("mediaSaveClean"));
    button.type = "button";
    button.addEventListener("click", async (event) => {
      if (!event.isTrusted) return;
      button.disabled = true;
      const answer = await client.mediaClean(base64Of(await bufferOf(item.file)), item.file.name);
      item.note = answer.path
        ? this.t("mediaSavedClean", answer.path)
        : answer.state === "helper-down" ? this.t("helperDown") : `${this.t("mediaCleanFailed")} (${answer.message})`;
      this.render();
    });
    return button;
  }

  // The draft went out: its attachments and their kind are forgotten.
  reset() {
    this.items = [];
    this.latestText = undefined;
    this.overlay.imageKind = null;
    this.root.replaceChildren();
    this.overlay.panel.setExtraFindings([]);
  }
}
