// Every message between content scripts and the background is one of these typed {kind} records, built only here.
// One file, two loaders: the background loads it as a classic script (importScripts in Chrome, manifest "scripts" in
// Firefox) and reads `postcheck.protocol`; the content bundle imports it as a CommonJS module, and its build drops the
// statement labelled BACKGROUND (esbuild --drop-labels), so the content script has no global a page could shadow.
"use strict";
(() => {

  // Requests a content script may send; the background's dispatch map has exactly these keys.
  const REQUEST = Object.freeze({
    check: "check",
    activity: "activity",
    templates: "templates",
    media: "media",
    mediaClean: "media-clean",
    // From the popup: today's checklist and the week; ticks and undos; the week's official hashtags; a negative review.
    checklist: "checklist",
    tick: "tick",
    untick: "untick",
    officialHashtags: "official-hashtags",
    markNegative: "mark-negative",
    // The composer watch (content/watch.js): a known composer, or an unknown box, got the person's typing.
    composer: "composer",
    // The vault: only the extension's own pages (options, popup) may send these; the background refuses them
    // from content scripts (see PAGE_ONLY).
    accounts: "accounts",
    saveAccount: "save-account",
    removeAccount: "remove-account",
    setSecret: "set-secret",
    revealSecret: "reveal-secret",
    totpCode: "totp-code",
    // From the popup's "This week's report" page: the report to OCU as HTML (issue 14).
    ocuReport: "ocu-report",
  });

  // Request kinds the background answers only for the extension's own pages, never for a content script.
  const PAGE_ONLY = Object.freeze(new Set([
    REQUEST.accounts, REQUEST.saveAccount, REQUEST.removeAccount, REQUEST.setSecret, REQUEST.revealSecret,
    REQUEST.totpCode, REQUEST.ocuReport,
  ]));

  // Replies the background sends back.
  const REPLY = Object.freeze({
    report: "report",
    accepted: "accepted",
    templates: "templates",
    mediaReport: "media-report",
    mediaCopy: "media-copy",
    checklist: "checklist",
    helperDown: "helper-down",
    failed: "failed",
    accounts: "accounts",
    account: "account",
    removed: "removed",
    secret: "secret",
    totp: "totp",
    refused: "refused",
    reportHtml: "report-html",
  });

  const HANDLE = /^[0-9A-Za-z_.\-\u00C0-\u024F]{1,100}$/;

  function accountOf(platform, handle) {
    if (typeof platform !== "string" || !/^[a-z]{1,20}$/.test(platform)) {
      throw new TypeError(`unknown platform ${JSON.stringify(platform)}`);
    }
    if (typeof handle !== "string" || !HANDLE.test(handle)) throw new TypeError(`bad handle ${JSON.stringify(handle)}`);
    return { platform, handle };
  }

  const PLATFORMS = new Set(["twitter", "facebook", "instagram", "youtube"]);
  const KINDS = new Set(["post", "reply"]);

  function platformOf(value) {
    if (!PLATFORMS.has(value)) throw new TypeError(`unknown platform ${JSON.stringify(value)}`);
    return value;
  }

  const protocol = Object.freeze({
    REQUEST,
    REPLY,
    PAGE_ONLY,
    // `addressee`: for a reply, the name of the person it answers when the box shows it (at most 200 characters).
    check: (text, platform, kind, addressee = null) => {
      if (typeof text !== "string") throw new TypeError("check: text must be a string");
      if (!KINDS.has(kind)) throw new TypeError(`check: unknown kind ${JSON.stringify(kind)}`);
      const named = typeof addressee === "string" && addressee.trim() ? { addressee: addressee.slice(0, 200) } : {};
      return { kind: REQUEST.check, text, platform: platformOf(platform), postKind: kind, ...named };
    },
    // The activity event carries hashtags, media kinds and rule ids only: the text of a post never goes with it.
    // Whether a hashtag is one of the week's official ones is the helper's to say: it holds the policy.
    // `postKind` "reply" lets a published reply clear an open reply deadline; absent, the helper takes a post.
    activity: ({ platform, hashtags, media, rulesShown, postKind }) => ({
      kind: REQUEST.activity,
      event: {
        type: "post-published",
        platform: platformOf(platform),
        ...(KINDS.has(postKind) ? { kind: postKind } : {}),
        hashtags: [...hashtags],
        media: [...media],
        rules_shown: [...rulesShown],
      },
    }),
    // `structure` null: a known composer was typed in; else the 16-hex-digit hash of an unknown box's structure.
    // Never its text, label or URL: the helper refuses any other field.
    composer: (platform, structure = null) => {
      if (structure !== null && !(typeof structure === "string" && /^[0-9a-f]{16}$/.test(structure))) {
        throw new TypeError("composer: structure must be 16 hex digits or null");
      }
      return { kind: REQUEST.composer, platform: platformOf(platform), structure };
    },
    templates: () => ({ kind: REQUEST.templates }),
    // An attached photo's metadata part (content/media/metadata-slice.js), base64: runtime messages are JSON in
    // Chrome, so an ArrayBuffer would not survive. The post's text goes with it for the credit check.
    media: (data, text) => {
      if (typeof data !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw new TypeError("media: data must be base64");
      if (typeof text !== "string") throw new TypeError("media: text must be a string");
      return { kind: REQUEST.media, data, text };
    },
    // "Save a copy without location and personal data": the whole photo, base64, only on the person's click. The
    // helper writes the copy into the user's Downloads (never a folder the page names) and answers where.
    mediaClean: (data, name) => {
      if (typeof data !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw new TypeError("mediaClean: data must be base64");
      if (typeof name !== "string") throw new TypeError("mediaClean: name must be a string");
      return { kind: REQUEST.mediaClean, data, name };
    },
    // `at` (ISO 8601 with an offset, or null for now) shows another moment: the screenshots and tests use it.
    checklist: (at = null) => ({ kind: REQUEST.checklist, at: typeof at === "string" && at ? at : null }),
    tick: (item) => ({ kind: REQUEST.tick, item: String(item) }),
    untick: (item) => ({ kind: REQUEST.untick, item: String(item) }),
    officialHashtags: (hashtags) => ({
      kind: REQUEST.officialHashtags,
      hashtags: hashtags.map((tag) => String(tag).replace(/^#+/, "")).filter(Boolean),
    }),
    markNegative: (platform) => ({ kind: REQUEST.markNegative, platform: platformOf(platform) }),
    accounts: () => ({ kind: REQUEST.accounts }),
    // `fields`: url, location, manager, created, requirements ({id: "YYYY-MM-DD" | null}); the helper validates them.
    saveAccount: (platform, handle, fields) => ({ kind: REQUEST.saveAccount, ...accountOf(platform, handle),
      fields: { ...fields } }),
    removeAccount: (platform, handle) => ({ kind: REQUEST.removeAccount, ...accountOf(platform, handle) }),
    setSecret: (platform, handle, { password, totpSeed }) => ({ kind: REQUEST.setSecret, ...accountOf(platform, handle),
      secret: { ...(password ? { password } : {}), ...(totpSeed ? { totp_seed: totpSeed } : {}) } }),
    // purpose "reveal" (shown) or "copy" (put on the clipboard): the helper logs which.
    revealSecret: (platform, handle, purpose) => ({ kind: REQUEST.revealSecret, ...accountOf(platform, handle),
      purpose: purpose === "copy" ? "copy" : "reveal" }),
    totpCode: (platform, handle) => ({ kind: REQUEST.totpCode, ...accountOf(platform, handle) }),

    report: (report) => ({ kind: REPLY.report, report }),
    accepted: () => ({ kind: REPLY.accepted }),
    templateList: (templates) => ({ kind: REPLY.templates, templates }),
    mediaReport: (report) => ({ kind: REPLY.mediaReport, report }),
    mediaCopy: ({ path, name }) => ({ kind: REPLY.mediaCopy, path, name }),
    checklistAnswer: (today, week) => ({ kind: REPLY.checklist, today, week }),
    helperDown: (reason) => ({ kind: REPLY.helperDown, reason }),
    failed: (message) => ({ kind: REPLY.failed, message }),
    accountList: (accounts) => ({ kind: REPLY.accounts, accounts }),
    account: (account) => ({ kind: REPLY.account, account }),
    removed: () => ({ kind: REPLY.removed }),
    secret: (password) => ({ kind: REPLY.secret, password }),
    totp: ({ code, valid_for: validFor, period }) => ({ kind: REPLY.totp, code, validFor, period }),
    refused: (message) => ({ kind: REPLY.refused, message }),
    // `week` "2026-W49" (null: the helper's default, the last complete week); `at` as in checklist().
    ocuReport: (week = null, at = null) => ({ kind: REQUEST.ocuReport,
      week: /^\d{4}-W\d{2}$/.test(week ?? "") ? week : null, at: typeof at === "string" && at ? at : null }),
    reportHtml: (html) => ({ kind: REPLY.reportHtml, html }),
  });

  if (typeof module === "object") module.exports = protocol;
  BACKGROUND: (globalThis.postcheck ??= {}).protocol = protocol;
})();
