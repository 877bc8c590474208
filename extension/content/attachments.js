// Files the person attached to a composer: a trusted change of a file input near it, or files dropped or pasted into
// it. Read only (never the input's files changed, never the drop or paste stopped); the site does the attaching.
// Files chosen in a dialog before it has a composer (Instagram's "Create new post": the file is chosen first, the
// caption box comes two steps later) wait for the first composer tracked in that dialog.
import { timed } from "./overlay/meter.js";

const DIALOG = '[role="dialog"]';

// "photo" for an image, "video" for a video; null for anything else (documents are not media).
export function kindOf(file) {
  if (file.type.startsWith("image/")) return "photo";
  if (file.type.startsWith("video/")) return "video";
  return null;
}

// The outermost dialog holding `node`, or null: a site may nest dialogs, and the step where the files are chosen and
// the step with the caption share at least the outer one.
function dialogOf(node) {
  let dialog = (node instanceof Element ? node : node.parentElement)?.closest(DIALOG) ?? null;
  for (let outer = dialog?.parentElement?.closest(DIALOG); outer; outer = outer.parentElement?.closest(DIALOG)) {
    dialog = outer;
  }
  return dialog;
}

// `onAttach(entry, files)` for every batch of image or video files the person attaches to a tracked composer; the
// files are also kept on the entry (`entry.attached`) until its draft is published. A batch chosen in a dialog with no
// composer yet is kept for that dialog (a WeakMap: nothing is written into the page, and a dialog the site removes
// takes its files with it) and handed over, with the same effects, to the first composer tracked inside it.
export function watchAttachments(composers, onAttach) {
  const waiting = new WeakMap();
  const give = (entry, media) => {
    entry.attached = [...(entry.attached ?? []), ...media];
    onAttach(entry, media);
  };
  // Only the first composer near the control gets the files (a thread's first post).
  const attach = (node, targets, files) => {
    const media = [...files].filter(kindOf);
    if (!media.length) return;
    if (targets.length) {
      give(targets[0].entry, media);
      return;
    }
    const dialog = dialogOf(node);
    if (dialog) waiting.set(dialog, [...(waiting.get(dialog) ?? []), ...media]);
  };
  composers.onTrack((editor, entry) => {
    const dialog = dialogOf(editor);
    const media = dialog ? waiting.get(dialog) : undefined;
    if (!media) return;
    waiting.delete(dialog);
    give(entry, media);
  });
  const inside = (node) => {
    const found = composers.entryFor(node);
    return found ? [{ editor: found[0], entry: found[1] }] : composers.nearNow(node);
  };
  // A file input serves the composer it sits beside.
  document.addEventListener("change", timed((event) => {
    const input = event.target;
    if (!event.isTrusted || !(input instanceof HTMLInputElement) || input.type !== "file" || !input.files) return;
    attach(input, composers.nearNow(input), input.files);
  }), true);
  document.addEventListener("drop", timed((event) => {
    if (event.isTrusted && event.target instanceof Node && event.dataTransfer) {
      attach(event.target, inside(event.target), event.dataTransfer.files);
    }
  }), true);
  document.addEventListener("paste", timed((event) => {
    if (event.isTrusted && event.target instanceof Node && event.clipboardData) {
      attach(event.target, inside(event.target), event.clipboardData.files);
    }
  }), true);
}
