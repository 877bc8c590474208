// postcheck's background: routes each typed request from a content script to its handler and answers in kind.
"use strict";
// Chrome runs this file alone as a service worker; Firefox loads the same files from manifest "scripts" instead.
if (typeof importScripts === "function") {
  importScripts("../protocol.js", "pairing.js", "signing.js", "helper-client.js", "page-client.js", "handlers.js",
                "badge.js", "focus.js");
}

(() => {
  const ns = globalThis.postcheck;
  const { protocol, handlers, pairing, senderGate } = ns;

  async function answer(message, sender) {
    const handler = Object.hasOwn(handlers, message?.kind) ? handlers[message.kind] : null;
    if (!handler) return protocol.failed(`unknown request kind ${JSON.stringify(message?.kind)}`);
    if (!senderGate.allows(message.kind, sender)) {
      return protocol.refused(`${message.kind} is answered only for postcheck's own pages, never for a web page`);
    }
    try {
      return await handler(message);
    } catch (error) {
      if (error instanceof pairing.HelperDown) return protocol.helperDown(error.detail);
      return protocol.failed(error?.message ?? String(error));
    }
  }

  chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own content scripts and pages talk to the background.
    if (sender.id !== chrome.runtime.id) return false;
    answer(message, sender).then(sendResponse);
    return true;
  });

  // The same entry point for tests in the worker (a page cannot reach the worker's global scope).
  ns.dispatch = answer;
})();
