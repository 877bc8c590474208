// The options page's accounts section: lists the vault's accounts through the background, adds and edits them,
// stores a password (write-only), reveals or copies it on click, shows the current 2FA code.
import { requirementFields, row, summary, t } from "./accounts-view.js";
import { CLIPBOARD_CLEAR_MS, REVEAL_MS, copyThenClear, showFor } from "./secret-display.js";

const { protocol } = globalThis.postcheck;
const { REPLY } = protocol;
const body = document.getElementById("accounts-body");
const status = document.getElementById("accounts-status");
const form = document.getElementById("account-form");
const secretForm = document.getElementById("secret-form");
let accounts = [];

async function ask(message) {
  const reply = await chrome.runtime.sendMessage(message);
  if (reply?.kind === REPLY.helperDown) throw new Error(t("helperDown"));
  if (reply?.kind === REPLY.failed || reply?.kind === REPLY.refused) throw new Error(reply.message);
  return reply;
}

function say(text, isError = false) {
  status.textContent = text;
  status.classList.toggle("error", isError);
}

async function refresh() {
  try {
    accounts = (await ask(protocol.accounts())).accounts;
  } catch (error) {
    say(error.message, true);
    return;
  }
  body.replaceChildren(...accounts.map(row));
  document.getElementById("accounts-summary").textContent = summary(accounts);
}

function accountOf(tr) {
  return accounts.find((a) => a.platform === tr.dataset.platform && a.handle === tr.dataset.handle);
}

function edit(account) {
  form.platform.value = account?.platform ?? "twitter";
  form.handle.value = account?.handle ?? "";
  for (const name of ["url", "location", "manager", "created"]) form[name].value = account?.[name] ?? "";
  form.platform.disabled = form.handle.disabled = Boolean(account);
  document.getElementById("requirements").replaceChildren(...(account ? requirementFields(account) : []));
  document.getElementById("requirements-box").hidden = !account;
  form.scrollIntoView({ block: "nearest" });
  form.handle.focus();
}

async function save(event) {
  event.preventDefault();
  const fields = {};
  for (const name of ["url", "location", "manager", "created"]) fields[name] = form[name].value.trim() || null;
  if (!fields.created) delete fields.created;
  fields.requirements = Object.fromEntries([...form.querySelectorAll("[data-requirement]")]
    .map((input) => [input.dataset.requirement, input.value || null]));
  try {
    await ask(protocol.saveAccount(form.platform.value, form.handle.value.trim(), fields));
    say(t("optionsSaved"));
    edit(null);
    await refresh();
  } catch (error) {
    say(error.message, true);
  }
}

async function storeSecret(event) {
  event.preventDefault();
  const { platform, handle } = secretForm.dataset;
  try {
    await ask(protocol.setSecret(platform, handle, { password: secretForm.password.value,
      totpSeed: secretForm.totp.value.trim() }));
    say(t("secretStored", `${platform}/${handle}`));
    secretForm.reset();
    secretForm.hidden = true;
    await refresh();
  } catch (error) {
    say(error.message, true);
  } finally {
    secretForm.password.value = "";
  }
}

async function act(action, tr) {
  const account = accountOf(tr);
  const { platform, handle } = account;
  if (action === "edit") return edit(account);
  if (action === "secret") {
    secretForm.dataset.platform = platform;
    secretForm.dataset.handle = handle;
    document.getElementById("secret-title").textContent = t("secretTitle", `${platform}/${handle}`);
    secretForm.hidden = false;
    secretForm.password.focus();
    return undefined;
  }
  if (action === "remove") {
    if (!confirm(t("removeConfirm", `${platform}/${handle}`))) return undefined;
    await ask(protocol.removeAccount(platform, handle));
    return refresh();
  }
  if (action === "reveal") {
    const { password } = await ask(protocol.revealSecret(platform, handle, "reveal"));
    return showFor(tr.querySelector('[data-role="secret"]'), password, REVEAL_MS, (s) => t("revealHiddenIn", s));
  }
  if (action === "copy") {
    const { password } = await ask(protocol.revealSecret(platform, handle, "copy"));
    await copyThenClear(password, (cleared) => say(cleared ? t("clipboardCleared") : t("clipboardNotCleared")));
    return say(t("copied", CLIPBOARD_CLEAR_MS / 1000));
  }
  if (action === "totp") {
    const { code, validFor } = await ask(protocol.totpCode(platform, handle));
    return showFor(tr.querySelector('[data-role="totp"]'), code, validFor * 1000, (s) => t("totpValid", s));
  }
  return undefined;
}

body.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-action]");
  if (!button) return;
  act(button.dataset.action, button.closest("tr")).catch((error) => say(error.message, true));
});
form.addEventListener("submit", save);
form.addEventListener("reset", () => setTimeout(() => edit(null)));
secretForm.addEventListener("submit", storeSecret);
document.getElementById("secret-cancel").addEventListener("click", () => {
  secretForm.reset();
  secretForm.hidden = true;
});
document.getElementById("accounts-refresh").addEventListener("click", refresh);
edit(null);
refresh();
