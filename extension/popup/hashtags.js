// The week's official hashtags: a prominent form while they are not agreed (Monday by 11:00), a line afterwards.
import { dueLabel, fill, t } from "./i18n.js";

export function hashtagsBox(answer, week, save) {
  const item = answer.items.find((entry) => entry.kind === "official-hashtags");
  const tags = week?.official_hashtags?.tags ?? [];
  const pending = item && item.status !== "done";
  const box = document.createElement("form");
  box.className = pending ? `hashtags prominent ${item.status}` : "hashtags";
  box.id = "hashtags";
  const label = document.createElement("label");
  label.htmlFor = "hashtags-input";
  label.textContent = pending ? fill(t("hashtagsAgreeBy"), { when: dueLabel(item.due, answer.date) })
    : t("hashtagsThisWeek");
  const input = document.createElement("input");
  input.id = "hashtags-input";
  input.autocomplete = "off";
  input.placeholder = t("hashtagsPlaceholder");
  input.value = tags.map((tag) => `#${tag}`).join(" ");
  const button = document.createElement("button");
  button.type = "submit";
  button.textContent = t("hashtagsSave");
  box.append(label, input, button);
  if (week?.official_hashtags?.source === "policy") {
    const note = document.createElement("small");
    note.textContent = t("hashtagsFromPolicy");
    box.append(note);
  }
  box.addEventListener("submit", (event) => {
    event.preventDefault();
    const entered = input.value.split(/[\s,]+/).map((tag) => tag.replace(/^#+/, "")).filter(Boolean);
    if (entered.length) save(entered);
  });
  return box;
}
