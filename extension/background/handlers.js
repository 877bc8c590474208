// The background's answers, one handler per request kind of protocol.js.
"use strict";
(() => {
  const ns = (globalThis.postcheck ??= {});
  const { protocol, helperClient } = ns;
  const { REQUEST } = protocol;

  ns.handlers = Object.freeze({
    [REQUEST.check]: async ({ text, platform, postKind }) =>
      protocol.report(await helperClient.post("/v1/check", { text, platform, kind: postKind })),

    [REQUEST.activity]: async ({ event }) => {
      await helperClient.post("/v1/activity", event);
      return protocol.accepted();
    },

    [REQUEST.templates]: async () => {
      const answer = await helperClient.get("/v1/templates");
      return protocol.templateList(answer.templates ?? []);
    },

    // The metadata part only (never the picture); the helper answers image.* findings in /v1/check's shape.
    [REQUEST.media]: async ({ data, text }) =>
      protocol.mediaReport(await helperClient.post("/v1/media", { data, text })),

    [REQUEST.mediaClean]: async ({ data, name }) =>
      protocol.mediaCopy(await helperClient.post("/v1/media/clean", { data, name })),
  });
})();
