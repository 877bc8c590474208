// Reports a published post or reply (platform, hashtags, media kinds, rule ids shown — never the text) to the helper.
"use strict";
(() => {
  const ns = (globalThis.postcheck ??= {});
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

  function mediaKinds(site, container) {
    return site.media.filter(({ selector }) => container.querySelector(selector)).map(({ kind }) => kind);
  }

  // The event for what the person was shown, taken before the site clears its editor; null for an unchecked draft.
  function eventFor(site, { entry, container }) {
    const checked = entry.overlay.report;
    if (!checked) return null;
    return {
      platform: site.platform,
      hashtags: checked.stats.hashtags.map((hashtag) => hashtag.text),
      media: mediaKinds(site, container),
      rulesShown: entry.overlay.rulesShown(),
    };
  }

  function watch(site, composers) {
    // Capture phase: the site clears its editor in its own click handler, after ours has read the last report.
    // Only the person's own clicks and keys count: a page script's synthetic ones would pad the activity log.
    document.addEventListener("click", ns.timed((event) => {
      if (!event.isTrusted) return;
      const button = submitButton(site, event.target);
      if (!button || button.matches('[aria-disabled="true"], :disabled')) return;
      const found = composerOf(button, composers);
      const published = found && eventFor(site, found);
      if (published) ns.client.activity(published);
    }), true);

    // Facebook sends a comment or reply with Enter, but Enter is also a new line in many boxes: only a box the site
    // emptied (or removed) right after the key counts as sent.
    document.addEventListener("keydown", ns.timed((event) => {
      if (!event.isTrusted || event.key !== "Enter" || event.shiftKey || event.isComposing) return;
      const found = composers.entryFor(event.target);
      if (!found || !found[1].definition.submitOnEnter) return;
      const [editor, entry] = found;
      const container = editor.closest('[role="article"], form') ?? editor.parentElement;
      const published = eventFor(site, { entry, container });
      if (!published) return;
      setTimeout(ns.timed(() => {
        if (!editor.isConnected || entry.overlay.readText().trim() === "") ns.client.activity(published);
      }), ENTER_SETTLE_MS);
    }), true);
  }

  ns.publishing = Object.freeze({ watch });
})();
