// The background's answers, one handler per request kind of protocol.js.
"use strict";
(() => {
  const ns = (globalThis.postcheck ??= {});
  const { protocol, helperClient, pageClient } = ns;
  const { REQUEST } = protocol;
  const at = ({ platform, handle }) => pageClient.accountPath(platform, handle);

  // True only for a message from one of the extension's own pages: its URL is inside the extension and its origin
  // (Chrome 80+ sets sender.origin) is the extension's. A content script's sender carries the site's URL and origin
  // (https://x.com/…), whatever the page does; our pages are not web-accessible, so no site can frame them.
  function fromExtensionPage(sender) {
    const base = chrome.runtime.getURL("");
    if (sender?.id !== chrome.runtime.id || typeof sender.url !== "string" || !sender.url.startsWith(base)) {
      return false;
    }
    return sender.origin === undefined || sender.origin === new URL(base).origin;
  }

  // The background's gate, applied before any handler runs (service-worker.js).
  ns.senderGate = Object.freeze({
    allows: (kind, sender) => !protocol.PAGE_ONLY.has(kind) || fromExtensionPage(sender),
    fromExtensionPage,
  });

  // Every activity changes the checklist: the badge follows at once (badge.js loads after this file).
  async function record(event) {
    await helperClient.post("/v1/activity", event);
    ns.badge?.refresh();
    return protocol.accepted();
  }

  const query = (at) => (at ? `?at=${encodeURIComponent(at)}` : "");
  // The findings' texts in the language of the panel around them: the locale chrome.i18n picked for our messages
  // (getUILanguage() can disagree with it), one of the helper's en, fr, es.
  const lang = (() => {
    const code = chrome.i18n.getMessage("findingsLanguage");
    return ["fr", "es"].includes(code) ? code : "en";
  })();

  ns.handlers = Object.freeze({
    // Rebuilt from the checked fields only; an addressee that is not a short string is left out.
    [REQUEST.check]: async ({ text, platform, postKind, addressee }) =>
      protocol.report(await helperClient.post("/v1/check", {
        text, platform, kind: postKind, lang,
        ...(typeof addressee === "string" && addressee.length <= 200 ? { addressee } : {}),
      })),

    [REQUEST.activity]: async ({ event }) => record(event),

    // Rebuilt from the two checked fields only: nothing else a content script adds reaches the helper.
    [REQUEST.composer]: async ({ platform, structure }) => {
      const { structure: checked } = protocol.composer(platform, structure ?? null);
      return record(checked ? { type: "composer-unrecognised", platform, structure: checked }
        : { type: "composer-recognised", platform });
    },

    [REQUEST.templates]: async () => {
      const answer = await helperClient.get("/v1/templates");
      return protocol.templateList(answer.templates ?? []);
    },

    // The metadata part only (never the picture); the helper answers image.* findings in /v1/check's shape.
    [REQUEST.media]: async ({ data, text }) =>
      protocol.mediaReport(await helperClient.post("/v1/media", { data, text, lang })),

    [REQUEST.mediaClean]: async ({ data, name }) =>
      protocol.mediaCopy(await helperClient.post("/v1/media/clean", { data, name })),

    [REQUEST.checklist]: async ({ at }) => {
      const [today, week] = await Promise.all([
        helperClient.get(`/v1/checklist/today${query(at)}`),
        helperClient.get(`/v1/checklist/week${query(at)}`),
      ]);
      return protocol.checklistAnswer(today, week);
    },

    [REQUEST.tick]: async ({ item }) => record({ type: "item-ticked", item }),

    [REQUEST.untick]: async ({ item }) => record({ type: "item-unticked", item }),

    [REQUEST.officialHashtags]: async ({ hashtags }) => record({ type: "official-hashtags-set", hashtags }),

    [REQUEST.markNegative]: async ({ platform }) => record({ type: "review-marked-negative", platform }),

    // The vault: page-only kinds (protocol.PAGE_ONLY), through pageClient, which marks them as page requests.
    [REQUEST.accounts]: async () => {
      const answer = await pageClient.request("GET", "/v1/accounts");
      return protocol.accountList(answer.accounts ?? []);
    },

    [REQUEST.saveAccount]: async (message) =>
      protocol.account(await pageClient.request("PUT", at(message), message.fields)),

    [REQUEST.removeAccount]: async (message) => {
      await pageClient.request("DELETE", at(message));
      return protocol.removed();
    },

    [REQUEST.setSecret]: async (message) =>
      protocol.account(await pageClient.request("PUT", `${at(message)}/secret`, message.secret)),

    [REQUEST.revealSecret]: async (message) => {
      const answer = await pageClient.request("POST", `${at(message)}/secret/reveal`, { purpose: message.purpose });
      return protocol.secret(answer.password);
    },

    [REQUEST.ocuReport]: async ({ week, at: moment }) => {
      const query = new URLSearchParams({ format: "html" });
      if (week) query.set("week", week);
      if (moment) query.set("at", moment);
      return protocol.reportHtml(await helperClient.getText(`/v1/report?${query}`));
    },

    [REQUEST.totpCode]: async (message) => protocol.totp(await pageClient.request("POST", `${at(message)}/totp`, {})),
  });
})();
