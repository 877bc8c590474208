// Reports a published post or reply (platform, kind, hashtags, media kinds, rule ids shown — never the text) to the
// helper. Only the person's own publishing counts: a trusted click on a visible publish button that is really under
// the pointer and belongs to a visible composer they typed into, or a trusted Enter in such a composer; once per draft.
// A thread's "Post all" reports every post of it; a Facebook Page's "Next" keeps its draft until "Post settings" →
// "Post" publishes it (the editor is gone by then).
import { client } from "./client.js";
import { kindOf } from "./attachments.js";
import { timed } from "./overlay/meter.js";
import { isVisible } from "./overlay/visibility.js";

const ENTER_SETTLE_MS = 600;
// How long a draft taken to "Post settings" waits for its "Post" click.
const PENDING_MS = 30 * 60 * 1000;

// A site's buttons: a selector, and for buttons known only by their label, the label's text.
function button(rules, target) {
  if (!(target instanceof Element)) return null;
  for (const { selector, text } of rules) {
    const found = target.closest(selector);
    if (found && (!text || text.includes(found.textContent.trim()))) return found;
  }
  return null;
}

// The click landed on this very button: what the browser hit-tests at the pointer is the button or inside it, and
// the button can be seen (an invisible element laid over the page fails both).
function reallyClicked(target, event) {
  if (!isVisible(target)) return false;
  const hit = document.elementFromPoint(event.clientX, event.clientY);
  return hit !== null && (hit === target || target.contains(hit));
}

// What the composer shows (the site's media selectors) and the files the person attached to this draft.
function mediaKinds(site, container, entry) {
  const shown = site.media.filter(({ selector }) => container.querySelector(selector)).map(({ kind }) => kind);
  const attached = (entry.attached ?? []).map(kindOf);
  const kinds = [...new Set([...shown, ...attached])];
  // The person said which kind of image this is (infographic, photo, photo with caption): it names the photo.
  const chosen = entry.overlay.imageKind;
  return chosen ? kinds.map((kind) => (kind === "photo" ? chosen : kind)) : kinds;
}

// The event for what the person was shown, taken before the site clears its editor, with the draft it is about; null
// for an editor the person did not type into or cannot see, or an unchecked draft.
function eventFor(site, { editor, entry, container }) {
  const { overlay } = entry;
  if (!overlay.typed || !isVisible(editor) || !overlay.report) return null;
  return {
    entry,
    draft: overlay.draft,
    event: {
      platform: site.platform,
      // A reply (the composer's kind) clears an open reply deadline and is not counted as a post.
      postKind: entry.definition.kind,
      hashtags: overlay.report.stats.hashtags.map((hashtag) => hashtag.text),
      media: mediaKinds(site, container, entry),
      rulesShown: overlay.rulesShown(),
    },
  };
}

function report(published) {
  if (!published || !published.entry.overlay.claimPublish(published.draft)) return;
  published.entry.attached = [];
  client.activity(published.event);
  published.entry.overlay.media?.reset();
  published.entry.overlay.afterPublish();
}

const usable = (target, event) => !target.matches('[aria-disabled="true"], :disabled') && reallyClicked(target, event);

export function watch(site, composers) {
  let pending = null;

  // Capture phase: the site clears its editor in its own click handler, after ours has read the last report.
  document.addEventListener("click", timed((event) => {
    if (!event.isTrusted) return;
    const next = site.next ? button([site.next], event.target) : null;
    if (next && usable(next, event)) {
      const drafts = composers.near(next).map((found) => eventFor(site, found)).filter(Boolean);
      if (drafts.length) pending = { drafts, dialog: next.closest('[role="dialog"]'), at: Date.now() };
      return;
    }
    const publish = button(site.submit, event.target);
    if (!publish || !usable(publish, event)) return;
    const found = composers.near(publish);
    if (found.length) {
      for (const one of found) report(eventFor(site, one));
      return;
    }
    // "Post settings": no editor left beside this button, the draft taken there by "Next" is what it publishes.
    if (pending && Date.now() - pending.at < PENDING_MS && publish.closest('[role="dialog"]') &&
        (!pending.dialog?.isConnected || pending.dialog.contains(publish))) {
      for (const draft of pending.drafts) report(draft);
      pending = null;
    }
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
      if (!editor.isConnected || entry.overlay.readText().trim() === "") report(published);
    }), ENTER_SETTLE_MS);
  }), true);
}
