(() => {
  var __create = Object.create;
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __getProtoOf = Object.getPrototypeOf;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __commonJS = (cb, mod) => function __require() {
    try {
      return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
    } catch (e) {
      throw mod = 0, e;
    }
  };
  var __export = (target, all2) => {
    for (var name in all2)
      __defProp(target, name, { get: all2[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
    // If the importer is in node compatibility mode or this is not an ESM
    // file that has been converted to a CommonJS file using a Babel-
    // compatible transform (i.e. "__esModule" has not been set), then set
    // "default" to the CommonJS "module.exports" for node compatibility.
    isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
    mod
  ));

  // protocol.js
  var require_protocol = __commonJS({
    "protocol.js"(exports, module) {
      "use strict";
      (() => {
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
          ocuReport: "ocu-report"
        });
        const PAGE_ONLY = Object.freeze(/* @__PURE__ */ new Set([
          REQUEST.accounts,
          REQUEST.saveAccount,
          REQUEST.removeAccount,
          REQUEST.setSecret,
          REQUEST.revealSecret,
          REQUEST.totpCode,
          REQUEST.ocuReport
        ]));
        const REPLY2 = Object.freeze({
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
          reportHtml: "report-html"
        });
        const HANDLE = /^[0-9A-Za-z_.\-\u00C0-\u024F]{1,100}$/;
        function accountOf(platform, handle) {
          if (typeof platform !== "string" || !/^[a-z]{1,20}$/.test(platform)) {
            throw new TypeError(`unknown platform ${JSON.stringify(platform)}`);
          }
          if (typeof handle !== "string" || !HANDLE.test(handle)) throw new TypeError(`bad handle ${JSON.stringify(handle)}`);
          return { platform, handle };
        }
        const PLATFORMS = /* @__PURE__ */ new Set(["twitter", "facebook", "instagram", "youtube"]);
        const KINDS = /* @__PURE__ */ new Set(["post", "reply"]);
        function platformOf(value) {
          if (!PLATFORMS.has(value)) throw new TypeError(`unknown platform ${JSON.stringify(value)}`);
          return value;
        }
        const protocol3 = Object.freeze({
          REQUEST,
          REPLY: REPLY2,
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
              ...KINDS.has(postKind) ? { kind: postKind } : {},
              hashtags: [...hashtags],
              media: [...media],
              rules_shown: [...rulesShown]
            }
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
            hashtags: hashtags.map((tag) => String(tag).replace(/^#+/, "")).filter(Boolean)
          }),
          markNegative: (platform) => ({ kind: REQUEST.markNegative, platform: platformOf(platform) }),
          accounts: () => ({ kind: REQUEST.accounts }),
          // `fields`: url, location, manager, created, requirements ({id: "YYYY-MM-DD" | null}); the helper validates them.
          saveAccount: (platform, handle, fields) => ({
            kind: REQUEST.saveAccount,
            ...accountOf(platform, handle),
            fields: { ...fields }
          }),
          removeAccount: (platform, handle) => ({ kind: REQUEST.removeAccount, ...accountOf(platform, handle) }),
          setSecret: (platform, handle, { password, totpSeed }) => ({
            kind: REQUEST.setSecret,
            ...accountOf(platform, handle),
            secret: { ...password ? { password } : {}, ...totpSeed ? { totp_seed: totpSeed } : {} }
          }),
          // purpose "reveal" (shown) or "copy" (put on the clipboard): the helper logs which.
          revealSecret: (platform, handle, purpose) => ({
            kind: REQUEST.revealSecret,
            ...accountOf(platform, handle),
            purpose: purpose === "copy" ? "copy" : "reveal"
          }),
          totpCode: (platform, handle) => ({ kind: REQUEST.totpCode, ...accountOf(platform, handle) }),
          report: (report2) => ({ kind: REPLY2.report, report: report2 }),
          accepted: () => ({ kind: REPLY2.accepted }),
          templateList: (templates) => ({ kind: REPLY2.templates, templates }),
          mediaReport: (report2) => ({ kind: REPLY2.mediaReport, report: report2 }),
          mediaCopy: ({ path, name }) => ({ kind: REPLY2.mediaCopy, path, name }),
          checklistAnswer: (today, week) => ({ kind: REPLY2.checklist, today, week }),
          helperDown: (reason) => ({ kind: REPLY2.helperDown, reason }),
          failed: (message) => ({ kind: REPLY2.failed, message }),
          accountList: (accounts) => ({ kind: REPLY2.accounts, accounts }),
          account: (account) => ({ kind: REPLY2.account, account }),
          removed: () => ({ kind: REPLY2.removed }),
          secret: (password) => ({ kind: REPLY2.secret, password }),
          totp: ({ code, valid_for: validFor, period }) => ({ kind: REPLY2.totp, code, validFor, period }),
          refused: (message) => ({ kind: REPLY2.refused, message }),
          // `week` "2026-W49" (null: the helper's default, the last complete week); `at` as in checklist().
          ocuReport: (week = null, at = null) => ({
            kind: REQUEST.ocuReport,
            week: /^\d{4}-W\d{2}$/.test(week ?? "") ? week : null,
            at: typeof at === "string" && at ? at : null
          }),
          reportHtml: (html) => ({ kind: REPLY2.reportHtml, html })
        });
        if (typeof module === "object") module.exports = protocol3;
      })();
    }
  });

  // content/overlay/meter.js
  var meter = { ms: 0, calls: 0 };
  var depth = 0;
  function timed(fn) {
    return function measured(...args) {
      if (depth > 0) return fn.apply(this, args);
      depth += 1;
      const began = performance.now();
      try {
        return fn.apply(this, args);
      } finally {
        depth -= 1;
        meter.ms += performance.now() - began;
        meter.calls += 1;
      }
    };
  }

  // content/attachments.js
  var DIALOG = '[role="dialog"]';
  function kindOf(file) {
    if (file.type.startsWith("image/")) return "photo";
    if (file.type.startsWith("video/")) return "video";
    return null;
  }
  function dialogOf(node) {
    let dialog = (node instanceof Element ? node : node.parentElement)?.closest(DIALOG) ?? null;
    for (let outer = dialog?.parentElement?.closest(DIALOG); outer; outer = outer.parentElement?.closest(DIALOG)) {
      dialog = outer;
    }
    return dialog;
  }
  function watchAttachments(composers, onAttach) {
    const waiting = /* @__PURE__ */ new WeakMap();
    const give = (entry, media) => {
      entry.attached = [...entry.attached ?? [], ...media];
      onAttach(entry, media);
    };
    const attach2 = (node, targets, files) => {
      const media = [...files].filter(kindOf);
      if (!media.length) return;
      if (targets.length) {
        give(targets[0].entry, media);
        return;
      }
      const dialog = dialogOf(node);
      if (dialog) waiting.set(dialog, [...waiting.get(dialog) ?? [], ...media]);
    };
    composers.onTrack((editor, entry) => {
      const dialog = dialogOf(editor);
      const media = dialog ? waiting.get(dialog) : void 0;
      if (!media) return;
      waiting.delete(dialog);
      give(entry, media);
    });
    const inside = (node) => {
      const found = composers.entryFor(node);
      return found ? [{ editor: found[0], entry: found[1] }] : composers.nearNow(node);
    };
    document.addEventListener("change", timed((event) => {
      const input = event.target;
      if (!event.isTrusted || !(input instanceof HTMLInputElement) || input.type !== "file" || !input.files) return;
      attach2(input, composers.nearNow(input), input.files);
    }), true);
    document.addEventListener("drop", timed((event) => {
      if (event.isTrusted && event.target instanceof Node && event.dataTransfer) {
        attach2(event.target, inside(event.target), event.dataTransfer.files);
      }
    }), true);
    document.addEventListener("paste", timed((event) => {
      if (event.isTrusted && event.target instanceof Node && event.clipboardData) {
        attach2(event.target, inside(event.target), event.clipboardData.files);
      }
    }), true);
  }

  // content/client.js
  var import_protocol = __toESM(require_protocol());
  var { REPLY } = import_protocol.default;
  async function send(message) {
    try {
      return await chrome.runtime.sendMessage(message) ?? import_protocol.default.failed("the background sent no answer");
    } catch (error) {
      return import_protocol.default.failed(`postcheck's background is unreachable (${error?.message ?? error}); reload the page`);
    }
  }
  function asResult(reply) {
    if (reply.kind === REPLY.report) return { report: reply.report };
    if (reply.kind === REPLY.helperDown) return { state: "helper-down", message: reply.reason };
    return { state: "failed", message: reply.message ?? `unexpected answer ${reply.kind}` };
  }
  var lastCheck = Promise.resolve();
  function check(text, platform, kind, addressee = null) {
    const message = import_protocol.default.check(text, platform, kind, addressee);
    const answer = lastCheck.then(async () => asResult(await send(message)));
    lastCheck = answer.catch(() => void 0);
    return answer;
  }
  var client = Object.freeze({
    check,
    activity: (event) => send(import_protocol.default.activity(event)),
    composer: (platform, structure) => send(import_protocol.default.composer(platform, structure)),
    // A review or comment marked negative: the helper opens its 24 h reply deadline.
    markNegative: async (platform) => {
      const reply = await send(import_protocol.default.markNegative(platform));
      return reply.kind === REPLY.accepted ? { accepted: true } : asResult(reply);
    },
    // An attached file's metadata part (base64): {report} (findings, image_kinds) or {state, message}.
    media: async (data, text) => {
      const reply = await send(import_protocol.default.media(data, text));
      return reply.kind === REPLY.mediaReport ? { report: reply.report } : asResult(reply);
    },
    // The whole file (base64), on the person's click only: {path, name} of the copy in Downloads, or {state, message}.
    mediaClean: async (data, name) => {
      const reply = await send(import_protocol.default.mediaClean(data, name));
      return reply.kind === REPLY.mediaCopy ? { path: reply.path, name: reply.name } : asResult(reply);
    },
    templates: async () => {
      const reply = await send(import_protocol.default.templates());
      return reply.kind === REPLY.templates ? { templates: reply.templates } : asResult(reply);
    }
  });

  // content/own-bytes.js
  function ownBytes(buffer) {
    const theirs = new Uint8Array(buffer);
    const ours = new Uint8Array(theirs.length);
    ours.set(theirs);
    return ours;
  }

  // content/media/metadata-slice.js
  var METADATA_CAP = 256 * 1024;
  var PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
  var STANDALONE = /* @__PURE__ */ new Set([1, 208, 209, 210, 211, 212, 213, 214, 215, 216]);
  var SOS = 218;
  var EOI = 217;
  var WEBP_METADATA = /* @__PURE__ */ new Set(["VP8X", "EXIF", "XMP "]);
  var IMAGE_BRANDS = /* @__PURE__ */ new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif", "avis"]);
  var ascii = (bytes, at, length) => String.fromCharCode(...bytes.subarray(at, at + length));
  function formatOf(bytes) {
    if (bytes[0] === 255 && bytes[1] === 216 && bytes[2] === 255) return "jpeg";
    if (PNG_SIGNATURE.every((value, i) => bytes[i] === value)) return "png";
    if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") return "webp";
    if (ascii(bytes, 4, 4) === "ftyp" && bytes.length >= 12) return IMAGE_BRANDS.has(ascii(bytes, 8, 4)) ? "heic" : "video";
    throw new TypeError("not a photo or video postcheck reads: expected JPEG, PNG, WebP, HEIC or MP4");
  }
  function jpegEnd(bytes, view) {
    let pos = 2;
    let end = bytes.length;
    while (pos + 2 <= bytes.length) {
      if (bytes[pos] !== 255) throw new TypeError(`malformed JPEG: expected a marker at byte ${pos}`);
      const markerAt = pos;
      while (pos < bytes.length && bytes[pos] === 255) pos += 1;
      if (pos >= bytes.length) break;
      const marker = bytes[pos];
      pos += 1;
      if (STANDALONE.has(marker)) continue;
      if (marker === EOI || pos + 2 > bytes.length) break;
      const length = view.getUint16(pos);
      if (length < 2) throw new TypeError(`malformed JPEG: segment at byte ${markerAt} has length ${length}`);
      const segmentEnd = pos + length;
      if (marker === SOS) {
        end = Math.min(segmentEnd, bytes.length);
        break;
      }
      if (segmentEnd > bytes.length) break;
      pos = segmentEnd;
    }
    return end;
  }
  var CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    return c >>> 0;
  });
  function emptyChunk(type) {
    const out = new Uint8Array(12);
    const view = new DataView(out.buffer);
    let crc = 4294967295;
    for (let i = 0; i < 4; i += 1) {
      out[4 + i] = type.charCodeAt(i);
      crc = CRC_TABLE[(crc ^ out[4 + i]) & 255] ^ crc >>> 8;
    }
    view.setUint32(8, (crc ^ 4294967295) >>> 0);
    return out;
  }
  function concat(parts) {
    const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out.buffer;
  }
  function pngPart(bytes, view, cap) {
    const tail = [emptyChunk("IDAT"), emptyChunk("IEND")];
    const parts = [bytes.subarray(0, 8)];
    let size = 8 + 24;
    for (let pos = 8; pos + 8 <= bytes.length; ) {
      const length = view.getUint32(pos);
      const type = ascii(bytes, pos + 4, 4);
      if (length > 2147483647 || !/^[A-Za-z]{4}$/.test(type)) throw new TypeError(`malformed PNG chunk at byte ${pos}`);
      const end = pos + 12 + length;
      if (type === "IEND") break;
      if (end <= bytes.length && type !== "IDAT" && size + (end - pos) <= cap) {
        parts.push(bytes.subarray(pos, end));
        size += end - pos;
      }
      pos = end;
    }
    return concat([...parts, ...tail]);
  }
  function webpPart(bytes, view, cap) {
    const chunks = [];
    let size = 12;
    for (let pos = 12; pos + 8 <= bytes.length; ) {
      const type = ascii(bytes, pos, 4);
      const length = view.getUint32(pos + 4, true);
      const end = pos + 8 + length + (length & 1);
      const whole = pos + 8 + length <= bytes.length;
      const kept = Math.min(end, bytes.length) - pos;
      if (whole && WEBP_METADATA.has(type) && size + kept <= cap) {
        chunks.push(bytes.subarray(pos, pos + kept));
        size += kept;
      }
      pos = end;
    }
    const head = new Uint8Array(12);
    head.set([82, 73, 70, 70], 0);
    new DataView(head.buffer).setUint32(4, size - 8, true);
    head.set([87, 69, 66, 80], 8);
    return concat([head, ...chunks]);
  }
  function isoBoxes(bytes, view) {
    const boxes = [];
    for (let pos = 0; pos + 8 <= bytes.length; ) {
      let size = view.getUint32(pos);
      const type = ascii(bytes, pos + 4, 4);
      let header = 8;
      if (size === 1 && pos + 16 <= bytes.length) {
        size = Number(view.getBigUint64(pos + 8));
        header = 16;
      } else if (size === 0) {
        size = bytes.length - pos;
      }
      if (size < header) throw new TypeError(`malformed box ${JSON.stringify(type)} at byte ${pos}: size ${size}`);
      boxes.push({ type, start: pos, end: Math.min(pos + size, bytes.length), complete: pos + size <= bytes.length });
      pos += size;
    }
    return boxes;
  }
  function videoPart(arrayBuffer, bytes, view, cap) {
    const found = {};
    for (const box of isoBoxes(bytes, view)) {
      if ((box.type === "ftyp" || box.type === "moov") && box.complete && !(box.type in found)) found[box.type] = box;
    }
    const { ftyp, moov } = found;
    if (ftyp && moov && ftyp.end - ftyp.start + moov.end - moov.start <= cap) {
      return concat([bytes.subarray(ftyp.start, ftyp.end), bytes.subarray(moov.start, moov.end)]);
    }
    return arrayBuffer.slice(0, cap);
  }
  function metadataPart(arrayBuffer, cap = METADATA_CAP) {
    const bytes = new Uint8Array(arrayBuffer);
    const view = new DataView(arrayBuffer);
    const format = formatOf(bytes);
    if (format === "jpeg") return arrayBuffer.slice(0, Math.min(jpegEnd(bytes, view), cap));
    if (format === "png") return pngPart(bytes, view, cap);
    if (format === "webp") return webpPart(bytes, view, cap);
    if (format === "video") return videoPart(arrayBuffer, bytes, view, cap);
    return arrayBuffer.slice(0, cap);
  }
  async function bufferOf(blob) {
    return ownBytes(await blob.arrayBuffer()).buffer;
  }
  async function metadataPartOfFile(file, cap = METADATA_CAP) {
    const head = await bufferOf(file.slice(0, cap));
    const bytes = new Uint8Array(head);
    if (formatOf(bytes) !== "video" || isoBoxes(bytes, new DataView(head)).some((box) => box.type === "moov")) {
      return metadataPart(head, cap);
    }
    let ftyp = null;
    for (let pos = 0, boxes = 0; pos + 8 <= file.size && boxes < 1e4; boxes += 1) {
      const header = new DataView(await bufferOf(file.slice(pos, pos + 16)));
      let size = header.getUint32(0);
      const type = String.fromCharCode(...new Uint8Array(header.buffer, 4, 4));
      if (size === 1 && header.byteLength === 16) size = Number(header.getBigUint64(8));
      if (size === 0) size = file.size - pos;
      if (size < 8) break;
      if (type === "ftyp" && size <= cap) ftyp = new Uint8Array(await bufferOf(file.slice(pos, pos + size)));
      if (type === "moov") {
        if (!ftyp || ftyp.length + size > cap) break;
        return concat([ftyp, new Uint8Array(await bufferOf(file.slice(pos, pos + size)))]);
      }
      pos += size;
    }
    return metadataPart(head, cap);
  }
  function base64Of(arrayBuffer) {
    const bytes = new Uint8Array(arrayBuffer);
    let text = "";
    for (let at = 0; at < bytes.length; at += 32768) text += String.fromCharCode(...bytes.subarray(at, at + 32768));
    return btoa(text);
  }

  // content/overlay/panel.js
  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    node.append(...children.filter((child) => child !== null && child !== void 0));
    return node;
  }
  var GAP = 6;
  var Panel = class {
    constructor(layer, strings) {
      this.strings = strings;
      this.collapsed = false;
      this.root = el("section", "panel");
      this.root.hidden = true;
      this.root.setAttribute("role", "status");
      this.count = el("span", "count");
      this.tallies = el("span", "tallies");
      this.toggle = el("button", "toggle");
      this.toggle.type = "button";
      this.toggle.addEventListener("click", () => this.setCollapsed(!this.collapsed));
      this.body = el("div", "body");
      this.extras = el("div", "extras");
      this.root.append(
        el("header", null, el("span", "brand", "postcheck"), this.count, this.tallies, this.toggle),
        this.body
      );
      this.setCollapsed(false);
      layer.append(this.root);
    }
    setCollapsed(collapsed) {
      this.collapsed = collapsed;
      this.root.classList.toggle("collapsed", collapsed);
      this.toggle.replaceChildren(collapsed ? "▸" : "▾");
      this.toggle.setAttribute("aria-expanded", String(!collapsed));
      this.toggle.title = collapsed ? this.strings.expand : this.strings.collapse;
    }
    // `notice`: a line of our own above the findings (e.g. only the first characters were checked).
    showReport(report2, notice) {
      const { stats, findings } = report2;
      const parts = [String(stats.length ?? stats.weighted_length)];
      if (stats.ideal !== null && stats.ideal !== void 0) parts.push(`${this.strings.ideal} ≤ ${stats.ideal}`);
      if (stats.limit !== null && stats.limit !== void 0) parts.push(`${this.strings.limit} ${stats.limit}`);
      this.count.replaceChildren(parts.join(" · "));
      this.count.classList.toggle("over", stats.limit != null && stats.length > stats.limit);
      this.root.dataset.state = "report";
      this.textFindings = findings;
      this.updateTallies();
      const list = el("ul", "findings", ...findings.map((finding) => this.item(finding)));
      this.body.replaceChildren(
        notice ? el("p", "notice", notice) : "",
        this.extras,
        findings.length ? list : el("p", "ok", this.strings.noFindings)
      );
      this.root.hidden = false;
    }
    showState(state, message, detail) {
      this.root.dataset.state = state;
      this.count.replaceChildren();
      this.tallies.replaceChildren();
      this.body.replaceChildren(
        el("p", "status", ...withCode(message)),
        detail ? el("p", "detail", detail) : "",
        this.extras
      );
      this.root.hidden = false;
    }
    // Shows what the extras hold (an attached photo's findings) even before a draft was checked.
    reveal() {
      if (!this.root.hidden) return;
      this.root.dataset.state = "media";
      this.count.replaceChildren();
      this.textFindings = [];
      this.updateTallies();
      this.body.replaceChildren(this.extras);
      this.root.hidden = false;
    }
    hide() {
      this.root.hidden = true;
    }
    // The header's counts cover the draft's findings and those of its attached files (`extraFindings`).
    setExtraFindings(findings) {
      this.extraFindings = findings;
      this.updateTallies();
    }
    updateTallies() {
      this.tallies.replaceChildren(...this.talliesFor([...this.textFindings ?? [], ...this.extraFindings ?? []]));
    }
    talliesFor(findings) {
      const counts = /* @__PURE__ */ new Map();
      for (const { severity } of findings) counts.set(severity, (counts.get(severity) ?? 0) + 1);
      return ["error", "warning", "info"].filter((s) => counts.has(s)).map((s) => el("span", `tally ${s}`, String(counts.get(s))));
    }
    item(finding) {
      const node = el(
        "li",
        `finding ${finding.severity}`,
        el("p", "message", finding.message),
        finding.suggestion ? el("p", "suggestion", finding.suggestion) : null,
        finding.guideline ? el("p", "guideline", `${this.strings.guidelines} › ${finding.guideline}`) : null
      );
      node.dataset.rule = finding.rule;
      return node;
    }
    // Beside the composer, never over it: to its right, else under it, else over it, else to its left.
    place(anchor) {
      if (this.root.hidden) return;
      const height = this.root.offsetHeight;
      const width = this.root.offsetWidth;
      const fitsX = (left2) => left2 >= GAP && left2 + width + GAP <= innerWidth;
      const fitsY = (top2) => top2 >= GAP && top2 + height + GAP <= innerHeight;
      const alignedLeft = Math.min(Math.max(anchor.left, GAP), Math.max(innerWidth - width - GAP, GAP));
      const candidates = [
        [anchor.right + GAP, anchor.top, fitsX(anchor.right + GAP)],
        [alignedLeft, anchor.bottom + GAP, fitsY(anchor.bottom + GAP)],
        [alignedLeft, anchor.top - GAP - height, fitsY(anchor.top - GAP - height)],
        [anchor.left - GAP - width, anchor.top, fitsX(anchor.left - GAP - width)]
      ];
      const [left, top] = candidates.find(([, , fits]) => fits) ?? [alignedLeft, anchor.bottom + GAP];
      this.root.style.left = `${left}px`;
      this.root.style.top = `${Math.min(Math.max(top, GAP), Math.max(innerHeight - height - GAP, GAP))}px`;
    }
    remove() {
      this.root.remove();
    }
    // What the panel shows, read back from its own nodes (tests reach it from the extension's world only).
    snapshot() {
      return {
        visible: !this.root.hidden,
        collapsed: this.collapsed,
        state: this.root.dataset.state ?? null,
        count: this.count.textContent,
        rules: [...this.root.querySelectorAll(".finding")].map((node) => node.dataset.rule),
        text: this.body.innerText,
        rect: this.root.getBoundingClientRect().toJSON(),
        toggle: this.toggle.getBoundingClientRect().toJSON(),
        buttons: [...this.body.querySelectorAll("button")].map((button2) => ({
          text: button2.textContent,
          rect: button2.getBoundingClientRect().toJSON()
        }))
      };
    }
  };
  function withCode(message) {
    return String(message).split(/(`[^`]+`)/).map((part) => part.startsWith("`") && part.endsWith("`") && part.length > 1 ? el("code", null, part.slice(1, -1)) : part);
  }

  // content/media-panel.js
  var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
  var CLEANABLE = /* @__PURE__ */ new Set(["image.location", "image.personal"]);
  function kindLabel(kind, t2) {
    const labels = {
      infographic: t2("imageKindInfographic"),
      photo: t2("imageKindPhoto"),
      "photo-with-caption": t2("imageKindPhotoWithCaption")
    };
    return labels[kind] ?? kind;
  }
  var MediaSection = class {
    constructor(overlay, t2) {
      this.overlay = overlay;
      this.t = t2;
      this.root = el("div", "media");
      this.items = [];
      overlay.panel.extras.append(this.root);
    }
    // One attached file: read its metadata part (nothing is sent for a format we do not read), ask the helper.
    async add(file) {
      let part;
      try {
        part = await metadataPartOfFile(file);
      } catch {
        return;
      }
      const text = this.overlay.readText();
      const metadata = base64Of(part);
      const answer = await client.media(metadata, text);
      if (!answer.report) return;
      this.items.push({ file, metadata, text, report: answer.report, note: "", busy: false });
      this.render();
      if (this.latestText !== void 0) this.recheck(this.items.at(-1));
    }
    // The credit check reads the post's text (a "Photo: IOM/…" line credits the photo): each text the overlay checked
    // after a file was attached re-checks that file's kept metadata part with it, one request at a time per file.
    textChecked(text) {
      this.latestText = text;
      for (const item of this.items) this.recheck(item);
    }
    async recheck(item) {
      if (item.busy) return;
      item.busy = true;
      while (this.items.includes(item) && item.text !== this.latestText) {
        const text = this.latestText;
        const answer = await client.media(item.metadata, text);
        if (!answer.report) break;
        item.text = text;
        item.report = answer.report;
        if (this.items.includes(item)) this.render();
      }
      item.busy = false;
    }
    render() {
      const { t: t2 } = this;
      const nodes = this.items.map((item) => {
        const findings = [...item.report.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
        const list = el("ul", "findings", ...findings.map((finding) => this.overlay.panel.item(finding)));
        const clean = findings.some((finding) => CLEANABLE.has(finding.rule)) ? this.cleanButton(item) : null;
        const isImage = item.file.type.startsWith("image/");
        const kinds = isImage && item.report.image_kinds?.length ? this.kindChoice(item.report.image_kinds) : null;
        return el(
          "div",
          "attachment",
          el("p", "file", `${t2("mediaAttached")} ${item.file.name}`),
          clean,
          item.note ? el("p", "note saved", item.note) : null,
          kinds,
          findings.length ? list : el("p", "ok", t2("mediaNoFindings"))
        );
      });
      this.root.replaceChildren(...nodes);
      this.overlay.panel.setExtraFindings(this.items.flatMap((item) => item.report.findings));
      this.overlay.panel.reveal();
      this.overlay.layout();
    }
    kindChoice(kinds) {
      const chosen = this.overlay.imageKind;
      const buttons = kinds.map((kind) => {
        const button2 = el("button", "kind", kindLabel(kind, this.t));
        button2.type = "button";
        button2.dataset.kind = kind;
        button2.setAttribute("aria-pressed", String(kind === chosen));
        button2.addEventListener("click", (event) => {
          if (!event.isTrusted) return;
          this.overlay.imageKind = kind;
          this.render();
        });
        return button2;
      });
      return el("div", "kinds", el("span", "question", this.t("imageKindQuestion")), ...buttons);
    }
    cleanButton(item) {
      const button2 = el("button", "clean", this.t("mediaSaveClean"));
      button2.type = "button";
      button2.addEventListener("click", async (event) => {
        if (!event.isTrusted) return;
        button2.disabled = true;
        const answer = await client.mediaClean(base64Of(await bufferOf(item.file)), item.file.name);
        item.note = answer.path ? this.t("mediaSavedClean", answer.path) : answer.state === "helper-down" ? this.t("helperDown") : `${this.t("mediaCleanFailed")} (${answer.message})`;
        this.render();
      });
      return button2;
    }
    // The draft went out: its attachments and their kind are forgotten.
    reset() {
      this.items = [];
      this.latestText = void 0;
      this.overlay.imageKind = null;
      this.root.replaceChildren();
      this.overlay.panel.setExtraFindings([]);
    }
  };

  // content/main.js
  var import_protocol2 = __toESM(require_protocol());

  // content/composers.js
  var SCAN_DELAY_MS = 150;
  var Composers = class {
    constructor(site2, create) {
      this.site = site2;
      this.create = create;
      this.tracked = /* @__PURE__ */ new Map();
      this.scanTimer = 0;
      this.trackListeners = [];
      this.selector = site2.composers.map((composer) => composer.selector).join(", ");
    }
    // The first declared composer that matches wins, so specific ones (replies) are listed before general ones.
    definitionFor(element) {
      return this.site.composers.find((composer) => element.matches(composer.selector));
    }
    start() {
      this.observer = new MutationObserver(timed((records) => {
        for (const record of records) {
          if (!this.insideTracked(record.target)) {
            this.requestScan();
            return;
          }
        }
      }));
      this.observer.observe(document.body, { childList: true, subtree: true });
      document.addEventListener("focusin", timed((event) => this.adopt(event.target)), true);
      this.scan();
    }
    insideTracked(node) {
      for (const editor of this.tracked.keys()) if (editor.contains(node)) return true;
      return false;
    }
    requestScan() {
      if (this.scanTimer) return;
      this.scanTimer = setTimeout(timed(() => {
        this.scanTimer = 0;
        this.scan();
      }), SCAN_DELAY_MS);
    }
    scan() {
      for (const [editor, entry] of this.tracked) {
        if (!editor.isConnected) {
          entry.overlay.destroy();
          this.tracked.delete(editor);
        }
      }
      for (const element of document.querySelectorAll(this.selector)) this.track(element);
    }
    // focusin reaches us before any observer batch, so a composer is ready by the first keystroke.
    adopt(target) {
      const element = target instanceof Element ? target.closest(this.selector) : null;
      if (element) this.track(element);
    }
    track(element) {
      if (this.tracked.has(element)) return this.tracked.get(element);
      const definition = this.definitionFor(element);
      if (!definition) return null;
      const entry = { definition, overlay: this.create(element, definition) };
      this.tracked.set(element, entry);
      for (const listener of this.trackListeners) listener(element, entry);
      return entry;
    }
    // `listener(editor, entry)` for every composer tracked from now on (content/attachments.js hands it the files
    // chosen in its dialog before it appeared).
    onTrack(listener) {
      this.trackListeners.push(listener);
    }
    // The tracked composer holding `node` (an event target inside an editor).
    entryFor(node) {
      for (const [editor, entry] of this.tracked) if (editor === node || editor.contains(node)) return [editor, entry];
      return null;
    }
    // The tracked composers a control (a publish button, a file input) belongs to: those inside its deepest ancestor
    // that holds any, never looking past a dialog the control is in (a dialog's button does not publish the page's
    // other boxes). [] when none.
    near(node) {
      const entries = this.entries();
      const dialog = node.closest?.('[role="dialog"]') ?? null;
      for (let ancestor = node.parentElement; ancestor; ancestor = ancestor.parentElement) {
        const found = entries.filter(([editor]) => ancestor.contains(editor));
        if (found.length) return found.map(([editor, entry]) => ({ editor, entry, container: ancestor }));
        if (ancestor === dialog) break;
      }
      return [];
    }
    // near(), after an immediate scan when nothing is tracked there yet: a file attached the moment its composer
    // appears (before the observer's delayed scan) still reaches that composer.
    nearNow(node) {
      const found = this.near(node);
      if (found.length) return found;
      this.scan();
      return this.near(node);
    }
    entries() {
      return [...this.tracked];
    }
  };

  // content/overlay/mirror.js
  var COPIED = [
    "fontFamily",
    "fontSize",
    "fontWeight",
    "fontStyle",
    "fontVariant",
    "letterSpacing",
    "wordSpacing",
    "lineHeight",
    "textTransform",
    "textIndent",
    "textAlign",
    "direction",
    "tabSize",
    "paddingTop",
    "paddingRight",
    "paddingBottom",
    "paddingLeft",
    "borderTopWidth",
    "borderRightWidth",
    "borderBottomWidth",
    "borderLeftWidth",
    "boxSizing"
  ];
  var Mirror = class {
    constructor(field, layer) {
      this.field = field;
      this.element = document.createElement("div");
      this.element.className = "mirror";
      this.textNode = document.createTextNode("");
      this.element.append(this.textNode);
      layer.append(this.element);
    }
    // Returns the text node holding `text`, ready for Ranges.
    sync(text) {
      if (this.textNode.data !== text) this.textNode.data = text;
      return this.textNode;
    }
    // Called from the overlay's rAF-batched layout: geometry and fonts are copied, never the page's colours.
    place() {
      const style = getComputedStyle(this.field);
      const rect = this.field.getBoundingClientRect();
      const target = this.element.style;
      for (const property of COPIED) target[property] = style[property];
      target.borderStyle = "solid";
      target.borderColor = "transparent";
      target.left = `${rect.left}px`;
      target.top = `${rect.top}px`;
      target.width = `${rect.width}px`;
      target.height = `${rect.height}px`;
      this.element.scrollTop = this.field.scrollTop;
      this.element.scrollLeft = this.field.scrollLeft;
    }
    remove() {
      this.element.remove();
    }
  };

  // content/overlay/text-model.js
  var BLOCK_TAGS = /* @__PURE__ */ new Set(["P", "DIV", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE"]);
  function walk(root) {
    const segments = [];
    let length = 0;
    let pendingBreak = false;
    const push = (segment) => {
      segment.start = length;
      length += segment.length;
      segments.push(segment);
    };
    const flushBreak = () => {
      if (pendingBreak && segments.length > 0) push({ type: "break", node: null, length: 1 });
      pendingBreak = false;
    };
    const visit = (parent) => {
      for (let node = parent.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === Node.TEXT_NODE) {
          if (node.data.length === 0) continue;
          flushBreak();
          push({ type: "text", node, length: node.data.length });
        } else if (node.nodeName === "BR") {
          flushBreak();
          push({ type: "br", node, length: 1 });
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          const block = BLOCK_TAGS.has(node.nodeName);
          if (block) flushBreak();
          const before = segments.length;
          visit(node);
          if (block) {
            closeBlock(before);
            if (segments.length === before) push({ type: "empty", node, length: 0 });
            pendingBreak = true;
          }
        }
      }
    };
    const closeBlock = (before) => {
      const last = segments[segments.length - 1];
      if (segments.length > before && last.type === "br" && last.length === 1) {
        last.length = 0;
        length -= 1;
      }
    };
    visit(root);
    return { segments, length };
  }
  function textOf(segments) {
    let text = "";
    for (const segment of segments) {
      if (segment.type === "text") text += segment.node.data;
      else if (segment.length === 1) text += "\n";
    }
    return text;
  }
  function positionAt(segments, offset, preferEnd) {
    let low = 0;
    let high = segments.length - 1;
    let found = segments.length - 1;
    while (low <= high) {
      const mid = low + high >> 1;
      const segment = segments[mid];
      const end = segment.start + segment.length;
      const inside = preferEnd ? offset <= end : offset < end;
      if (inside) {
        found = mid;
        high = mid - 1;
      } else {
        low = mid + 1;
      }
    }
    for (let i = found; i >= 0 && i < segments.length; i += preferEnd ? -1 : 1) {
      const segment = segments[i];
      if (segment.type === "text") {
        const local = Math.min(Math.max(offset - segment.start, 0), segment.length);
        return { node: segment.node, offset: local };
      }
      if (segment.type === "br" || segment.type === "empty") {
        const node = segment.node;
        if (segment.type === "empty") return { node, offset: 0 };
        const index = Array.prototype.indexOf.call(node.parentNode.childNodes, node);
        return { node: node.parentNode, offset: offset > segment.start ? index + 1 : index };
      }
    }
    return null;
  }
  function readEditable(root) {
    const { segments } = walk(root);
    const text = textOf(segments);
    return {
      text,
      range(start2, end) {
        const from = positionAt(segments, start2, false);
        const to = positionAt(segments, end, true);
        if (!from || !to) return null;
        const range = new Range();
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
        return range;
      }
    };
  }
  function readTextarea(field, mirror) {
    const text = field.value;
    return {
      text,
      range(start2, end) {
        const node = mirror.sync(text);
        const range = new Range();
        range.setStart(node, Math.min(start2, text.length));
        range.setEnd(node, Math.min(end, text.length));
        return range;
      }
    };
  }

  // content/overlay/highlights.js
  var highlights_exports = {};
  __export(highlights_exports, {
    SEVERITIES: () => SEVERITIES,
    Underlines: () => Underlines,
    mode: () => mode
  });
  var SEVERITIES = ["error", "warning", "info"];
  var nameOf = (severity) => `postcheck-${severity}`;
  var supported = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
  var mode = { highlights: supported };
  function registry() {
    const highlights = {};
    for (const severity of SEVERITIES) {
      const name = nameOf(severity);
      if (!CSS.highlights.has(name)) CSS.highlights.set(name, new Highlight());
      highlights[severity] = CSS.highlights.get(name);
    }
    return highlights;
  }
  var Underlines = class {
    // `ownTree`: the ranges point into our shadow tree, so they never go into the page's CSS.highlights.
    constructor(layer, { ownTree = false } = {}) {
      this.layer = layer;
      this.ownTree = ownTree;
      this.ranges = [];
      this.boxes = [];
      this.highlighted = false;
    }
    // `marks` is [{severity, range}]; replaces what this composer showed before.
    show(marks) {
      this.clear();
      this.ranges = marks;
      this.highlighted = mode.highlights && !this.ownTree;
      if (this.highlighted) {
        const highlights = registry();
        for (const { severity, range } of marks) highlights[severity]?.add(range);
      } else {
        this.place();
      }
    }
    // Highlights follow the text by themselves; boxes are fixed-position and must be moved.
    place() {
      if (this.highlighted) return;
      for (const box of this.boxes) box.remove();
      this.boxes = [];
      for (const { severity, range } of this.ranges) {
        for (const rect of range.getClientRects()) {
          if (rect.width === 0) continue;
          const box = document.createElement("div");
          box.className = `box ${severity}`;
          Object.assign(box.style, {
            left: `${rect.left}px`,
            top: `${rect.bottom - 2}px`,
            width: `${rect.width}px`
          });
          this.layer.append(box);
          this.boxes.push(box);
        }
      }
    }
    // The boxes as drawn (for the browser tests, read from the extension's world).
    snapshot() {
      return this.boxes.map((box) => ({ severity: box.classList[1], ...box.getBoundingClientRect().toJSON() }));
    }
    clear() {
      if (this.highlighted) {
        const highlights = registry();
        for (const { severity, range } of this.ranges) highlights[severity]?.delete(range);
      }
      this.highlighted = false;
      for (const box of this.boxes) box.remove();
      this.boxes = [];
      this.ranges = [];
    }
  };

  // content/overlay/visibility.js
  var MIN_SIDE_PX = 4;
  function isVisible(element) {
    if (!element?.isConnected) return false;
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) {
      return false;
    }
    const rect = element.getBoundingClientRect();
    return rect.width >= MIN_SIDE_PX && rect.height >= MIN_SIDE_PX && rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight;
  }

  // content/overlay/overlay.js
  var AFTER_PUBLISH_MS = [500, 2e3];
  var KEEP_TIMINGS = 1e3;
  var Overlay = class {
    // `check(text)` resolves to {report} or {state, message}; the overlay knows neither the site nor the browser API.
    // `anchor()` names the element the panel sits beside (the whole composer, so its buttons stay visible).
    constructor({ editor, layer, strings, check: check2, anchor = () => editor, debounceMs = 200 }) {
      this.editor = editor;
      this.anchor = anchor;
      this.check = check2;
      this.debounceMs = debounceMs;
      this.isField = editor instanceof HTMLTextAreaElement;
      this.mirror = this.isField ? new Mirror(editor, layer) : null;
      this.underlines = new Underlines(layer, { ownTree: this.isField });
      this.panel = new Panel(layer, strings);
      this.timer = 0;
      this.inFlight = false;
      this.dirty = false;
      this.sentText = null;
      this.typed = false;
      this.draft = 0;
      this.publishedDraft = -1;
      this.imageKind = null;
      this.media = null;
      this.shown = { text: "", report: null };
      this.layoutQueued = false;
      this.stats = { renders: 0, inputs: 0, inputAt: 0, timings: [] };
      this.resizeObserver = new ResizeObserver(timed(() => this.requestLayout()));
      this.resizeObserver.observe(editor);
      this.editorObserver = new MutationObserver(timed(() => this.refresh()));
      this.editorObserver.observe(editor, { childList: true, characterData: true, subtree: true });
    }
    // Called on every keystroke of the person's (trusted input only): only restarts a timer, so typing never waits.
    schedule() {
      this.typed = true;
      this.stats.inputs += 1;
      this.stats.inputAt = performance.now();
      this.restartTimer();
    }
    // The person acted in the editor (a trusted beforeinput): Lexical may apply that edit without an input event, so
    // the editor counts as typed into; the change itself reaches refresh() through the editor's observer.
    touched() {
      this.typed = true;
    }
    // The editor's nodes changed: a draft the person typed into is checked again after the pause, unless a check
    // already waits (neither the keystroke statistics nor a waiting check's delay move); one only a script filled is not.
    refresh() {
      if (this.typed && !this.timer) this.restartTimer();
    }
    restartTimer() {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = 0;
        this.flush();
      }, this.debounceMs);
    }
    readText() {
      return this.read().text;
    }
    read() {
      return this.isField ? readTextarea(this.editor, this.mirror) : readEditable(this.editor);
    }
    async flush({ force = false } = {}) {
      if (this.inFlight) {
        this.dirty = true;
        return;
      }
      if (!this.typed || !isVisible(this.editor)) return;
      const text = this.readText();
      if (!force && text === this.sentText) return;
      if (text !== this.sentText) this.draft += 1;
      this.sentText = text;
      if (text.trim() === "") {
        this.clear();
        return;
      }
      this.inFlight = true;
      const sentAt = performance.now();
      const inputAt = this.stats.inputAt;
      let answer;
      try {
        answer = await this.check(text);
      } catch (error) {
        answer = { state: "failed", message: String(error?.message ?? error) };
      }
      this.inFlight = false;
      this.receive(text, answer, { inputAt, sentAt });
      if (this.dirty) {
        this.dirty = false;
        this.restartTimer();
      }
    }
    // Offsets are only valid for the exact text that was checked: a changed editor means a newer check will follow.
    receive(text, answer, sent) {
      const answeredAt = performance.now();
      const snapshot = this.read();
      if (snapshot.text !== text) {
        this.dirty = true;
        this.record({ ...sent, answeredAt, dropped: true });
        return;
      }
      if (answer.report?.stats?.blank) this.clear();
      else if (answer.report) this.render(snapshot, answer.report, answer.notice);
      else this.showState(answer.state, answer.message, answer.detail);
      const renderedAt = performance.now();
      this.stats.renders += 1;
      this.record({ ...sent, answeredAt, renderedAt });
    }
    record(timing) {
      this.stats.timings.push(timing);
      if (this.stats.timings.length > KEEP_TIMINGS) this.stats.timings.shift();
    }
    render(snapshot, report2, notice) {
      const marks = [];
      for (const finding of report2.findings) {
        const range = snapshot.range(finding.start, finding.end);
        if (range) marks.push({ severity: finding.severity, range });
      }
      this.underlines.show(marks);
      this.panel.showReport(report2, notice);
      this.shown = { text: snapshot.text, report: report2 };
      this.layout();
      this.media?.textChecked(snapshot.text);
    }
    showState(state, message, detail) {
      this.underlines.clear();
      this.panel.showState(state, message, detail);
      this.shown = { text: this.sentText, report: null };
      this.layout();
    }
    clear() {
      this.underlines.clear();
      if (this.media?.items.length) {
        this.panel.hide();
        this.panel.reveal();
      } else {
        this.panel.hide();
      }
      this.shown = { text: "", report: null };
      this.media?.textChecked("");
    }
    // Scroll and resize only move fixed-position parts; several events in one frame cost one layout.
    requestLayout() {
      if (this.layoutQueued) return;
      this.layoutQueued = true;
      requestAnimationFrame(timed(() => {
        this.layoutQueued = false;
        this.layout();
      }));
    }
    layout() {
      this.mirror?.place();
      this.underlines.place();
      this.panel.place(this.anchor().getBoundingClientRect());
    }
    // Rule ids of what the person was shown for the text now in the editor and its attached files (the publishing
    // event reports them).
    // An attached file's findings are listed first in the panel, so they come first here too.
    rulesShown() {
      const media = this.media?.items.flatMap((item) => item.report.findings.map((finding) => finding.rule)) ?? [];
      return [.../* @__PURE__ */ new Set([...media, ...this.shown.report?.findings.map((finding) => finding.rule) ?? []])];
    }
    get report() {
      return this.shown.report;
    }
    // One publish event per draft: true the first time `draft` (a value of this.draft) is claimed, false afterwards.
    claimPublish(draft) {
      if (this.publishedDraft === draft) return false;
      this.publishedDraft = draft;
      return true;
    }
    // After a publish the site empties its editor itself, which is no input of the person's: read the box again a
    // little later (and once more for slower sites) so the panel of the published draft goes away, or follows what is
    // left if publishing failed. A read that finds the text unchanged sends nothing.
    afterPublish() {
      for (const delay of AFTER_PUBLISH_MS) setTimeout(() => this.flush(), delay);
    }
    destroy() {
      clearTimeout(this.timer);
      this.resizeObserver.disconnect();
      this.editorObserver.disconnect();
      this.underlines.clear();
      this.mirror?.remove();
      this.panel.remove();
    }
    snapshot() {
      return {
        text: this.shown.text,
        panel: this.panel.snapshot(),
        boxes: this.underlines.snapshot(),
        stats: { ...this.stats, timings: void 0 }
      };
    }
  };
  for (const method of ["schedule", "readText", "receive", "clear"]) {
    Overlay.prototype[method] = timed(Overlay.prototype[method]);
  }

  // content/overlay/styles.js
  var overlayStyles = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; }
.mirror { position: fixed; margin: 0; color: transparent; background: transparent; white-space: pre-wrap;
overflow-wrap: break-word; overflow: hidden; pointer-events: none; }
.box { position: fixed; height: 2px; pointer-events: none; }
.box.error { background: #c62828; } .box.warning { background: #ef6c00; } .box.info { background: #1565c0; }
::highlight(postcheck-error) { text-decoration: underline wavy #c62828; text-decoration-thickness: 1.5px; }
::highlight(postcheck-warning) { text-decoration: underline wavy #ef6c00; text-decoration-thickness: 1.5px; }
::highlight(postcheck-info) { text-decoration: underline dotted #1565c0; text-decoration-thickness: 2px; }
.panel { position: fixed; pointer-events: auto; box-sizing: border-box; width: 380px; max-height: 50vh;
overflow-x: hidden; overflow-y: auto;
font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1f; background: #fff;
border: 1px solid #d0d4dc; border-radius: 8px; box-shadow: 0 4px 16px rgba(0, 0, 0, .14); }
.panel[hidden] { display: none; }
header { display: flex; align-items: center; gap: 6px; padding: 6px 8px; border-bottom: 1px solid #eceef2;
position: sticky; top: 0; background: #fff; }
.brand { font-weight: 600; color: #0033a0; }
.count { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; color: #444;
font-variant-numeric: tabular-nums; white-space: nowrap; }
.count.over { color: #c62828; font-weight: 600; }
.tally { min-width: 18px; padding: 0 5px; border-radius: 9px; color: #fff; font-size: 11px; text-align: center; }
.tally.error { background: #c62828; } .tally.warning { background: #ef6c00; } .tally.info { background: #1565c0; }
button { font: inherit; cursor: pointer; border: 1px solid #c7ccd6; background: #f6f7f9; border-radius: 5px;
padding: 1px 7px; color: inherit; }
button:hover { background: #eceff4; }
.panel.collapsed .body { display: none; }
.body { padding: 4px 8px 8px; }
.status { margin: 6px 0; padding: 6px 8px; border-radius: 6px; background: #fdecea; color: #8e1b1b; }
.status code { font-family: ui-monospace, monospace; background: #fff4f2; padding: 0 3px; }
.detail { margin: 0 0 4px; color: #666; font-size: 11px; overflow-wrap: anywhere; }
.ok { margin: 6px 0; color: #2e7d32; }
.notice { margin: 6px 0 0; color: #8a5300; font-size: 12px; }
ul { list-style: none; margin: 0; padding: 0; }
.finding { margin: 6px 0 0; padding: 4px 0 4px 8px; border-left: 3px solid #999; }
.finding.error { border-color: #c62828; } .finding.warning { border-color: #ef6c00; } .finding.info { border-color: #1565c0; }
.finding p { margin: 0; }
.suggestion { color: #2b4a8b; }
.suggestion::before { content: "→ "; }
.guideline { color: #666; font-size: 11px; }
.extras:empty { display: none; }
.extras { margin: 4px 0 2px; padding-bottom: 6px; border-bottom: 1px solid #eceef2; }
.actions { display: flex; flex-wrap: wrap; gap: 4px; }
button.negative { border-color: #e0a39c; background: #fdf1ef; color: #8e1b1b; }
button:disabled { opacity: .6; cursor: default; }
.attachment { margin-top: 6px; }
.attachment + .attachment { border-top: 1px solid #eceef2; padding-top: 6px; }
.file { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.kinds { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; margin: 4px 0; }
.question { color: #444; }
button.kind[aria-pressed="true"] { background: #0033a0; border-color: #0033a0; color: #fff; }
button.clean { margin-top: 6px; border-color: #c62828; background: #fdecea; color: #8e1b1b; font-weight: 600; }
.media:empty { display: none; }
.menu { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.note { color: #555; font-size: 12px; margin: 4px 0 0; }
`;

  // content/publishing.js
  var ENTER_SETTLE_MS = 600;
  var PENDING_MS = 30 * 60 * 1e3;
  function button(rules, target) {
    if (!(target instanceof Element)) return null;
    for (const { selector, text } of rules) {
      const found = target.closest(selector);
      if (found && (!text || text.includes(found.textContent.trim()))) return found;
    }
    return null;
  }
  function reallyClicked(target, event) {
    if (!isVisible(target)) return false;
    const hit = document.elementFromPoint(event.clientX, event.clientY);
    return hit !== null && (hit === target || target.contains(hit));
  }
  function mediaKinds(site2, container, entry) {
    const shown = site2.media.filter(({ selector }) => container.querySelector(selector)).map(({ kind }) => kind);
    const attached = (entry.attached ?? []).map(kindOf);
    const kinds = [.../* @__PURE__ */ new Set([...shown, ...attached])];
    const chosen = entry.overlay.imageKind;
    return chosen ? kinds.map((kind) => kind === "photo" ? chosen : kind) : kinds;
  }
  function eventFor(site2, { editor, entry, container }) {
    const { overlay } = entry;
    if (!overlay.typed || !isVisible(editor) || !overlay.report) return null;
    return {
      entry,
      draft: overlay.draft,
      event: {
        platform: site2.platform,
        // A reply (the composer's kind) clears an open reply deadline and is not counted as a post.
        postKind: entry.definition.kind,
        hashtags: overlay.report.stats.hashtags.map((hashtag) => hashtag.text),
        media: mediaKinds(site2, container, entry),
        rulesShown: overlay.rulesShown()
      }
    };
  }
  function report(published) {
    if (!published || !published.entry.overlay.claimPublish(published.draft)) return;
    published.entry.attached = [];
    client.activity(published.event);
    published.entry.overlay.media?.reset();
    published.entry.overlay.afterPublish();
  }
  var usable = (target, event) => !target.matches('[aria-disabled="true"], :disabled') && reallyClicked(target, event);
  function watch(site2, composers) {
    let pending = null;
    document.addEventListener("click", timed((event) => {
      if (!event.isTrusted) return;
      const next = site2.next ? button([site2.next], event.target) : null;
      if (next && usable(next, event)) {
        const drafts = composers.near(next).map((found2) => eventFor(site2, found2)).filter(Boolean);
        if (drafts.length) pending = { drafts, dialog: next.closest('[role="dialog"]'), at: Date.now() };
        return;
      }
      const publish = button(site2.submit, event.target);
      if (!publish || !usable(publish, event)) return;
      const found = composers.near(publish);
      if (found.length) {
        for (const one of found) report(eventFor(site2, one));
        return;
      }
      if (pending && Date.now() - pending.at < PENDING_MS && publish.closest('[role="dialog"]') && (!pending.dialog?.isConnected || pending.dialog.contains(publish))) {
        for (const draft of pending.drafts) report(draft);
        pending = null;
      }
    }), true);
    document.addEventListener("keydown", timed((event) => {
      if (!event.isTrusted || event.key !== "Enter" || event.shiftKey || event.isComposing) return;
      const found = composers.entryFor(event.target);
      if (!found || !found[1].definition.submitOnEnter) return;
      const [editor, entry] = found;
      const container = editor.closest('[role="article"], form') ?? editor.parentElement;
      const published = eventFor(site2, { editor, entry, container });
      if (!published) return;
      setTimeout(timed(() => {
        if (!editor.isConnected || entry.overlay.readText().trim() === "") report(published);
      }), ENTER_SETTLE_MS);
    }), true);
  }

  // content/watch.js
  var ANCESTORS = 4;
  var NEVER = '[role="combobox"], [role="searchbox"], [role="search"] *, form:has(input[type="password"]) *, postcheck-overlay';
  function boxOf(target) {
    if (!(target instanceof Element)) return null;
    if (target instanceof HTMLTextAreaElement) return target;
    if (target instanceof HTMLInputElement) return target.type === "text" ? target : null;
    if (!target.isContentEditable) return null;
    let host = target;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return host;
  }
  function structureOf(box) {
    const parts = [];
    for (let node = box, depth2 = 0; node && depth2 <= ANCESTORS; node = node.parentElement, depth2 += 1) {
      parts.push([
        node.localName,
        node.getAttribute("role") ?? "",
        node.hasAttribute("data-testid") ? "t" : "",
        node.hasAttribute("contenteditable") ? "c" : ""
      ].join("|"));
    }
    return parts.join(">");
  }
  async function hashOf(structure) {
    const digest = ownBytes(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(structure)));
    return [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  }
  var onPrivatePage = (site2, path = location.pathname) => (site2.privatePaths ?? []).some((prefix) => path.startsWith(prefix));
  function watchComposers(site2, composers, send2) {
    const ignored = (site2.ignored ?? []).join(", ");
    const sent = /* @__PURE__ */ new Set();
    const once = (key, action) => {
      if (sent.has(key)) return;
      sent.add(key);
      action();
    };
    document.addEventListener("input", timed((event) => {
      if (!event.isTrusted) return;
      const box = boxOf(event.target);
      if (!box) return;
      if (composers.entryFor(box) || box.matches(composers.selector)) {
        once("recognised", () => send2(site2.platform, null));
        return;
      }
      if (box.closest(NEVER) || onPrivatePage(site2) || ignored && box.closest(ignored)) return;
      const structure = structureOf(box);
      once(structure, () => hashOf(structure).then((hash) => send2(site2.platform, hash)));
    }), true);
  }

  // content/reply-templates.js
  var reply_templates_exports = {};
  __export(reply_templates_exports, {
    attach: () => attach,
    commenterFirstName: () => commenterFirstName,
    commenterName: () => commenterName,
    fill: () => fill
  });
  function commenterName(editor, author) {
    if (!author) return null;
    const comment = editor.closest(author.comment);
    let name = comment?.querySelector(author.name)?.textContent;
    if (!name) name = new RegExp(author.labelPattern).exec(editor.getAttribute("aria-label") ?? "")?.[1];
    return name?.trim() ? name.trim().replace(/\s+/g, " ").slice(0, 200) : null;
  }
  function commenterFirstName(editor, author) {
    return commenterName(editor, author)?.split(" ")[0] ?? null;
  }
  async function signOffInitial() {
    const { initial } = await chrome.storage.sync.get("initial");
    return typeof initial === "string" ? initial.trim().slice(0, 1).toUpperCase() : "";
  }
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, (whole, key) => values[key] || `[${key.replace("_", " ")}]`);
  }
  function attach(overlay, editor, definition, platform, t2) {
    const menu = el("div", "menu");
    const note = el("p", "note");
    const open = el("button", "templates", t2("templatesButton"));
    open.type = "button";
    const negative = el("button", "negative", t2("markNegativeButton"));
    negative.type = "button";
    negative.title = t2("markNegativeHint");
    const section = el("div", null, el("div", "actions", open, negative), menu, note);
    overlay.panel.extras.append(section);
    const say = (message) => note.replaceChildren(message);
    const copy = async (template) => {
      const values = { first_name: commenterFirstName(editor, definition.author), initial: await signOffInitial() };
      const text = fill(template.text, values);
      try {
        await navigator.clipboard.writeText(text);
        say(values.initial ? t2("templateCopied") : t2("templateCopiedNoInitial"));
      } catch (error) {
        say(`${t2("templateCopyFailed")} (${error?.message ?? error})`);
      }
    };
    negative.addEventListener("click", async (event) => {
      if (!event.isTrusted) return;
      negative.disabled = true;
      const answer = await client.markNegative(platform);
      if (answer.accepted) {
        say(t2("markedNegative"));
        return;
      }
      negative.disabled = false;
      say(answer.state === "helper-down" ? t2("helperDown") : `${t2("markNegativeFailed")} (${answer.message})`);
    });
    open.addEventListener("click", async () => {
      const answer = await client.templates();
      if (!answer.templates) {
        say(answer.state === "helper-down" ? t2("helperDown") : `${t2("templatesUnavailable")} (${answer.message})`);
        return;
      }
      menu.replaceChildren(...answer.templates.map((template) => {
        const button2 = el("button", "template", template.label);
        button2.type = "button";
        button2.dataset.template = template.id;
        button2.addEventListener("click", () => copy(template));
        return button2;
      }));
      say(answer.templates.length ? "" : t2("templatesNone"));
    });
  }

  // content/sites/registry.js
  var registry_exports = {};
  __export(registry_exports, {
    all: () => all,
    forHost: () => forHost
  });

  // sites-labels/labels.js
  var LANGUAGES = Object.freeze(["en", "fr", "es", "pt", "ar"]);
  var SEEN = {
    siteFiles: "postcheck's own site files and practice pages (en), from the issue 12 evidence table",
    fbCommentRegex: "Playwright automation commenting as Facebook Pages (TypeScript, 2026): its COMMENT_RE matches comment boxes by 'comment as|write a comment|comentar como|escribe un comentario|escreva um comentário|commenter en tant que|écrivez un commentaire' and COMMENT_ACTION_RE buttons by 'Comment|Comentar|Commenter'",
    fbPostButtons: "Facebook group/page posting bots (Python Selenium and Playwright, 2025-2026): the dialog's [role=button] publish button by aria-label 'Post', 'Publish', 'Publier', 'Publicar', 'نشر'",
    fbPtFlow: "Facebook posting tasks in Portuguese (Python Selenium and Playwright, 2025-2026): composer aria-label 'No que você está pensando?' / 'O que você está pensando?', dialog 'Criar post', buttons 'Avançar' then 'Postar' / 'Publicar'",
    fbPageFlow: "notes of an agent driving a Facebook Page (2026): What's on your mind? → composer textbox → Next → Post settings → Post",
    fbFrNext: `Facebook story viewer bot (Python Playwright, 2026): '[aria-label="Suivant"][role="button"]' beside '[aria-label="Next"][role="button"]'`,
    fbArMind: "Facebook publishers in Arabic (Python pyautogui; a publisher engine's notes, 2025-2026): the composer is found by 'بم تفكر' ('What's on your mind, [Page Name]?' for Pages)",
    metaFr: "French social-media extension's selector server (Python, July 2026): Instagram caption 'Écrire une légende…' (textarea, then contenteditable div), 'Nouvelle publication'; Meta Business Suite 'Créer une publication', 'Publier'",
    igCaptionEs: `Instagram posting script (Puppeteer, 2026): 'aria-label varies: "Write a caption...", "Escribe un pie de foto..."'`,
    igCaptionPt: "Instagram posting bot (Python Selenium, 2025): caption div[aria-label='Escreva uma legenda...'] or 'Write a caption...'",
    igAr: "Instagram posting bot with an Arabic interface (Python Selenium, 2024-2025): 'التالي' (Next), caption textarea aria-label 'اكتب تعليقًا...', 'مشاركة' (Share)",
    igPtShare: "Instagram Android automation in Portuguese (Python, 2026): caption 'Escreva uma legenda...', share button 'Compartilhar'",
    igComment: `Instagram comment bots (Python Selenium/Playwright, 2019-2025): textarea[aria-label="Add a comment…"] and its '//button[text()="Post"]'`,
    igCommentPt: "Instagram comment bots in Portuguese (Python Selenium, Puppeteer, 2020-2025): textarea[aria-label='Adicione um comentário...']",
    igCommentEs: "Instagram comment bot in Spanish (Python Selenium): textarea placeholder 'Añade un comentario...'",
    igCommentFr: "Instagram comment bot with a French interface (Python Selenium, iimraane/web-autoclicker script.py, 2024): //textarea[@aria-label='Ajouter un commentaire...']",
    fbEsComposer: "Spanish-language seller extension that fills Facebook's composer (TypeScript content script, 2026; code search, November 2026): finds the create-post [role=dialog] by 'crear publicación' in its aria-label or text and tells the person 'mira el diálogo «Crear publicación» … pulsa Publicar'; its composer trigger by 'qué estás pensando' (lower-cased substring)",
    igNextCarousel: `Instagram scrapers (Selenium, CDP; 2024-2026): the carousel's button[aria-label='Siguiente'] (es) and button[aria-label="Suivant"] (fr): the same Meta translation of Next`,
    fbFrModeration: `Facebook engagement and moderation selectors for a French interface (Python Selenium, 2020-2022 class names): comment box '(//div[@aria-label="Écrire un commentaire"])[1]', publish [role=button][aria-label="Publier"], beside French-only labels ('Supprimer J’aime', 'Masquer le commentaire')`,
    fbFrGroupComposer: `French-only Playwright script posting in Facebook groups (JavaScript): opener span 'Exprimez-vous...', dialog box [contenteditable][aria-label="Exprimez-vous"] (or 'Créer une publication publique...'), 'Photo/Vidéo', div[aria-label="Publier"]; a Facebook automation extension's notes: 'the same group shows "Write something..." to one account, "Exprimez-vous..." to another'`,
    fbGroupComposer: "a Facebook automation extension's DOM module, whose lookups say they were checked on the live page (JavaScript, 2026): a group's composer is labelled 'Write something...' for one account, 'Exprimez-vous...' for another and 'اكتب شيئًا...' for a third, by each one's interface language",
    fbArComment: 'Facebook comment tools with an Arabic interface (Python Selenium: a Flask tool with an Arabic page, a Tk GUI): the box under each role=article by .//div[@aria-label="اكتب تعليقًا"], or "اكتب تعليقًا..."',
    fbEsMessenger: `Puppeteer script recorded on facebook.com in Spanish (Chrome Recorder export for Puppeteer 22 or later, so 2024+): 'Ver todo en Messenger', [aria-label="Lista de conversaciones"], then the reply box [aria-label="Mensaje"] (::-p-aria(Mensaje)) filled with the answer`,
    fbPtMessenger: `Messenger Marketplace bot in Portuguese (Node Puppeteer) on messenger.com, the Messenger web client facebook.com/messages shares: composer div[aria-label="Mensagem"]; its noise filter lists the box's 'Mensagem' and 'Aa'`,
    igFrShare: "Instagram publishers by French developers (Python Playwright; one dated 2025): the create dialog's buttons by 'Suivant' and 'Partager' beside English, success awaited by French-only texts ('Votre réel a été partagé', alt 'Coche animée'); a French Meta Business Suite reel uploader (Selenium): 'Suivant', then [role=button] with text 'Partager'",
    igEsShare: `Instagram posting scripts with a Spanish interface (Python Selenium 3 and 4): 'Nueva publicación' → //button[text()='Siguiente'] → //button[text()='Compartir']; an uploader's README: 'change "Compartir" for "Share"' if your browser is in English`,
    igEsComment: `Spanish Instagram agent (Python Playwright): 'confirmed live: the comment box's real placeholder is "Agrega un comentario..." (not "Añade...", written blind)', sends with the role=button named 'Publicar' and checks the comment after a reload; each comment renders '<user> <time> <text> Responder'; Gemini comment bots (Selenium) use textarea[aria-label='Agrega un comentario...']`,
    igPtNext: "Instagram video poster in Portuguese (Python Selenium): 'Criar' → //div[text()='Avançar'] twice → textarea[aria-label='Escreva uma legenda...'] → //div[text()='Compartilhar']"
  };
  var seen = (text, source) => Object.freeze({ text, verified: true, evidence: SEEN[source] });
  var guess = (text, why) => Object.freeze({ text, verified: false, evidence: `not seen yet: ${why}` });
  var label = (match, attribute, where, languages) => Object.freeze({ match, attribute, where, ...languages });
  var LABELS = Object.freeze({
    facebook: Object.freeze({
      post: label("exact", "aria-label", "the publish [role=button] of the post dialog and of Post settings", {
        en: [seen("Post", "fbPostButtons")],
        fr: [seen("Publier", "fbPostButtons")],
        es: [seen("Publicar", "fbPostButtons")],
        pt: [seen("Publicar", "fbPtFlow"), seen("Postar", "fbPtFlow")],
        ar: [seen("نشر", "fbPostButtons")]
      }),
      next: label("exact", "aria-label", "the [role=button] from a Page's composer to Post settings", {
        en: [seen("Next", "fbPageFlow")],
        fr: [seen("Suivant", "fbFrNext")],
        es: [guess("Siguiente", "Meta's Spanish for Next on Instagram (igNextCarousel, igEsShare); on Facebook only in multi-language fallback lists")],
        pt: [seen("Avançar", "fbPtFlow")],
        ar: [guess("التالي", "Meta's Arabic for Next on Instagram (igAr)")]
      }),
      comment: label("exact", "aria-label", "the [role=button] that sends a comment", {
        en: [seen("Comment", "fbCommentRegex")],
        fr: [seen("Commenter", "fbCommentRegex")],
        es: [seen("Comentar", "fbCommentRegex")],
        pt: [seen("Comentar", "fbCommentRegex")],
        ar: [guess("تعليق", "Arabic noun for comment used on Meta's action bar")]
      }),
      reply: label("exact", "aria-label", "the [role=button] that sends a reply under a comment", {
        en: [seen("Reply", "siteFiles")],
        fr: [guess("Répondre", "French verb Facebook shows under comments")],
        es: [guess("Responder", "Spanish verb Facebook shows under comments")],
        pt: [guess("Responder", "Portuguese verb Facebook shows under comments")],
        ar: [guess("رد", "Arabic for Reply under comments")]
      }),
      replyTo: label("prefix", "aria-label", "the Lexical box of a reply to a comment ('Reply to <name>')", {
        en: [seen("Reply to ", "siteFiles")],
        fr: [guess("Répondre à ", "pattern of the English label")],
        es: [guess("Responder a ", "pattern of the English label")],
        pt: [guess("Responder a ", "pattern of the English label")],
        ar: [guess("الرد على ", "pattern of the English label")]
      }),
      writeReply: label("prefix", "aria-label", "the Lexical reply box under a comment", {
        en: [seen("Write a reply", "siteFiles")],
        fr: [guess("Écrivez une réponse", "pattern of 'Écrivez un commentaire'")],
        es: [guess("Escribe una respuesta", "pattern of 'Escribe un comentario'")],
        pt: [guess("Escreva uma resposta", "pattern of 'Escreva um comentário'")],
        ar: [guess("اكتب ردًا", "pattern of 'اكتب تعليقًا'")]
      }),
      writeComment: label("prefix", "aria-label", "the Lexical comment box under a post, as a person", {
        en: [seen("Write a comment", "fbCommentRegex")],
        fr: [seen("Écrivez un commentaire", "fbCommentRegex"), seen("Écrire un commentaire", "fbFrModeration")],
        es: [seen("Escribe un comentario", "fbCommentRegex")],
        pt: [seen("Escreva um comentário", "fbCommentRegex")],
        ar: [seen("اكتب تعليقًا", "fbArComment")]
      }),
      commentAs: label("prefix", "aria-label", "the Lexical comment box under a post, as a Page ('Comment as <Page>')", {
        en: [seen("Comment as ", "fbCommentRegex"), seen("Answer as ", "siteFiles")],
        fr: [seen("Commenter en tant que ", "fbCommentRegex")],
        es: [seen("Comentar como ", "fbCommentRegex")],
        pt: [seen("Comentar como ", "fbCommentRegex")],
        ar: [guess("التعليق باسم ", "Arabic for 'comment as'; one extension folds it into a list with 'التعليق بصفتك' and 'علق باسم', none shown alone")]
      }),
      whatsOnYourMind: label(
        "prefix",
        "aria-label",
        "the post composer's Lexical box and its opener button (a profile's or a Page's prompt, and a group's)",
        {
          en: [seen("What's on your mind", "fbPageFlow"), seen("Write something", "fbGroupComposer")],
          fr: [
            seen("Exprimez-vous", "fbFrGroupComposer"),
            guess("Quoi de neuf", "French developers' fallback lists for the home composer ('Quoi de neuf', beside 'À quoi pensez-vous'); no single-language script shows it"),
            guess("Que voulez-vous dire", "the older French prompt; no public code shows it on Facebook (the hits are other sites' own composers)")
          ],
          es: [guess("¿Qué estás pensando", "the Spanish prompt of Facebook's composer; its words, lower-cased, are matched as a substring by fbEsComposer, which does not show the opening '¿' nor where the label starts")],
          pt: [seen("No que você está pensando", "fbPtFlow"), seen("O que você está pensando", "fbPtFlow")],
          ar: [seen("بم تفكر", "fbArMind"), seen("اكتب شيئًا", "fbGroupComposer")]
        }
      ),
      createPost: label("exact", "aria-label", "the post composer's [role=dialog]", {
        en: [seen("Create post", "siteFiles")],
        fr: [seen("Créer une publication", "metaFr")],
        es: [seen("Crear publicación", "fbEsComposer")],
        pt: [seen("Criar post", "fbPtFlow")],
        ar: [guess("إنشاء منشور", "Arabic for Create post")]
      }),
      message: label("exact", "aria-label", "Messenger's Lexical box (placeholder 'Aa'): a private message, ignored", {
        en: [seen("Message", "siteFiles")],
        fr: [guess("Message", "French keeps the word")],
        es: [seen("Mensaje", "fbEsMessenger")],
        pt: [seen("Mensagem", "fbPtMessenger")],
        ar: [guess("رسالة", "Arabic for Message")]
      })
    }),
    instagram: Object.freeze({
      writeCaption: label("prefix", "aria-label", "the caption box of a new post (textarea, then Lexical)", {
        en: [seen("Write a caption", "siteFiles")],
        fr: [seen("Écrire une légende", "metaFr")],
        es: [seen("Escribe un pie de foto", "igCaptionEs")],
        pt: [seen("Escreva uma legenda", "igCaptionPt")],
        ar: [seen("اكتب تعليقًا", "igAr")]
      }),
      share: label("exact", "text", "the [role=button] that publishes a new post", {
        en: [seen("Share", "siteFiles")],
        fr: [seen("Partager", "igFrShare")],
        es: [seen("Compartir", "igEsShare")],
        pt: [seen("Compartilhar", "igPtShare")],
        ar: [seen("مشاركة", "igAr")]
      }),
      next: label("exact", "text", "the [role=button] between the steps of a new post", {
        en: [seen("Next", "siteFiles")],
        fr: [seen("Suivant", "igNextCarousel")],
        es: [seen("Siguiente", "igNextCarousel")],
        pt: [seen("Avançar", "igPtNext")],
        ar: [seen("التالي", "igAr")]
      }),
      addComment: label("prefix", "aria-label", "the comment textarea under a post (replies use it too)", {
        en: [seen("Add a comment", "igComment")],
        fr: [seen("Ajouter un commentaire", "igCommentFr")],
        es: [seen("Añade un comentario", "igCommentEs"), seen("Agrega un comentario", "igEsComment")],
        pt: [seen("Adicione um comentário", "igCommentPt")],
        ar: [guess("إضافة تعليق", "Arabic for Add a comment")]
      }),
      post: label("exact", "text", "the [role=button] that sends a comment", {
        en: [seen("Post", "igComment")],
        fr: [guess("Publier", "Meta's French for Post (fbPostButtons); on Instagram only in fallback lists beside 'Post' (and 'نشر'), and in a selector file its author marks as unverified")],
        es: [seen("Publicar", "igEsComment")],
        pt: [guess("Publicar", "Meta's Portuguese for Post (fbPtFlow)")],
        ar: [guess("نشر", "Meta's Arabic for Post (fbPostButtons); an Arabic-run Instagram reply bot sends with text 'Post', 'Publier' or 'نشر', a list, not one language")]
      }),
      reply: label("exact", "text", "the [role=button] under a comment that starts a reply ('@name ')", {
        en: [seen("Reply", "siteFiles")],
        fr: [guess("Répondre", "French for Reply; on Instagram only in a fallback list ('Reply', 'رد', 'Répondre')")],
        es: [seen("Responder", "igEsComment")],
        pt: [guess("Responder", "Portuguese for Reply")],
        ar: [guess("رد", "Arabic for Reply; an Arabic-run Instagram reply bot looks for 'Reply', 'رد' or 'Répondre'")]
      })
    })
  });
  function labelTexts(site2, key) {
    const entry = LABELS[site2]?.[key];
    if (!entry) throw new Error(`labels: no label ${key} for ${site2}`);
    return [...new Set(LANGUAGES.flatMap((language) => entry[language].map((variant) => variant.text)))];
  }
  function labelSelector(site2, key) {
    const { match, attribute } = LABELS[site2][key];
    if (attribute === "text") throw new Error(`labels: ${site2}.${key} is a button text, not an attribute`);
    const operator = match === "prefix" ? "^=" : "=";
    const quote = (text) => `"${text.replace(/["\\]/g, "\\$&")}"`;
    return labelTexts(site2, key).map((text) => `[${attribute}${operator}${quote(text)}]`).join(", ");
  }

  // content/sites/facebook.js
  var LEXICAL = '[data-lexical-editor="true"][role="textbox"]';
  var escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  var facebook = {
    id: "facebook",
    platform: "facebook",
    // The most characters sent per check (Facebook's 63,206 characters plus a tenth): the panel says when a draft was cut.
    checkLimit: 7e4,
    hosts: ["facebook.com"],
    composers: [
      {
        kind: "reply",
        selector: `${LEXICAL}:is(${labelSelector("facebook", "writeReply")}, ${labelSelector("facebook", "replyTo")})`,
        // The commenter: the profile link of the comment the box sits in, else the name in the box's own label.
        author: {
          comment: '[role="article"]',
          name: 'a[role="link"]',
          labelPattern: `^(?:${labelTexts("facebook", "replyTo").map(escape).join("|")})(.+?)(?:'s comment)?…?$`
        },
        submitOnEnter: true
      },
      // A comment under a post (as a person or as the Page) answers the post's readers: a reply too. Nobody in
      // particular is addressed, so the templates leave [first name] for the person to fill.
      {
        kind: "reply",
        selector: `${LEXICAL}:is(${labelSelector("facebook", "writeComment")}, ${labelSelector("facebook", "commentAs")})`,
        author: null,
        submitOnEnter: true
      },
      { kind: "post", selector: `${LEXICAL}:is(${labelSelector("facebook", "whatsOnYourMind")})` }
    ],
    // Boxes typed in that are deliberately not composers (content/watch.js does not report them): Messenger's.
    ignored: [`${LEXICAL}:is(${labelSelector("facebook", "message")})`],
    submit: [{
      selector: `[role="button"]:is(${labelSelector("facebook", "post")}, ${labelSelector("facebook", "reply")}, ${labelSelector("facebook", "comment")})`
    }],
    // A Page's flow: "Next" leaves the composer for "Post settings" (the editor is gone there), whose "Post" publishes.
    next: { selector: `[role="dialog"] [role="button"]:is(${labelSelector("facebook", "next")})` },
    // Media kinds come only from the files the person attached to the draft (content/attachments.js: a trusted file
    // choice, drop or paste), as on Instagram: no public code shows how Facebook's composer previews them, and a
    // selector on the dialog's images would count avatars and stickers.
    media: []
  };

  // content/sites/instagram.js
  var instagram = {
    id: "instagram",
    platform: "instagram",
    // The most characters sent per check (Instagram's 2,200 characters plus 1,000): the panel says when a draft was cut.
    checkLimit: 3200,
    hosts: ["instagram.com"],
    composers: [
      { kind: "post", selector: `textarea:is(${labelSelector("instagram", "writeCaption")})` },
      {
        kind: "post",
        selector: `[contenteditable="true"][role="textbox"]:is(${labelSelector("instagram", "writeCaption")})`
      },
      // A comment answers the post's readers (or, after "Reply", one commenter by handle): reply rules and templates.
      { kind: "reply", selector: `textarea:is(${labelSelector("instagram", "addComment")})`, author: null, submitOnEnter: true }
    ],
    // Pages where every box is private (content/watch.js reports nothing typed there), whatever the interface
    // language: direct messages live under /direct/ — /direct/inbox/, /direct/general/, /direct/requests/ and a
    // conversation at /direct/t/<thread id>/ (seen in an automation's reference of Instagram's DOM,
    // IsaiahDupree/Safari_Automations docs/INSTAGRAM_AUTOMATION_COMPLETE.md, "production-verified" 2026-02-27).
    privatePaths: ["/direct/"],
    // Boxes typed in that are deliberately not composers, wherever they appear: the conversation box, a
    // contenteditable role=textbox labelled "Message" (a17-so/internal-tools outreach selectors, 2025) with a
    // textarea[placeholder*="Message"] fallback (Safari_Automations, above). English labels only: other languages
    // rely on privatePaths.
    ignored: ['[contenteditable="true"][aria-label="Message"]', 'textarea[placeholder^="Message"]'],
    // Instagram's buttons are role=button divs known only by their text: "Share" publishes a post, "Post" a comment.
    submit: [
      { selector: '[role="dialog"] [role="button"]', text: labelTexts("instagram", "share") },
      { selector: '[role="button"]', text: labelTexts("instagram", "post") }
    ],
    // Media kinds come only from the files the person attached (content/attachments.js): every post made on Instagram's
    // web comes from a file chosen from the computer (or dropped) in "Create new post" — Create → select → Next (Crop)
    // → Next (Edit) → caption → Share, with `form[enctype="multipart/form-data"] input._ac69[type="file"]
    // [accept="image/jpeg,image/png,image/heic,image/heif,video/mp4,video/quicktime"]` in Selenium and Puppeteer
    // scripts, 2022–2025 — before the caption box exists. Nothing shown in the dialog is read: its avatar img and svg
    // role=img icons (the select step's "Icon to represent media such as images or videos", copied with Instagram's
    // own class names by several public clones) made a video post "photo + video". No reliable preview marker was
    // found in public code (searched 2026-11-30): an agent's scheduled-posting executor (@craft-agent's
    // scheduled-social browser contract, 2026) waits for any of `[role="dialog"] img[src^="blob:"]`,
    // `video[src^="blob:"]` or `[role="dialog"] canvas` on Instagram, three alternatives, and other automations wait
    // on obfuscated class names (`div.x1n2onr6 img`).
    media: []
  };

  // content/sites/x.js
  var x = {
    id: "x",
    platform: "twitter",
    // The most characters sent per check (X's 280 weighted characters (a link counts 23 whatever its length) plus 1,000 for long links): the panel says when a draft was cut.
    checkLimit: 1280,
    hosts: ["x.com", "twitter.com"],
    composers: [
      // Draft.js puts the testid on the contenteditable itself: tweetTextarea_0, _1… for each post of a thread.
      { kind: "post", selector: '[data-testid^="tweetTextarea_"][contenteditable="true"]' },
      // The touch layout (phones, tablets): a plain textarea inside the tweetTextarea_N div.
      { kind: "post", selector: 'div[data-testid^="tweetTextarea_"] > textarea' }
    ],
    // Boxes typed in that are deliberately not composers (content/watch.js does not report them): direct messages.
    ignored: ['[data-testid="dmComposer"]', '[data-testid="dmComposerTextInput"]', '[data-testid="dm-composer-textarea"]'],
    // "Post" (or "Post all" for a thread) publishes every post of the composer at once.
    submit: [{ selector: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]' }],
    // A quoted post's card also sits in the attachments area, avatar included: it is not media the person attached.
    media: [
      { kind: "photo", selector: '[data-testid="attachments"] img:not([role="link"] img, [data-testid="Tweet-User-Avatar"] img)' },
      { kind: "video", selector: '[data-testid="attachments"] video:not([role="link"] video)' }
    ]
  };

  // content/sites/registry.js
  var SITES = Object.freeze([x, facebook, instagram].map((site2) => Object.freeze(site2)));
  var forHost = (hostname) => SITES.find((site2) => site2.hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`)));
  var all = () => [...SITES];

  // content/main.js
  var STARTED = /* @__PURE__ */ Symbol.for("postcheck.started");
  var TEST_HOOK = /* @__PURE__ */ Symbol.for("postcheck.test");
  var t = (key, ...values) => chrome.i18n.getMessage(key, values.map(String)) || key;
  function start(site2) {
    const strings = {
      ideal: t("panelIdeal"),
      limit: t("panelLimit"),
      collapse: t("panelCollapse"),
      expand: t("panelExpand"),
      guidelines: t("panelGuidelines"),
      noFindings: t("panelNoFindings")
    };
    const host = document.createElement("postcheck-overlay");
    const shadow = host.attachShadow({ mode: "closed" });
    const style = document.createElement("style");
    style.textContent = overlayStyles;
    const layer = document.createElement("div");
    layer.className = "layer";
    shadow.append(style, layer);
    const mount = () => {
      if (!host.isConnected) document.body.append(host);
    };
    const check2 = async (text, kind, addressee) => {
      let sent = text;
      if (text.length > site2.checkLimit) {
        const cut = /[\uD800-\uDBFF]/.test(text[site2.checkLimit - 1]) ? site2.checkLimit - 1 : site2.checkLimit;
        sent = text.slice(0, cut);
      }
      const result = await client.check(sent, site2.platform, kind, addressee);
      mount();
      if (result.state === "helper-down") return { ...result, message: t("helperDown"), detail: result.message };
      return sent === text ? result : { ...result, notice: t("panelCheckedFirst", sent.length) };
    };
    const submitSelector = site2.submit.map(({ selector }) => selector).join(", ");
    const composerOf = (editor) => {
      for (let node = editor.parentElement, depth2 = 0; node && depth2 < 12; node = node.parentElement, depth2 += 1) {
        if (node.querySelector(submitSelector)) return node;
      }
      return editor;
    };
    const composers = new Composers(site2, (editor, definition) => {
      mount();
      let anchor = null;
      let addressee = null;
      const addresseeOf = () => {
        if (addressee === null && definition.kind === "reply") {
          addressee = commenterName(editor, definition.author);
        }
        return addressee;
      };
      const overlay = new Overlay({
        editor,
        layer,
        strings,
        check: (text) => check2(text, definition.kind, addresseeOf()),
        anchor: () => anchor?.isConnected && anchor.contains(editor) ? anchor : anchor = composerOf(editor)
      });
      if (definition.kind === "reply") attach(overlay, editor, definition, site2.platform, t);
      overlay.media = new MediaSection(overlay, t);
      return overlay;
    });
    const withOverlay = (event, action) => {
      const found = composers.entryFor(event.target);
      if (found) action(found[1].overlay, found[0], found[1].definition);
    };
    document.addEventListener("input", timed((event) => {
      if (event.isTrusted) withOverlay(event, (overlay) => overlay.schedule());
    }), true);
    document.addEventListener("beforeinput", timed((event) => {
      if (event.isTrusted) withOverlay(event, (overlay) => overlay.touched());
    }), true);
    document.addEventListener("focusin", timed((event) => {
      if (!event.isTrusted) return;
      withOverlay(event, (overlay) => {
        if (overlay.sentText && !overlay.report) overlay.flush({ force: true });
      });
    }), true);
    const relayout = timed(() => {
      for (const [, entry] of composers.entries()) entry.overlay.requestLayout();
    });
    addEventListener("scroll", relayout, { capture: true, passive: true });
    addEventListener("resize", relayout, { passive: true });
    watch(site2, composers);
    watchComposers(site2, composers, client.composer);
    watchAttachments(composers, (entry, files) => {
      for (const file of files) entry.overlay.media.add(file);
    });
    if (document.body) composers.start();
    else addEventListener("DOMContentLoaded", () => composers.start(), { once: true });
    const debug = Object.freeze({
      site: site2.id,
      composers: () => composers.entries().map(([editor, entry]) => ({
        kind: entry.definition.kind,
        connected: editor.isConnected,
        ...entry.overlay.snapshot()
      })),
      timings: () => composers.entries().flatMap(([, entry]) => entry.overlay.stats.timings),
      meter: () => ({ ...meter }),
      recheck: () => Promise.all(composers.entries().map(([, entry]) => entry.overlay.flush({ force: true })))
    });
    Object.defineProperty(globalThis, TEST_HOOK, {
      value: Object.freeze({ debug, Overlay, Underlines: highlights_exports, sites: registry_exports, replyTemplates: reply_templates_exports, protocol: import_protocol2.default })
    });
  }
  var site = forHost(location.hostname);
  if (site && !Object.hasOwn(globalThis, STARTED)) {
    Object.defineProperty(globalThis, STARTED, { value: true });
    start(site);
  }
})();
