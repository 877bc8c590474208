// HTTP to the helper for the extension's own pages (options, popup): any method, signed like every request
// (helper-client.js), plus the page marker header the helper requires before it stores or reveals a secret. Only
// page-only handlers (handlers.js) use it; the relay of content-script requests never adds the marker.
"use strict";
(() => {
  const ns = (globalThis.postcheck ??= {});
  const { helperClient } = ns;
  const PAGE_MARKER = Object.freeze({ "X-Postcheck-Context": "extension-page" });

  const request = (method, path, body) => helperClient.request(method, path, body, PAGE_MARKER);

  const accountPath = (platform, handle) =>
    `/v1/accounts/${encodeURIComponent(platform)}/${encodeURIComponent(handle)}`;

  ns.pageClient = Object.freeze({ request, accountPath });
})();
