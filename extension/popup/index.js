// The popup: asks the background for today's checklist and the week, draws them, and sends ticks, undos, the week's
// official hashtags and negative reviews back through it. `?at=<ISO 8601>` (tests, screenshots) shows that moment.
import { weekChart } from "./chart.js";
import { hashtagsBox } from "./hashtags.js";
import { fill, localise, longDate, t } from "./i18n.js";
import { itemGroups } from "./items.js";

const { protocol } = globalThis.postcheck;
const { REPLY } = protocol;
const at = new URLSearchParams(location.search).get("at");
const $ = (id) => document.getElementById(id);

async function send(message) {
  try {
    return (await chrome.runtime.sendMessage(message)) ?? protocol.failed("the background sent no answer");
  } catch (error) {
    return protocol.failed(error?.message ?? String(error));
  }
}

function showError(reply) {
  document.body.dataset.state ??= "error";
  $("error").hidden = false;
  $("error").textContent = reply.message ?? reply.reason ?? reply.kind;
}

const REQUESTS = {
  tick: (id) => protocol.tick(id),
  untick: (id) => protocol.untick(id),
  hashtags: (tags) => protocol.officialHashtags(tags),
  negative: (platform) => protocol.markNegative(platform),
};

async function act(what, value) {
  const reply = await send(REQUESTS[what](value));
  if (reply.kind === REPLY.accepted) await load();
  else if (reply.kind === REPLY.helperDown) showDown();
  else showError(reply);
}

function showDown() {
  document.body.dataset.state = "down";
  $("down").hidden = false;
  for (const id of ["items", "week", "negative"]) $(id).hidden = true;
  $("top").replaceChildren();
  $("summary").textContent = "";
}

function summary(answer) {
  const open = answer.items.filter((item) => item.status === "due" || item.status === "overdue").length;
  const late = answer.items.filter((item) => item.status === "overdue").length;
  if (!open) return t("summaryAllDone");
  const text = fill(t("summaryOpen"), { n: open });
  return late ? `${text} · ${fill(t("summaryOverdue"), { n: late })}` : text;
}

// ISO 8601 week of a calendar date "YYYY-MM-DD": the week of its Thursday (DESIGN: weeks start on Monday).
function isoWeek(date) {
  const thursday = new Date(`${date}T00:00:00Z`);
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / 604800000);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

function draw({ today, week }) {
  document.body.dataset.state = "ready";
  const now = at ? Date.parse(at) : Date.now();
  $("down").hidden = true;
  $("error").hidden = true;
  $("date").textContent = longDate(today.date);
  $("summary").textContent = summary(today);
  $("summary").className = today.badge.overdue ? "overdue" : today.badge.text ? "due" : "done";
  const hashtags = hashtagsBox(today, week, (tags) => act("hashtags", tags));
  const pending = hashtags.classList.contains("prominent");
  $("top").replaceChildren(...(pending ? [hashtags] : []));
  $("items").replaceChildren(itemGroups(today, week, now, act, () => chrome.runtime.openOptionsPage()));
  $("items").hidden = false;
  $("chart").replaceChildren(weekChart(week, today.date));
  $("week").hidden = false;
  $("hashtags-line").replaceChildren(...(pending ? [] : [hashtags]));
  $("negative").hidden = false;
  const report = new URLSearchParams({ week: isoWeek(today.date), ...(at ? { at } : {}) });
  $("report").onclick = (event) => {
    event.preventDefault();
    chrome.tabs.create({ url: chrome.runtime.getURL(`report/index.html?${report}`) });
  };
}

async function load() {
  const reply = await send(protocol.checklist(at));
  if (reply.kind === REPLY.checklist) draw(reply);
  else if (reply.kind === REPLY.helperDown) showDown();
  else showError(reply);
}

// While open, the popup follows the clock (countdowns, windows opening and closing); a fixed `?at=` moment does not.
const FOLLOW_MS = 60_000;

localise(document);
if (!at) setInterval(load, FOLLOW_MS);
$("retry").addEventListener("click", load);
$("negative").addEventListener("submit", (event) => {
  event.preventDefault();
  act("negative", $("negative-platform").value);
});
load();
