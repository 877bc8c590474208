// Bytes that a page-world API handed to the content script, copied into an array of the content script's own.
// Why: in Firefox a content script reaches the page's objects through Xray wrappers, and an ArrayBuffer they give
// (Blob.arrayBuffer(), FileReader, Response, crypto.subtle.digest) belongs to the page's compartment: DataView,
// slice(), subarray() and spreading a view of it throw "Permission denied to access property "constructor"".
// Copying with set() into a Uint8Array made here works in every browser (Chromium has no such wrappers).

/**
 * @param {ArrayBuffer} buffer a buffer possibly from the page's compartment
 * @returns {Uint8Array} a copy over a new ArrayBuffer of this script's own
 */
export function ownBytes(buffer) {
  const theirs = new Uint8Array(buffer);
  const ours = new Uint8Array(theirs.length);
  ours.set(theirs);
  return ours;
}
