// HTTP to the helper for the extension's own pages (options, popup): any method, and the page marker header that
// the helper requires before it stores or reveals a secret. Only page-only handlers (handlers.js) use it; the
// relay of content-script requests goes through helper-client.js, which never adds the marker.
"use strict";
(() => {
  const ns = (globalThis.postcheck ??= {});
  const { pairing, helperClient } = ns;
  const TIMEOUT_MS = 5000;
  const PAGE_HEADER = "X-Postcheck-Context";
  const PAGE_VALUE = "extension-page";

  // Same bearer authentication as helper-client.js: when that one changes (request signing), this one follows.
  async function send({ url, token }, method, path, body) {
    const headers = { Authorization: `Bearer ${token}`, [PAGE_HEADER]: PAGE_VALUE };
    const init = { method, headers, signal: AbortSignal.timeout(TIMEOUT_MS) };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(`${url}${path}`, init);
  }

  async function attempt(paired, method, path, body) {
    try {
      const response = await send(paired, method, path, body);
      return response.status === 401 ? { stale: true } : { response };
    } catch (error) {
      if (error?.name === "TimeoutError") {
        throw new helperClient.HelperError(0, `helper did not answer ${path} within ${TIMEOUT_MS} ms`);
      }
      return { stale: true, error };
    }
  }

  async function request(method, path, body) {
    let outcome = await attempt(await pairing.current(), method, path, body);
    if (outcome.stale) outcome = await attempt(await pairing.repair(), method, path, body);
    if (outcome.stale) {
      throw new pairing.HelperDown(outcome.error ? `${path}: ${outcome.error.message}` : `${path}: token refused`);
    }
    const { response } = outcome;
    if (response.status === 204) return null;
    const payload = await response.json().catch(() => null);
    if (!response.ok) {
      throw new helperClient.HelperError(response.status,
        payload?.error?.message ?? `helper answered ${response.status} to ${path}`);
    }
    return payload;
  }

  const accountPath = (platform, handle) =>
    `/v1/accounts/${encodeURIComponent(platform)}/${encodeURIComponent(handle)}`;

  ns.pageClient = Object.freeze({ request, accountPath });
})();
