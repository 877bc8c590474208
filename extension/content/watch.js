// The composer watch (issue 12): when the person really types (a trusted input event) into an editable box, tell the
// helper's log whether it was one of the site's known composers. A box that is neither a known composer nor one of
// the site's deliberately ignored ones (DMs, Messenger) is reported by a hash of its structure only, so that
// `postcheck doctor` can tell a site that changed its composer from a quiet day. Once per page load per structure
// (and once for "recognised"); nothing is written into the page and nothing of its text, labels or URL is sent.
import { timed } from "./overlay/meter.js";
import { ownBytes } from "./own-bytes.js";

const ANCESTORS = 4;
// Boxes that are never composers on any site: searches, pickers and login forms.
const NEVER = '[role="combobox"], [role="searchbox"], [role="search"] *, form:has(input[type="password"]) *, ' +
  'postcheck-overlay';

// The editable box an input event's target belongs to: a textarea, a text input, or a contenteditable's host.
function boxOf(target) {
  if (!(target instanceof Element)) return null;
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement) return target.type === "text" ? target : null;
  if (!target.isContentEditable) return null;
  let host = target;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

// Tag names, roles and whether data-testid / contenteditable are present, for the box and 4 ancestors.
export function structureOf(box) {
  const parts = [];
  for (let node = box, depth = 0; node && depth <= ANCESTORS; node = node.parentElement, depth += 1) {
    parts.push([node.localName, node.getAttribute("role") ?? "", node.hasAttribute("data-testid") ? "t" : "",
      node.hasAttribute("contenteditable") ? "c" : ""].join("|"));
  }
  return parts.join(">");
}

// The first 16 hex digits of the structure's SHA-256.
export async function hashOf(structure) {
  const digest = ownBytes(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(structure)));
  return [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

// A page where every box is private (the site's privatePaths, e.g. Instagram's /direct/): read here, never sent.
export const onPrivatePage = (site, path = location.pathname) =>
  (site.privatePaths ?? []).some((prefix) => path.startsWith(prefix));

export function watchComposers(site, composers, send) {
  const ignored = (site.ignored ?? []).join(", ");
  const sent = new Set();
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
      once("recognised", () => send(site.platform, null));
      return;
    }
    if (box.closest(NEVER) || onPrivatePage(site) || (ignored && box.closest(ignored))) return;
    const structure = structureOf(box);
    once(structure, () => hashOf(structure).then((hash) => send(site.platform, hash)));
  }), true);
}
