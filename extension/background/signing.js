// Signs requests to the helper and checks the proofs of its answers, as helper/postcheck/server/signing.py does:
// the token stays in the extension (storage.session) and never goes on the wire.
"use strict";
(() => {
  const ns = (globalThis.postcheck ??= {});
  const SCHEME = "Postcheck-HMAC-SHA256";
  const PROOF_HEADER = "Postcheck-Proof";
  const NONCE_BYTES = 16;
  const encoder = new TextEncoder();
  // One imported HMAC key per token: importKey costs more than the HMAC of a tweet.
  const keys = new Map();

  const base64url = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const hex = (buffer) => Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, "0")).join("");

  function keyFor(token) {
    if (!keys.has(token)) {
      keys.clear();
      keys.set(token, crypto.subtle.importKey("raw", encoder.encode(token), { name: "HMAC", hash: "SHA-256" }, false,
        ["sign"]));
    }
    return keys.get(token);
  }

  async function mac(token, message) {
    return base64url(await crypto.subtle.sign("HMAC", await keyFor(token), encoder.encode(message)));
  }

  const bodyHash = async (bytes) => hex(await crypto.subtle.digest("SHA-256", bytes ?? new Uint8Array()));

  // {headers: {Authorization}, nonce} for `method` on `url` (http://127.0.0.1:port/path?query) with `bytes` as body.
  async function sign(token, method, url, bytes) {
    const { host, pathname, search } = new URL(url);
    const ts = String(Math.floor(Date.now() / 1000));
    const nonce = base64url(crypto.getRandomValues(new Uint8Array(NONCE_BYTES)));
    const message = ["postcheck-request-v1", method.toUpperCase(), host, pathname + search, ts, nonce,
      await bodyHash(bytes)].join("\n");
    return { headers: { Authorization: `${SCHEME} ts=${ts}, nonce=${nonce}, sig=${await mac(token, message)}` }, nonce };
  }

  // Whether an answer (status, body bytes, its Postcheck-Proof header) comes from the holder of `token`.
  async function proves(token, nonce, status, bytes, proof) {
    if (typeof proof !== "string") return false;
    const expected = await mac(token, ["postcheck-response-v1", nonce, String(status), await bodyHash(bytes)].join("\n"));
    return expected === proof;
  }

  ns.signing = Object.freeze({ sign, proves, SCHEME, PROOF_HEADER });
})();
