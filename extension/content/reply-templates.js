// The reply-templates menu of reply boxes: the policy's templates, with the commenter's first name and the sign-off initial.
import { client } from "./client.js";
import { el } from "./overlay/panel.js";

// The commenter's name as the site shows it: from the comment's profile link, else the reply box's label ("Reply to
// Maria Lopez"); null when unreadable or when the box answers nobody in particular (`author` null: a comment under a
// post). The helper takes a reply opening with it as greeting them (Facebook pre-fills that mention).
export function commenterName(editor, author) {
  if (!author) return null;
  const comment = editor.closest(author.comment);
  let name = comment?.querySelector(author.name)?.textContent;
  if (!name) name = new RegExp(author.labelPattern).exec(editor.getAttribute("aria-label") ?? "")?.[1];
  return name?.trim() ? name.trim().replace(/\s+/g, " ").slice(0, 200) : null;
}

// The commenter's first name, for the templates' {first_name}.
export function commenterFirstName(editor, author) {
  return commenterName(editor, author)?.split(" ")[0] ?? null;
}

async function signOffInitial() {
  const { initial } = await chrome.storage.sync.get("initial");
  return typeof initial === "string" ? initial.trim().slice(0, 1).toUpperCase() : "";
}

// Placeholders we cannot fill stay visible in brackets, so the person notices before posting.
export function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (whole, key) => values[key] || `[${key.replace("_", " ")}]`);
}

export function attach(overlay, editor, definition, platform, t) {
  const menu = el("div", "menu");
  const note = el("p", "note");
  const open = el("button", "templates", t("templatesButton"));
  open.type = "button";
  // A negative review or comment must be answered within 24 hours: marking it puts that deadline on the checklist.
  const negative = el("button", "negative", t("markNegativeButton"));
  negative.type = "button";
  negative.title = t("markNegativeHint");
  const section = el("div", null, el("div", "actions", open, negative), menu, note);
  overlay.panel.extras.append(section);

  const say = (message) => note.replaceChildren(message);

  const copy = async (template) => {
    const values = { first_name: commenterFirstName(editor, definition.author), initial: await signOffInitial() };
    const text = fill(template.text, values);
    try {
      await navigator.clipboard.writeText(text);
      say(values.initial ? t("templateCopied") : t("templateCopiedNoInitial"));
    } catch (error) {
      say(`${t("templateCopyFailed")} (${error?.message ?? error})`);
    }
  };

  negative.addEventListener("click", async (event) => {
    if (!event.isTrusted) return;
    negative.disabled = true;
    const answer = await client.markNegative(platform);
    if (answer.accepted) {
      say(t("markedNegative"));
      return;
    }
    negative.disabled = false;
    say(answer.state === "helper-down" ? t("helperDown") : `${t("markNegativeFailed")} (${answer.message})`);
  });

  open.addEventListener("click", async () => {
    const answer = await client.templates();
    if (!answer.templates) {
      say(answer.state === "helper-down" ? t("helperDown") : `${t("templatesUnavailable")} (${answer.message})`);
      return;
    }
    menu.replaceChildren(...answer.templates.map((template) => {
      const button = el("button", "template", template.label);
      button.type = "button";
      button.dataset.template = template.id;
      button.addEventListener("click", () => copy(template));
      return button;
    }));
    say(answer.templates.length ? "" : t("templatesNone"));
  });
}
