// Entry point of the content bundle: picks the site, finds its composers, and wires each overlay to the background.
// Everything lives in this bundle's closure: nothing is read from or written to a global a page could shadow (a page's
// named elements appear on `window` even in the isolated world).
import { watchAttachments } from "./attachments.js";
import { MediaSection } from "./media-panel.js";
import { client } from "./client.js";
import protocol from "../protocol.js";
import { Composers } from "./composers.js";
import { meter, timed } from "./overlay/meter.js";
import { Overlay } from "./overlay/overlay.js";
import { overlayStyles } from "./overlay/styles.js";
import * as highlights from "./overlay/highlights.js";
import { watch } from "./publishing.js";
import { watchComposers } from "./watch.js";
import * as replyTemplates from "./reply-templates.js";
import * as sites from "./sites/registry.js";

// Which content script of ours already runs in this world (a reinjection must not start a second one); a Symbol key
// is out of reach of the page's named elements, which only ever add string-keyed properties.
const STARTED = Symbol.for("postcheck.started");
// The browser tests and the benchmark read the overlays through this from the extension's isolated world.
const TEST_HOOK = Symbol.for("postcheck.test");

const t = (key, ...values) => chrome.i18n.getMessage(key, values.map(String)) || key;

function start(site) {
  const strings = {
    ideal: t("panelIdeal"), limit: t("panelLimit"), collapse: t("panelCollapse"), expand: t("panelExpand"),
    guidelines: t("panelGuidelines"), noFindings: t("panelNoFindings"),
  };

  // A closed shadow root on body: the page cannot read or restyle what we draw, and we never touch its editors.
  // Only our own nodes and strings go into it (the styles are this bundle's constant).
  const host = document.createElement("postcheck-overlay");
  const shadow = host.attachShadow({ mode: "closed" });
  const style = document.createElement("style");
  style.textContent = overlayStyles;
  const layer = document.createElement("div");
  layer.className = "layer";
  shadow.append(style, layer);
  const mount = () => {
    if (!host.isConnected) document.body.append(host);
  };

  // Texts beyond the site's limit are cut (never inside a surrogate pair): findings' offsets stay valid for the whole.
  const check = async (text, kind, addressee) => {
    let sent = text;
    if (text.length > site.checkLimit) {
      const cut = /[\uD800-\uDBFF]/.test(text[site.checkLimit - 1]) ? site.checkLimit - 1 : site.checkLimit;
      sent = text.slice(0, cut);
    }
    const result = await client.check(sent, site.platform, kind, addressee);
    // Some single-page apps rebuild body's children: put our layer back before drawing into it.
    mount();
    // The person reads the remedy in their language; the background's technical reason stays below it.
    if (result.state === "helper-down") return { ...result, message: t("helperDown"), detail: result.message };
    return sent === text ? result : { ...result, notice: t("panelCheckedFirst", sent.length) };
  };

  // The composer as a whole: the nearest ancestor that also holds the site's publish button.
  const submitSelector = site.submit.map(({ selector }) => selector).join(", ");
  const composerOf = (editor) => {
    for (let node = editor.parentElement, depth = 0; node && depth < 12; node = node.parentElement, depth += 1) {
      if (node.querySelector(submitSelector)) return node;
    }
    return editor;
  };

  const composers = new Composers(site, (editor, definition) => {
    mount();
    let anchor = null;
    // Whom a reply box answers does not change: read once it can be read, not on every check.
    let addressee = null;
    const addresseeOf = () => {
      if (addressee === null && definition.kind === "reply") {
        addressee = replyTemplates.commenterName(editor, definition.author);
      }
      return addressee;
    };
    const overlay = new Overlay({
      editor, layer, strings,
      check: (text) => check(text, definition.kind, addresseeOf()),
      anchor: () => (anchor?.isConnected && anchor.contains(editor) ? anchor : (anchor = composerOf(editor))),
    });
    if (definition.kind === "reply") replyTemplates.attach(overlay, editor, definition, site.platform, t);
    overlay.media = new MediaSection(overlay, t);
    return overlay;
  });

  const withOverlay = (event, action) => {
    const found = composers.entryFor(event.target);
    if (found) action(found[1].overlay, found[0], found[1].definition);
  };
  // Only the person's own typing is checked: a page's synthetic input events are not trusted and are ignored.
  document.addEventListener("input", timed((event) => {
    if (event.isTrusted) withOverlay(event, (overlay) => overlay.schedule());
  }), true);
  // Lexical applies a delete or a paste itself, after preventing the browser's: no input event follows, so the
  // person's beforeinput is what says they acted in the editor (the change reaches the overlay's editor observer).
  document.addEventListener("beforeinput", timed((event) => {
    if (event.isTrusted) withOverlay(event, (overlay) => overlay.touched());
  }), true);
  // Coming back to a draft that could not be checked (helper down, an error) tries again without a keystroke.
  document.addEventListener("focusin", timed((event) => {
    if (!event.isTrusted) return;
    withOverlay(event, (overlay) => {
      if (overlay.sentText && !overlay.report) overlay.flush({ force: true });
    });
  }), true);
  const relayout = timed(() => {
    for (const [, entry] of composers.entries()) entry.overlay.requestLayout();
  });
  addEventListener("scroll", relayout, { capture: true, passive: true });
  addEventListener("resize", relayout, { passive: true });

  watch(site, composers);
  watchComposers(site, composers, client.composer);
  watchAttachments(composers, (entry, files) => {
    for (const file of files) entry.overlay.media.add(file);
  });

  if (document.body) composers.start();
  else addEventListener("DOMContentLoaded", () => composers.start(), { once: true });

  const debug = Object.freeze({
    site: site.id,
    composers: () => composers.entries().map(([editor, entry]) => ({
      kind: entry.definition.kind, connected: editor.isConnected, ...entry.overlay.snapshot(),
    })),
    timings: () => composers.entries().flatMap(([, entry]) => entry.overlay.stats.timings),
    meter: () => ({ ...meter }),
    recheck: () => Promise.all(composers.entries().map(([, entry]) => entry.overlay.flush({ force: true }))),
  });
  Object.defineProperty(globalThis, TEST_HOOK, {
    value: Object.freeze({ debug, Overlay, Underlines: highlights, sites, replyTemplates, protocol }),
  });
}

const site = sites.forHost(location.hostname);
if (site && !Object.hasOwn(globalThis, STARTED)) {
  Object.defineProperty(globalThis, STARTED, { value: true });
  start(site);
}
