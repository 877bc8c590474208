// Node's test runner on extension/sites-labels/labels.js: for each interface language, every label table is complete
// and well formed (run by tests/browser/test_site_labels.py; alone: node --test tests/browser/labels/).
import assert from "node:assert/strict";
import { test } from "node:test";
import { LABELS, LANGUAGES, labelSelector, labelTexts } from "../../../extension/sites-labels/labels.js";

const FIELDS = ["match", "attribute", "where"];
const entries = () =>
  Object.entries(LABELS).flatMap(([site, keys]) => Object.entries(keys).map(([key, entry]) => [site, key, entry]));

for (const language of LANGUAGES) {
  test(`${language}: every label has at least one well-formed text with its evidence`, () => {
    for (const [site, key, entry] of entries()) {
      const name = `${site}.${key}.${language}`;
      assert.ok(Array.isArray(entry[language]) && entry[language].length > 0, `${name} is missing`);
      for (const { text, verified, evidence } of entry[language]) {
        assert.equal(typeof text, "string", `${name}: text`);
        assert.ok(text.trim() !== "" && text === text.trimStart(), `${name}: "${text}"`);
        // A prefix stops before the part that varies (a name, an ellipsis, a question mark).
        if (entry.match === "prefix") {
          assert.doesNotMatch(text, /(…|\.\.\.|\?)$/, `${name}: "${text}" is not a prefix`);
        } else assert.equal(text, text.trim(), `${name}: "${text}" has spaces around it`);
        assert.equal(typeof verified, "boolean", `${name}: verified`);
        assert.ok(typeof evidence === "string" && evidence.length > 10, `${name}: evidence`);
      }
      assert.equal(new Set(entry[language].map((v) => v.text)).size, entry[language].length, `${name}: a repeat`);
    }
  });
}

test("each label declares how it matches, and has exactly the five languages", () => {
  for (const [site, key, entry] of entries()) {
    assert.deepEqual(Object.keys(entry).sort(), [...FIELDS, ...LANGUAGES].sort(), `${site}.${key}`);
    assert.ok(["exact", "prefix"].includes(entry.match), `${site}.${key}: match`);
    assert.ok(["aria-label", "text"].includes(entry.attribute), `${site}.${key}: attribute`);
  }
});

test("labelTexts and labelSelector cover every language", () => {
  assert.deepEqual(labelTexts("facebook", "post"), ["Post", "Publier", "Publicar", "Postar", "نشر"]);
  assert.equal(labelSelector("facebook", "replyTo"), ['[aria-label^="Reply to "]', '[aria-label^="Répondre à "]',
    '[aria-label^="Responder a "]', '[aria-label^="الرد على "]'].join(", "));
  assert.match(labelSelector("facebook", "whatsOnYourMind"), /^\[aria-label\^="What's on your mind"\]/);
  assert.throws(() => labelSelector("instagram", "share"), /button text/);
  assert.throws(() => labelTexts("x", "post"), /no label post for x/);
});
