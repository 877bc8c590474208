// Today's items grouped by platform: status colour, title, progress bar, due time or countdown, tick / undo buttons.
// The vault's items (account set-up, password rotation) have a group of their own, with the way to the options page.
import { dueLabel, duration, fill, platformName, shortDate, statusName, t } from "./i18n.js";
import { progressText, requirementLines, setupParts, titleOf } from "./titles.js";

const ACCOUNTS = "accounts";
const ACCOUNT_KINDS = new Set(["account-setup", "password-rotation"]);
const GROUPS = [null, "twitter", "facebook", "instagram", "youtube", ACCOUNTS];
const groupOf = (item) => (ACCOUNT_KINDS.has(item.kind) ? ACCOUNTS : item.platform);
const URGENCY = { overdue: 0, due: 1, upcoming: 2, done: 3 };

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function when(item, answer, now) {
  if (!item.due) return null;
  // Due since the start of a day (first stale day, rotation day): the date says it, a "00:00" would not.
  if (ACCOUNT_KINDS.has(item.kind)) return element("span", "when", shortDate(item.due.slice(0, 10)));
  if (item.kind === "reply-deadline" && item.status !== "done") {
    const left = Date.parse(item.due) - now;
    const text = fill(left > 0 ? t("countdownLeft") : t("countdownLate"), { duration: duration(left) });
    return element("span", "when countdown", text);
  }
  return element("span", "when", dueLabel(item.due, answer.date));
}

function action(item, act) {
  const manual = !item.auto || item.kind === "reply-deadline";
  if (!manual || item.kind === "official-hashtags") return null;
  if (item.status === "done") {
    if (item.auto) return null;
    const undo = element("button", "undo", t("buttonUndo"));
    undo.addEventListener("click", () => act("untick", item.id));
    return undo;
  }
  const tick = element("button", "tick", item.kind === "reply-deadline" ? t("buttonAnswered") : t("buttonDone"));
  tick.addEventListener("click", () => act("tick", item.id));
  return tick;
}

function row(item, answer, week, now, act) {
  const li = element("li", `item ${item.status}`);
  li.dataset.id = item.id;
  li.dataset.status = item.status;
  li.title = `${statusName(item.status)} — ${item.guideline}`;
  li.append(element("span", "dot"));
  const body = element("div", "body");
  body.append(element("span", "title", titleOf(item)));
  const setup = item.kind === "account-setup" ? setupParts(item) : null;
  if (setup) {
    // Each requirement keeps its own state: to do (missing) or renew (out of date since its validity ran out).
    const list = element("ul", "requirements");
    for (const line of requirementLines(setup)) {
      const entry = element("li", `requirement ${line.state}`, line.text);
      entry.dataset.state = line.state;
      list.append(entry);
    }
    body.append(list);
  }
  if (item.progress) {
    const bar = element("div", "progress");
    const fillBar = element("div", "fill");
    fillBar.style.width = `${Math.min(100, (100 * item.progress.done) / Math.max(1, item.progress.target))}%`;
    bar.append(fillBar);
    body.append(bar, element("span", "progress-text", progressText(item, week?.quotas)));
  }
  li.append(body);
  const time = when(item, answer, now);
  if (time) li.append(time);
  const button = action(item, act);
  if (button) li.append(button);
  return li;
}

const accountOf = (item) => item.title.split(": ", 1)[0];

function byAccount(items) {
  const first = new Map();
  items.forEach((item, index) => { if (!first.has(accountOf(item))) first.set(accountOf(item), index); });
  return (a, b) => first.get(accountOf(a)) - first.get(accountOf(b)) || URGENCY[a.status] - URGENCY[b.status];
}

// `openAccounts`: opens the options page, where each account says what it lacks and why.
export function itemGroups(answer, week, now, act, openAccounts) {
  const fragment = document.createDocumentFragment();
  for (const group of GROUPS) {
    const items = answer.items.filter((item) => groupOf(item) === group)
      .sort((a, b) => URGENCY[a.status] - URGENCY[b.status]);
    // One account's items together (most urgent account first), each account most urgent first.
    if (group === ACCOUNTS) items.sort(byAccount(items));
    if (!items.length) continue;
    const section = element("section", "group");
    section.dataset.platform = group ?? "general";
    const open = items.filter((item) => item.status === "due" || item.status === "overdue").length;
    const header = element("h2", "", group === ACCOUNTS ? t("groupAccounts") : platformName(group));
    header.append(element("span", open ? "count" : "count clear", open ? fill(t("groupOpen"), { n: open }) : "✓"));
    const list = element("ul");
    for (const item of items) list.append(row(item, answer, week, now, act));
    section.append(header, list);
    if (group === ACCOUNTS) {
      const details = element("button", "details", t("accountsDetails"));
      details.type = "button";
      details.id = "open-accounts";
      details.addEventListener("click", openAccounts);
      section.append(details);
    }
    fragment.append(section);
  }
  return fragment;
}
