// Auto check-ins and time on social media from tab focus alone: a platform tab active in a focused window for the
// policy's number of seconds is the check for that platform's open check-time window (at most one per window), and
// whole focused minutes are reported per platform. Only a platform name and minutes leave: never a URL or a title.
// The tab's URL is readable for the content scripts' sites only (manifest host_permissions): no "tabs" permission.
"use strict";
(() => {
  const ns = (globalThis.postcheck ??= {});
  const { helperClient } = ns;
  const FOCUS_ALARM = "postcheck-focus";
  const STATE_KEY = "focus";
  const DEFAULT_FOCUS_SECONDS = 60;
  const HOSTS = [
    [/(^|\.)(x|twitter)\.com$/, "twitter"],
    [/(^|\.)facebook\.com$/, "facebook"],
    [/(^|\.)instagram\.com$/, "instagram"],
  ];

  function platformOf(url) {
    let host;
    try {
      const parsed = new URL(url ?? "");
      if (parsed.protocol !== "https:") return null;
      host = parsed.hostname;
    } catch {
      return null;
    }
    return HOSTS.find(([pattern]) => pattern.test(host))?.[1] ?? null;
  }

  async function focusedPlatform() {
    const win = await chrome.windows.getLastFocused().catch(() => null);
    if (!win?.focused) return { platform: null, tabId: null };
    const [tab] = await chrome.tabs.query({ active: true, windowId: win.id });
    return { platform: platformOf(tab?.url), tabId: tab?.id ?? null };
  }

  async function load() {
    const { [STATE_KEY]: state } = await chrome.storage.session.get(STATE_KEY);
    return state ?? { platform: null, tabId: null, since: 0, counted: 0, checkedIn: false, seconds: {},
                      focusSeconds: DEFAULT_FOCUS_SECONDS };
  }

  const save = (state) => chrome.storage.session.set({ [STATE_KEY]: state });

  // Adds the stretch's uncounted seconds to its platform; whole minutes are sent, the rest kept for later.
  async function count(state, now) {
    if (state.platform) {
      state.seconds[state.platform] = (state.seconds[state.platform] ?? 0) + Math.max(0, now - state.counted) / 1000;
      state.counted = now;
    }
    for (const [platform, seconds] of Object.entries(state.seconds)) {
      const minutes = Math.floor(seconds / 60);
      if (minutes < 1) continue;
      state.seconds[platform] = seconds - minutes * 60;
      await helperClient.post("/v1/activity", { type: "focused-time", platform, minutes }).catch(() => {
        state.seconds[platform] += minutes * 60;  // the helper is down: keep them for the next try
      });
    }
  }

  async function checkIn(state, now) {
    if (!state.platform || state.checkedIn || now - state.since < state.focusSeconds * 1000) return false;
    const today = await helperClient.get("/v1/checklist/today");
    const open = today.items.some((item) => item.kind === "check-time" && item.platform === state.platform
                                            && item.status === "due");
    state.checkedIn = true;  // one stretch gives at most one check-in, whether or not a window was open
    if (!open) return false;
    await helperClient.post("/v1/activity", { type: "check-in", platform: state.platform });
    return true;
  }

  async function evaluateNow(reason) {
    const now = Date.now();
    const state = await load();
    const { platform, tabId } = await focusedPlatform();
    if (platform !== state.platform || tabId !== state.tabId) {
      await count(state, now);
      Object.assign(state, { platform, tabId, since: now, counted: now, checkedIn: false });
      if (platform) await chrome.alarms.create(FOCUS_ALARM, { when: now + state.focusSeconds * 1000 });
    } else if (reason === "tick") {
      await count(state, now);
    }
    const checkedIn = await checkIn(state, now).catch(() => false);
    await save(state);
    if (checkedIn) ns.badge?.refresh();
  }

  // Focus events come in bursts: they are handled one after another.
  let chain = Promise.resolve();
  function evaluate(reason = "change") {
    chain = chain.then(() => evaluateNow(reason)).catch(() => {});
    return chain;
  }

  // The policy's focus time, from the helper's week answer; a stretch under way gets its alarm moved.
  function checklistChanged(_today, week) {
    const seconds = week?.check_in_focus_seconds;
    if (!Number.isInteger(seconds)) return chain;
    chain = chain.then(async () => {
      const state = await load();
      if (state.focusSeconds === seconds) return;
      state.focusSeconds = seconds;
      if (state.platform && !state.checkedIn) {
        await chrome.alarms.create(FOCUS_ALARM, { when: Math.max(Date.now(), state.since + seconds * 1000) + 100 });
      }
      await save(state);
    }).catch(() => {});
    return chain;
  }

  chrome.tabs.onActivated.addListener(() => evaluate());
  chrome.tabs.onUpdated.addListener((_tabId, change) => {
    if (change.url || change.status === "complete") evaluate();
  });
  chrome.windows.onFocusChanged.addListener(() => evaluate());
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOCUS_ALARM || alarm.name === ns.badge?.REFRESH_ALARM) evaluate("tick");
  });

  ns.focus = Object.freeze({ evaluate, checklistChanged, platformOf });
})();
