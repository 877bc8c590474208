// Glue: picks the site, finds its composers, and wires each overlay to the background through the client.
"use strict";
(() => {
  const ns = globalThis.postcheck;
  const site = ns.sites.forHost(location.hostname);
  if (!site || ns.started) return;
  ns.started = true;

  const t = (key) => chrome.i18n.getMessage(key) || key;
  const strings = {
    ideal: t("panelIdeal"), limit: t("panelLimit"), collapse: t("panelCollapse"), expand: t("panelExpand"),
    guidelines: t("panelGuidelines"), noFindings: t("panelNoFindings"),
  };

  // A closed shadow root on body: the page cannot read or restyle what we draw, and we never touch its editors.
  const host = document.createElement("postcheck-overlay");
  const shadow = host.attachShadow({ mode: "closed" });
  const style = document.createElement("style");
  style.append(ns.overlayStyles);
  const layer = document.createElement("div");
  layer.className = "layer";
  shadow.append(style, layer);
  const mount = () => {
    if (!host.isConnected) document.body.append(host);
  };

  const check = async (text, kind) => {
    const result = await ns.client.check(text, site.platform, kind);
    // Some single-page apps rebuild body's children: put our layer back before drawing into it.
    mount();
    // The person reads the remedy in their language; the background's technical reason stays below it.
    return result.state === "helper-down" ? { ...result, message: t("helperDown"), detail: result.message } : result;
  };

  // The composer as a whole: the nearest ancestor that also holds the site's publish button.
  const submitSelector = site.submit.map(({ selector }) => selector).join(", ");
  const composerOf = (editor) => {
    for (let node = editor.parentElement, depth = 0; node && depth < 12; node = node.parentElement, depth += 1) {
      if (node.querySelector(submitSelector)) return node;
    }
    return editor;
  };

  const composers = new ns.Composers(site, (editor, definition) => {
    mount();
    let anchor = null;
    const overlay = new ns.Overlay({
      editor, layer, strings,
      check: (text) => check(text, definition.kind),
      anchor: () => (anchor?.isConnected && anchor.contains(editor) ? anchor : (anchor = composerOf(editor))),
    });
    if (definition.kind === "reply") ns.replyTemplates.attach(overlay, editor, definition, t);
    return overlay;
  });

  const withOverlay = (event, action) => {
    const found = composers.entryFor(event.target);
    if (found) action(found[1].overlay, found[0], found[1].definition);
  };
  document.addEventListener("input", ns.timed((event) => withOverlay(event, (overlay) => overlay.schedule())), true);
  // Coming back to a draft that could not be checked (helper down, an error) tries again without a keystroke.
  document.addEventListener("focusin", ns.timed((event) => withOverlay(event, (overlay) => {
    if (overlay.sentText && !overlay.report) overlay.flush({ force: true });
  })), true);
  const relayout = ns.timed(() => {
    for (const [, entry] of composers.entries()) entry.overlay.requestLayout();
  });
  addEventListener("scroll", relayout, { capture: true, passive: true });
  addEventListener("resize", relayout, { passive: true });

  ns.publishing.watch(site, composers);

  const start = () => composers.start();
  if (document.body) start();
  else addEventListener("DOMContentLoaded", start, { once: true });

  // Read by the browser tests and the benchmark from this extension's isolated world, never from the page.
  ns.debug = Object.freeze({
    site: site.id,
    composers: () => composers.entries().map(([editor, entry]) => ({
      kind: entry.definition.kind, connected: editor.isConnected, ...entry.overlay.snapshot(),
    })),
    timings: () => composers.entries().flatMap(([, entry]) => entry.overlay.stats.timings),
    meter: () => ({ ...ns.meter }),
    recheck: () => Promise.all(composers.entries().map(([, entry]) => entry.overlay.flush({ force: true }))),
  });
})();
