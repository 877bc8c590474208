// The metadata part of an attached photo: the only bytes of it that go to the helper (the picture itself never does).
// Mirrors helper/postcheck/media/slicing.py byte for byte (tests/browser/test_media_slice.py compares the two):
// JPEG: every segment up to and including the scan header (SOS); PNG: the signature, every chunk but IDAT, then an
// empty IDAT and IEND; WebP: RIFF with VP8X, EXIF and XMP only; MP4/MOV: ftyp + moov when the bytes hold the whole
// moov (metadataPartOfFile fetches a moov written after the media data), else the first bytes; HEIC: the first bytes.
// Never more than the cap.

import { ownBytes } from "../own-bytes.js";

export const METADATA_CAP = 256 * 1024; // the policy's [media] metadata_cap_bytes; the helper refuses more

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const STANDALONE = new Set([0x01, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8]);
const SOS = 0xda;
const EOI = 0xd9;
const WEBP_METADATA = new Set(["VP8X", "EXIF", "XMP "]);
// ISO base media brands of still images (helper/postcheck/media/formats.py); any other brand is a video.
const IMAGE_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif", "avis"]);

const ascii = (bytes, at, length) => String.fromCharCode(...bytes.subarray(at, at + length));

function formatOf(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (PNG_SIGNATURE.every((value, i) => bytes[i] === value)) return "png";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") return "webp";
  if (ascii(bytes, 4, 4) === "ftyp" && bytes.length >= 12) return IMAGE_BRANDS.has(ascii(bytes, 8, 4)) ? "heic" : "video";
  throw new TypeError("not a photo or video postcheck reads: expected JPEG, PNG, WebP, HEIC or MP4");
}

function jpegEnd(bytes, view) {
  let pos = 2;
  let end = bytes.length;
  while (pos + 2 <= bytes.length) {
    if (bytes[pos] !== 0xff) throw new TypeError(`malformed JPEG: expected a marker at byte ${pos}`);
    const markerAt = pos;
    while (pos < bytes.length && bytes[pos] === 0xff) pos += 1;
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

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function emptyChunk(type) {
  const out = new Uint8Array(12);
  const view = new DataView(out.buffer);
  let crc = 0xffffffff;
  for (let i = 0; i < 4; i += 1) {
    out[4 + i] = type.charCodeAt(i);
    crc = CRC_TABLE[(crc ^ out[4 + i]) & 0xff] ^ (crc >>> 8);
  }
  view.setUint32(8, (crc ^ 0xffffffff) >>> 0);
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
    if (length > 0x7fffffff || !/^[A-Za-z]{4}$/.test(type)) throw new TypeError(`malformed PNG chunk at byte ${pos}`);
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
  head.set([0x52, 0x49, 0x46, 0x46], 0);
  new DataView(head.buffer).setUint32(4, size - 8, true);
  head.set([0x57, 0x45, 0x42, 0x50], 8);
  return concat([head, ...chunks]);
}

// Top-level ISO boxes: {type, start, end, complete}; end is clipped to the bytes held.
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

/**
 * The metadata part of a file, as a new ArrayBuffer of at most METADATA_CAP bytes.
 * @param {ArrayBuffer} arrayBuffer the file or its first bytes (`await file.slice(0, METADATA_CAP).arrayBuffer()`)
 * @returns {ArrayBuffer}
 * @throws {TypeError} for a file that is not JPEG, PNG, WebP, HEIC or MP4, or whose structure is malformed
 */
export function metadataPart(arrayBuffer, cap = METADATA_CAP) {
  const bytes = new Uint8Array(arrayBuffer);
  const view = new DataView(arrayBuffer);
  const format = formatOf(bytes);
  if (format === "jpeg") return arrayBuffer.slice(0, Math.min(jpegEnd(bytes, view), cap));
  if (format === "png") return pngPart(bytes, view, cap);
  if (format === "webp") return webpPart(bytes, view, cap);
  if (format === "video") return videoPart(arrayBuffer, bytes, view, cap);
  return arrayBuffer.slice(0, cap);
}

/**
 * A Blob's bytes in an ArrayBuffer of this script's own (see ../own-bytes.js: in Firefox the page's File gives a
 * buffer DataView refuses, and the metadata part was never sent).
 * @param {Blob} blob
 * @returns {Promise<ArrayBuffer>}
 */
export async function bufferOf(blob) {
  return ownBytes(await blob.arrayBuffer()).buffer;
}

/**
 * The metadata part of an attached File (or Blob): its first METADATA_CAP bytes, and for a video whose moov box
 * comes after the media data, that moov box read from its place (box headers only are read on the way).
 * @param {Blob} file
 * @returns {Promise<ArrayBuffer>}
 */
export async function metadataPartOfFile(file, cap = METADATA_CAP) {
  const head = await bufferOf(file.slice(0, cap));
  const bytes = new Uint8Array(head);
  if (formatOf(bytes) !== "video" || isoBoxes(bytes, new DataView(head)).some((box) => box.type === "moov")) {
    return metadataPart(head, cap);
  }
  let ftyp = null;
  for (let pos = 0, boxes = 0; pos + 8 <= file.size && boxes < 10000; boxes += 1) {
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

/** Base64 of an ArrayBuffer, for protocol.media(data, text) (runtime messages carry JSON, not binary). */
export function base64Of(arrayBuffer) {
  const bytes = new Uint8Array(arrayBuffer);
  let text = "";
  for (let at = 0; at < bytes.length; at += 0x8000) text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(text);
}
