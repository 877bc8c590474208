// The background's answers, one handler per request kind of protocol.js.
"use strict";
(() => {
  const ns = (globalThis.postcheck ??= {});
  const { protocol, helperClient } = ns;
  const { REQUEST } = protocol;

  // Every activity changes the checklist: the badge follows at once (badge.js loads after this file).
  async function record(event) {
    await helperClient.post("/v1/activity", event);
    ns.badge?.refresh();
    return protocol.accepted();
  }

  const query = (at) => (at ? `?at=${encodeURIComponent(at)}` : "");

  ns.handlers = Object.freeze({
    [REQUEST.check]: async ({ text, platform, postKind }) =>
      protocol.report(await helperClient.post("/v1/check", { text, platform, kind: postKind })),

    [REQUEST.activity]: async ({ event }) => record(event),

    [REQUEST.templates]: async () => {
      const answer = await helperClient.get("/v1/templates");
      return protocol.templateList(answer.templates ?? []);
    },

    // The metadata part only (never the picture); the helper answers image.* findings in /v1/check's shape.
    [REQUEST.media]: async ({ data, text }) =>
      protocol.mediaReport(await helperClient.post("/v1/media", { data, text })),

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
  });
})();
