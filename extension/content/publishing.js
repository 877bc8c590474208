// Reports a published post or reply (platform, hashtags, media kinds, rule ids shown — never the text) to the helper.
// Only the person's own publishing counts: a trusted click on a visible publish button that is really under the
// pointer and belongs to a visible composer they typed into, or a trusted Enter in such a composer; once per draft.
import { client } from "./client.js";
import { timed } from "./overlay/meter.js";
import { isVisible } from "./overlay/visibility.js";

const ENTER_SETTLE_MS = 600;

// The deepest ancestor of `button` that also holds a tracked composer: the composer this button publishes.
function composerOf(button, composers) {
  const entries = composers.entries();
  for (let node = button.parentElement; node; node = node.parentElement) {
    const found = entries.find(([editor]) => node.contains(editor));
    if (found) return { editor: found[0], entry: found[1], container: node };
  }
  return null;
}

// A site's publish buttons: a selector, and for buttons known only by their label, the label's text.
function submitButton(site, target) {
  if (!(target instanceof Element)) return null;
  for (const { selector, text } of site.submit) {
    const button = target.closest(selector);
    if (button && (!text || text.includes(button.textContent.trim()))) return button;
  }
  return null;
}

// The click landed on this very button: what the browser hit-tests at the pointer is the button or inside it, and
// the button can be seen (an invisible element laid over the page fails both).
function reallyClicked(button, event) {
  if (!isVisible(button)) return false;
  const hit = document.elementFromPoint(event.clientX, event.clientY);
  return hit !== null && (hit === button || button.contains(hit));
}

function mediaKinds(site, container) {
  return site.media.filter(({ selector }) => container.querySelector(selector)).map(({ kind }) => kind);
}

// The event for what the person was shown, taken before the site clears its editor, with the draft it is about; null
// for an editor the person did not type into or cannot see, or an unchecked draft.
function eventFor(site, { editor, entry, container }) {
  const { overlay } = entry;
  if (!overlay.typed || !isVisible(editor) || !overlay.report) return null;
  return {
    draft: overlay.draft,
    event: {
      platform: site.platform,
      // A reply (the composer's kind) clears an open reply deadline and is not counted as a post.
      postKind: entry.definition.kind,
      hashtags: overlay.report.stats.hashtags.map((hashtag) => hashtag.text),
      media: mediaKinds(site, container),
      rulesShown: overlay.rulesShown(),
    },
  };
}

function report(entry, published) {
  if (published && entry.overlay.claimPublish(published.draft)) client.activity(published.event);
}

export function watch(site, composers) {
  // Capture phase: the site clears its editor in its own click handler, after ours has read the last report.
  document.addEventListener("click", timed((event) => {
    if (!event.isTrusted) return;
    const button = submitButton(site, event.target);
    if (!button || button.matches('[aria-disabled="true"], :disabled') || !reallyClicked(button, event)) return;
    const found = composerOf(button, composers);
    if (found) report(found.entry, eventFor(site, found));
  }), true);

  // Facebook sends a comment or reply with Enter, but Enter is also a new line in many boxes: only a box the site
  // emptied (or removed) right after the key counts as sent.
  document.addEventListener("keydown", timed((event) => {
    if (!event.isTrusted || event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    const found = composers.entryFor(event.target);
    if (!found || !found[1].definition.submitOnEnter) return;
    const [editor, entry] = found;
    const container = editor.closest('[role="article"], form') ?? editor.parentElement;
    const published = eventFor(site, { editor, entry, container });
    if (!published) return;
    setTimeout(timed(() => {
      if (!editor.isConnected || entry.overlay.readText().trim() === "") report(entry, published);
    }), ENTER_SETTLE_MS);
  }), true);
}
