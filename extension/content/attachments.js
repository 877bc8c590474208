// Files the person attached to a composer: a trusted change of a file input near it, or files dropped or pasted into
// it. Read only (never the input's files changed, never the drop or paste stopped); the site does the attaching.
import { timed } from "./overlay/meter.js";

// "photo" for an image, "video" for a video; null for anything else (documents are not media).
export function kindOf(file) {
  if (file.type.startsWith("image/")) return "photo";
  if (file.type.startsWith("video/")) return "video";
  return null;
}

// `onAttach(entry, files)` for every batch of image or video files the person attaches to a tracked composer; the
// files are also kept on the entry (`entry.attached`) until its draft is published.
export function watchAttachments(composers, onAttach) {
  const attach = (targets, files) => {
    const media = [...files].filter(kindOf);
    if (!media.length || !targets.length) return;
    for (const { entry } of targets) {
      entry.attached = [...(entry.attached ?? []), ...media];
      onAttach(entry, media);
    }
  };
  const inside = (node) => {
    const found = composers.entryFor(node);
    return found ? [{ editor: found[0], entry: found[1] }] : composers.nearNow(node);
  };
  // A file input serves the composer it sits beside; only the first composer of a thread gets the files.
  document.addEventListener("change", timed((event) => {
    const input = event.target;
    if (!event.isTrusted || !(input instanceof HTMLInputElement) || input.type !== "file" || !input.files) return;
    attach(composers.nearNow(input).slice(0, 1), input.files);
  }), true);
  document.addEventListener("drop", timed((event) => {
    if (event.isTrusted && event.target instanceof Node && event.dataTransfer) {
      attach(inside(event.target).slice(0, 1), event.dataTransfer.files);
    }
  }), true);
  document.addEventListener("paste", timed((event) => {
    if (event.isTrusted && event.target instanceof Node && event.clipboardData) {
      attach(inside(event.target).slice(0, 1), event.clipboardData.files);
    }
  }), true);
}
