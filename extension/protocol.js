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
  });

  // Replies the background sends back.
  const REPLY = Object.freeze({
    report: "report",
    accepted: "accepted",
    templates: "templates",
    helperDown: "helper-down",
    failed: "failed",
  });

  const PLATFORMS = new Set(["twitter", "facebook", "instagram"]);
  const KINDS = new Set(["post", "reply"]);

  function platformOf(value) {
    if (!PLATFORMS.has(value)) throw new TypeError(`unknown platform ${JSON.stringify(value)}`);
    return value;
  }

  const protocol = Object.freeze({
    REQUEST,
    REPLY,
    check: (text, platform, kind) => {
      if (typeof text !== "string") throw new TypeError("check: text must be a string");
      if (!KINDS.has(kind)) throw new TypeError(`check: unknown kind ${JSON.stringify(kind)}`);
      return { kind: REQUEST.check, text, platform: platformOf(platform), postKind: kind };
    },
    // The activity event carries hashtags, media kinds and rule ids only: the text of a post never goes with it.
    // Whether a hashtag is one of the week's official ones is the helper's to say: it holds the policy.
    activity: ({ platform, hashtags, media, rulesShown }) => ({
      kind: REQUEST.activity,
      event: {
        type: "post-published",
        platform: platformOf(platform),
        hashtags: [...hashtags],
        media: [...media],
        rules_shown: [...rulesShown],
      },
    }),
    templates: () => ({ kind: REQUEST.templates }),

    report: (report) => ({ kind: REPLY.report, report }),
    accepted: () => ({ kind: REPLY.accepted }),
    templateList: (templates) => ({ kind: REPLY.templates, templates }),
    helperDown: (reason) => ({ kind: REPLY.helperDown, reason }),
    failed: (message) => ({ kind: REPLY.failed, message }),
  });

  if (typeof module === "object") module.exports = protocol;
  BACKGROUND: (globalThis.postcheck ??= {}).protocol = protocol;
})();
