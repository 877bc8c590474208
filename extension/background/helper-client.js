// Talks HTTP to the paired helper: signed requests (background/signing.js), JSON bodies, answers proved by the helper.
// Before any body leaves (a draft, an event), the helper proves it holds the token by answering a fresh nonce; any
// failure — refused connection, refused signature, an answer without a valid proof — re-pairs once through native
// messaging, which the OS protects, and the body goes only to a helper that proved itself.
"use strict";
(() => {
  const ns = (globalThis.postcheck ??= {});
  const { pairing, signing } = ns;
  const TIMEOUT_MS = 5000;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  // A helper answer that is not a success; the message is the helper's own {"error": {...}} text when it has one.
  class HelperError extends Error {
    constructor(status, message) {
      super(message);
      this.name = "HelperError";
      this.status = status;
    }
  }

  // One signed round trip: {status, ok, bytes, proved}.
  async function exchange({ url, token }, method, path, bytes, extraHeaders = {}) {
    const { headers, nonce } = await signing.sign(token, method, `${url}${path}`, bytes);
    Object.assign(headers, extraHeaders);
    const init = { method, headers, signal: AbortSignal.timeout(TIMEOUT_MS) };
    if (bytes !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = bytes;
    }
    const response = await fetch(`${url}${path}`, init);
    const answer = new Uint8Array(await response.arrayBuffer());
    const proved = await signing.proves(token, nonce, response.status, answer, response.headers.get(signing.PROOF_HEADER));
    return { status: response.status, ok: response.ok, bytes: answer, proved };
  }

  // {answer} from a helper that proved it holds the token, or {stale, reason} (never a path: the panel shows it).
  async function attempt(paired, method, path, bytes, extraHeaders) {
    try {
      if (bytes !== undefined) {
        const challenge = await exchange(paired, "GET", "/v1/health");
        if (!challenge.proved || challenge.status !== 200) {
          return { stale: true, reason: challenge.status === 401 ? "signature refused" : "helper not proved" };
        }
      }
      const answer = await exchange(paired, method, path, bytes, extraHeaders);
      if (!answer.proved) return { stale: true, reason: answer.status === 401 ? "signature refused" : "answer not proved" };
      return { answer };
    } catch (error) {
      if (error?.name === "TimeoutError") throw new HelperError(0, `helper did not answer ${path} within ${TIMEOUT_MS} ms`);
      return { stale: true, reason: "connection failed" };
    }
  }

  // `extraHeaders`: only page-client.js adds one (the extension-page marker of the vault's routes).
  async function request(method, path, body, extraHeaders = {}) {
    const bytes = body === undefined ? undefined : encoder.encode(JSON.stringify(body));
    let outcome = await attempt(await pairing.current(), method, path, bytes, extraHeaders);
    if (outcome.stale) outcome = await attempt(await pairing.repair(), method, path, bytes, extraHeaders);
    if (outcome.stale) throw new pairing.HelperDown(`${path}: ${outcome.reason}`);
    const { answer } = outcome;
    if (answer.status === 204) return null;
    let payload = null;
    try {
      payload = JSON.parse(decoder.decode(answer.bytes));
    } catch {
      payload = null;
    }
    if (!answer.ok) {
      throw new HelperError(answer.status, payload?.error?.message ?? `helper answered ${answer.status} to ${path}`);
    }
    return payload;
  }

  // GET a non-JSON answer (the report's HTML) as text, from a helper that proved itself like any other answer.
  async function getText(path) {
    let outcome = await attempt(await pairing.current(), "GET", path, undefined);
    if (outcome.stale) outcome = await attempt(await pairing.repair(), "GET", path, undefined);
    if (outcome.stale) throw new pairing.HelperDown(`${path}: ${outcome.reason}`);
    const text = decoder.decode(outcome.answer.bytes);
    if (!outcome.answer.ok) {
      let message = `helper answered ${outcome.answer.status} to ${path}`;
      try {
        message = JSON.parse(text)?.error?.message ?? message;
      } catch {
        // not JSON: keep the status line
      }
      throw new HelperError(outcome.answer.status, message);
    }
    return text;
  }

  ns.helperClient = Object.freeze({
    getText,
    get: (path) => request("GET", path),
    post: (path, body) => request("POST", path, body),
    request,
    HelperError,
  });
})();
