// The only module that sends messages to the background: each call builds a protocol record and reads its typed reply.
import protocol from "../protocol.js";

const { REPLY } = protocol;

async function send(message) {
  try {
    return (await chrome.runtime.sendMessage(message)) ?? protocol.failed("the background sent no answer");
  } catch (error) {
    // After an extension update the old content script is orphaned; say so rather than throw into the page.
    return protocol.failed(`postcheck's background is unreachable (${error?.message ?? error}); reload the page`);
  }
}

// Overlay results: {report} or {state, message}.
function asResult(reply) {
  if (reply.kind === REPLY.report) return { report: reply.report };
  if (reply.kind === REPLY.helperDown) return { state: "helper-down", message: reply.reason };
  return { state: "failed", message: reply.message ?? `unexpected answer ${reply.kind}` };
}

// At most one check in flight for the whole tab: each overlay already waits for its own answer, and a page that makes
// many composers still gets one check at a time; a check queued behind another is sent when that one is answered.
let lastCheck = Promise.resolve();

function check(text, platform, kind, addressee = null) {
  const message = protocol.check(text, platform, kind, addressee);
  const answer = lastCheck.then(async () => asResult(await send(message)));
  lastCheck = answer.catch(() => undefined);
  return answer;
}

export const client = Object.freeze({
  check,
  activity: (event) => send(protocol.activity(event)),
  composer: (platform, structure) => send(protocol.composer(platform, structure)),
  // A review or comment marked negative: the helper opens its 24 h reply deadline.
  markNegative: async (platform) => {
    const reply = await send(protocol.markNegative(platform));
    return reply.kind === REPLY.accepted ? { accepted: true } : asResult(reply);
  },
  // An attached file's metadata part (base64): {report} (findings, image_kinds) or {state, message}.
  media: async (data, text) => {
    const reply = await send(protocol.media(data, text));
    return reply.kind === REPLY.mediaReport ? { report: reply.report } : asResult(reply);
  },
  // The whole file (base64), on the person's click only: {path, name} of the copy in Downloads, or {state, message}.
  mediaClean: async (data, name) => {
    const reply = await send(protocol.mediaClean(data, name));
    return reply.kind === REPLY.mediaCopy ? { path: reply.path, name: reply.name } : asResult(reply);
  },
  templates: async () => {
    const reply = await send(protocol.templates());
    return reply.kind === REPLY.templates ? { templates: reply.templates } : asResult(reply);
  },
});
