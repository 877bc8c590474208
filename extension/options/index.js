// The options page: stores the person's sign-off initial in storage.sync so it follows them across browsers.
"use strict";
(() => {
  const form = document.getElementById("options");
  const input = document.getElementById("initial");
  const saved = document.getElementById("saved");

  for (const node of document.querySelectorAll("[data-i18n]")) {
    const message = chrome.i18n.getMessage(node.dataset.i18n);
    if (message) node.replaceChildren(message);
  }

  chrome.storage.sync.get("initial").then(({ initial }) => {
    input.value = initial ?? "";
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const initial = input.value.trim().slice(0, 1).toUpperCase();
    await chrome.storage.sync.set({ initial });
    input.value = initial;
    saved.replaceChildren(chrome.i18n.getMessage("optionsSaved"));
  });
})();
