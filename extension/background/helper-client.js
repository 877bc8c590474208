// Talks HTTP to the paired helper: bearer token, JSON bodies, one re-pairing on 401 or a vanished helper.
"use strict";
(() => {
  const ns = (globalThis.postcheck ??= {});
  const { pairing } = ns;
  const TIMEOUT_MS = 5000;

  // A helper answer that is not a success; the message is the helper's own {"error": {...}} text when it has one.
  class HelperError extends Error {
    constructor(status, message) {
      super(message);
      this.name = "HelperError";
      this.status = status;
    }
  }

  async function send({ url, token }, method, path, body) {
    const init = {
      method,
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(`${url}${path}`, init);
  }

  // A refused connection or a 401 both mean the helper we paired with is gone or restarted with a new token.
  async function attempt(paired, method, path, body) {
    try {
      const response = await send(paired, method, path, body);
      return response.status === 401 ? { stale: true } : { response };
    } catch (error) {
      if (error?.name === "TimeoutError") throw new HelperError(0, `helper did not answer ${path} within ${TIMEOUT_MS} ms`);
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
    const payload = await response.json().catch(() => null);
    if (!response.ok) {
      throw new HelperError(response.status, payload?.error?.message ?? `helper answered ${response.status} to ${path}`);
    }
    return payload;
  }

  ns.helperClient = Object.freeze({
    get: (path) => request("GET", path),
    post: (path, body) => request("POST", path, body),
    HelperError,
  });
})();
