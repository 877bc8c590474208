// Pairs with the local helper through native messaging ("hello") and keeps its address and token in storage.session.
"use strict";
(() => {
  const ns = (globalThis.postcheck ??= {});
  const HOST = "int.iom.postcheck";
  const STORAGE_KEY = "pairing";
  const INSTALL_HINT = "helper not running — run `postcheck install`";

  // Absolute file paths (they name the user's account): never in a message a page's tab shows. API paths stay.
  const FILE_PATH = /(?:~|\b[A-Za-z]:)?[\\/](?!v1\/)[^\s\\/'"`]+(?:[\\/][^\s\\/'"`]*)+/g;
  const withoutPaths = (text) => String(text).replace(FILE_PATH, "…");

  // Raised whenever the helper cannot be reached; the panel shows its message instead of failing silently. Its
  // detail names what failed in our own words, never a local path (the full reason goes to the background's console).
  class HelperDown extends Error {
    constructor(detail) {
      super(`${INSTALL_HINT} (${withoutPaths(detail)})`);
      this.name = "HelperDown";
      this.detail = withoutPaths(detail);
    }
  }

  // Several tabs may ask at once after the worker wakes up: they share one native round trip.
  let pending = null;

  async function hello() {
    let answer;
    try {
      answer = await chrome.runtime.sendNativeMessage(HOST, { kind: "hello" });
    } catch (error) {
      throw new HelperDown(`native host ${HOST}: ${error?.message ?? error}`);
    }
    if (answer?.kind !== "hello" || typeof answer.url !== "string" || typeof answer.token !== "string") {
      // The host's message may name files under the user's home: only its code goes further.
      if (answer?.error?.message) console.warn(`postcheck: native host ${HOST}: ${answer.error.message}`);
      throw new HelperDown(`native host ${HOST} answered ${answer?.error?.code ?? "without url and token"}`);
    }
    if (!/^http:\/\/127\.0\.0\.1:\d{1,5}\/?$/.test(answer.url)) {
      throw new HelperDown(`native host ${HOST} gave an address that is not this machine's loopback`);
    }
    const pairing = { url: answer.url.replace(/\/+$/, ""), token: answer.token, version: answer.version ?? null };
    // storage.session lives in memory only and is not readable by content scripts (default access level).
    await chrome.storage.session.set({ [STORAGE_KEY]: pairing });
    return pairing;
  }

  function pair() {
    pending ??= hello().finally(() => {
      pending = null;
    });
    return pending;
  }

  async function current() {
    const { [STORAGE_KEY]: stored } = await chrome.storage.session.get(STORAGE_KEY);
    return stored ?? pair();
  }

  async function repair() {
    await chrome.storage.session.remove(STORAGE_KEY);
    return pair();
  }

  ns.pairing = Object.freeze({ current, repair, HelperDown, INSTALL_HINT });
})();
