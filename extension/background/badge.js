// The toolbar badge: due + overdue items of today's checklist, red when one is overdue, "!" when the helper is down;
// refreshed by chrome.alarms every few minutes, at the next due time, and after every activity (handlers.js).
"use strict";
(() => {
  const ns = (globalThis.postcheck ??= {});
  const { helperClient, pairing } = ns;
  const REFRESH_ALARM = "postcheck-refresh";
  const DUE_ALARM = "postcheck-due";
  const REFRESH_MINUTES = 5;
  const COLOURS = Object.freeze({ overdue: "#c62828", due: "#9a5b00", down: "#5f6368" });
  const NOTIFY_KEY = "notifications";
  // A check-time notice is shown from the check time for this long (a refresh runs at least every 5 minutes).
  const CHECK_NOTICE_MS = 15 * 60_000;

  const t = (key) => chrome.i18n.getMessage(key);

  // The next moment a status may change: the first due time still ahead (the periodic alarm covers the rest).
  function nextDue(items, now) {
    const ahead = items.map((item) => Date.parse(item.due ?? "")).filter((when) => when > now);
    return ahead.length ? Math.min(...ahead) : null;
  }

  async function show(text, colour, title) {
    await chrome.action.setBadgeText({ text });
    await chrome.action.setBadgeBackgroundColor({ color: colour });
    if (chrome.action.setBadgeTextColor) await chrome.action.setBadgeTextColor({ color: "#ffffff" });
    await chrome.action.setTitle({ title });
  }

  async function notifyDue(today, week) {
    const { [NOTIFY_KEY]: enabled } = await chrome.storage.sync.get(NOTIFY_KEY);
    if (!enabled) return;
    const now = Date.now();
    const warnMs = (week?.reply_warning_minutes ?? 120) * 60_000;
    const { notified = [] } = await chrome.storage.session.get("notified");
    const seen = new Set(notified);
    for (const item of today.items) {
      const due = Date.parse(item.due ?? "");
      if (item.status === "done" || Number.isNaN(due)) continue;
      const checkNow = item.kind === "check-time" && item.status === "due" && now >= due && now - due < CHECK_NOTICE_MS;
      const replySoon = item.kind === "reply-deadline" && item.status === "due" && due - now <= warnMs;
      const key = `${today.date}/${item.id}`;
      if ((checkNow || replySoon) && !seen.has(key)) {
        seen.add(key);
        chrome.notifications.create(key, {
          type: "basic", iconUrl: chrome.runtime.getURL("icons/icon-128.png"),
          title: checkNow ? t("notifyCheckTitle") : t("notifyReplyTitle"), message: item.title,
        });
      }
    }
    await chrome.storage.session.set({ notified: [...seen].slice(-200) });
  }

  let running = null;

  async function refreshNow() {
    try {
      const today = await helperClient.get("/v1/checklist/today");
      const { text, overdue } = today.badge;
      await show(text, overdue ? COLOURS.overdue : COLOURS.due, text ? `${t("actionTitle")} — ${text}` : t("actionTitle"));
      const next = nextDue(today.items, Date.now());
      if (next) await chrome.alarms.create(DUE_ALARM, { when: next + 1000 });
      const week = await helperClient.get("/v1/checklist/week").catch(() => null);
      await notifyDue(today, week);
      ns.focus?.checklistChanged(today, week);
      return today;
    } catch (error) {
      if (error instanceof pairing.HelperDown) {
        await show("!", COLOURS.down, t("badgeHelperDown"));
        return null;
      }
      throw error;
    }
  }

  // Triggers during a refresh (an activity right after an alarm) get one more refresh after it, never a stale answer.
  let again = false;

  function refresh() {
    if (running) {
      again = true;
      return running;
    }
    running = refreshNow().catch(() => null).finally(() => {
      running = null;
      if (again) {
        again = false;
        refresh();
      }
    });
    return running;
  }

  async function ensureAlarm() {
    const existing = await chrome.alarms.get(REFRESH_ALARM);
    if (!existing) await chrome.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES });
  }

  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM || alarm.name === DUE_ALARM) refresh();
  });
  chrome.runtime.onStartup.addListener(() => ensureAlarm().then(refresh));
  chrome.runtime.onInstalled.addListener(() => ensureAlarm().then(refresh));

  ns.badge = Object.freeze({ refresh, REFRESH_ALARM, DUE_ALARM });
})();
