// The options page's notification switch: reminders at check times and before reply deadlines, off by default.
"use strict";
(() => {
  const KEY = "notifications";
  const box = document.getElementById("notifications");
  const saved = document.getElementById("notifications-saved");

  chrome.storage.sync.get(KEY).then(({ [KEY]: enabled }) => {
    box.checked = enabled === true;
  });

  box.addEventListener("change", async () => {
    await chrome.storage.sync.set({ [KEY]: box.checked });
    saved.replaceChildren(chrome.i18n.getMessage("optionsSaved"));
  });
})();
