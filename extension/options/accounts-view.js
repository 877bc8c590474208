// Renders the institutional accounts (JSON of GET /v1/accounts) as table rows; knows no chrome.* API beyond i18n.
const t = (key, ...subs) => chrome.i18n.getMessage(key, subs.map(String)) || key;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

// Why an account is not ready, most urgent first: each {text, detail} in the person's language where we can.
export function reasons(account) {
  const list = [];
  if (!account.has_secret) list.push({ text: t("reasonNoPassword"), detail: t("guidelineStrongAuth") });
  else if (!account.strength?.ok) list.push({ text: t("reasonWeakPassword", account.strength.score), detail: t("guidelineStrongAuth") });
  if (account.rotation_overdue) list.push({ text: t("reasonRotation", account.rotation_due), detail: t("guidelineStrongAuth") });
  if (!account.naming.ok) list.push({ text: t("reasonNaming"), detail: account.naming.message });
  for (const item of account.requirements) {
    if (item.status === "done" || item.id === "naming-convention") continue;
    const text = item.status === "stale" ? t("reasonStale", item.text, item.done_on) : t("reasonMissing", item.text);
    list.push({ text, detail: item.section });
  }
  return list;
}

// "Before setup" requirements recorded after the account was created: done, so not a reason it is not ready, but
// shown as a warning (the helper's `late`; it cannot be undone).
export function warnings(account) {
  return account.requirements.filter((item) => item.late).map((item) => ({
    id: item.id, text: t("reasonDoneLate", item.text, item.done_on, account.created), detail: item.section }));
}

function accountCell(account) {
  const name = `${account.platform}/${account.handle}`;
  const link = account.url ? el("a", { href: account.url, target: "_blank", rel: "noopener" }, account.url) : null;
  const where = [account.location, account.manager].filter(Boolean).join(" · ");
  return el("td", { className: "account" }, el("strong", {}, name), link ? el("br") : null, link,
    where ? el("div", { className: "muted" }, where) : null);
}

function statusCell(account) {
  const list = reasons(account);
  const late = warnings(account);
  const lateList = late.length ? el("ul", { className: "warnings" }, ...late.map(({ id, text, detail }) =>
    el("li", { title: detail, dataset: { requirement: id } }, text,
      el("span", { className: "muted detail" }, ` — ${detail}`)))) : null;
  if (list.length === 0) return el("td", {}, el("span", { className: "badge ready" }, t("statusReady")), lateList);
  const items = list.map(({ text, detail }) => el("li", { title: detail }, text,
    el("span", { className: "muted detail" }, ` — ${detail}`)));
  return el("td", {}, el("span", { className: "badge not-ready" }, t("statusNotReady", list.length)),
    el("ul", { className: "reasons" }, ...items), lateList);
}

function passwordCell(account) {
  if (!account.has_secret) return el("td", { className: "muted" }, t("passwordNone"));
  const strength = el("span", { className: account.strength.ok ? "ok" : "bad" }, t("passwordStrength", account.strength.score));
  const due = el("div", { className: account.rotation_overdue ? "bad" : "muted" }, t("passwordChangeBy", account.rotation_due));
  const shown = el("output", { className: "secret", hidden: true, dataset: { role: "secret" } });
  const totp = el("output", { className: "totp", hidden: true, dataset: { role: "totp" } });
  const twoFactor = account.has_totp ? el("div", { className: "ok" }, t("has2fa"))
    : el("div", { className: "muted" }, t("no2fa"));
  return el("td", {}, strength, twoFactor, due, shown, totp);
}

function actionsCell(account) {
  const button = (action, label, enabled = true) =>
    el("button", { type: "button", disabled: !enabled, dataset: { action } }, label);
  return el("td", { className: "actions" },
    button("reveal", t("buttonReveal"), account.has_secret), button("copy", t("buttonCopy"), account.has_secret),
    button("totp", t("buttonTotp"), account.has_totp), button("secret", t("buttonSetSecret")),
    button("edit", t("buttonEdit")), button("remove", t("buttonRemove")));
}

export function row(account) {
  return el("tr", { dataset: { platform: account.platform, handle: account.handle },
    className: reasons(account).length ? "not-ready" : "ready" },
    accountCell(account), statusCell(account), passwordCell(account), actionsCell(account));
}

export function summary(accounts) {
  if (accounts.length === 0) return t("accountsEmpty");
  const notReady = accounts.filter((account) => reasons(account).length > 0).length;
  return notReady ? t("accountsSummary", notReady, accounts.length) : t("accountsAllReady", accounts.length);
}

// Date inputs for the requirements a person records (not the ones postcheck knows by itself).
export function requirementFields(account) {
  return account.requirements.filter((item) => !item.auto).map((item) =>
    el("label", { className: "requirement" },
      el("input", { type: "date", name: item.id, value: item.done_on ?? "", dataset: { requirement: item.id } }),
      ` ${item.text}`, el("span", { className: "muted detail" }, ` — ${item.section}`),
      item.late ? el("div", { className: "warnings" }, t("reasonDoneLate", item.text, item.done_on, account.created))
        : null));
}

export { el, t };
