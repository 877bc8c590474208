// Shows the report to OCU for `?week=` (and `?at=`): the background fetches the helper's HTML (signed, proved), and
// this tab then displays it from a blob of this extension, so it prints like any page. Only extension pages may ask.
const { protocol } = globalThis.postcheck;
const params = new URLSearchParams(location.search);
const $ = (id) => document.getElementById(id);

for (const node of document.querySelectorAll("[data-i18n]")) {
  node.textContent = chrome.i18n.getMessage(node.dataset.i18n) || node.textContent;
}

async function show() {
  let reply;
  try {
    reply = await chrome.runtime.sendMessage(protocol.ocuReport(params.get("week"), params.get("at")));
  } catch (error) {
    reply = protocol.failed(error?.message ?? String(error));
  }
  if (reply?.kind === protocol.REPLY.reportHtml) {
    // The helper's report holds no script (its own answer forbids any); as a blob it is a plain printable page.
    location.replace(URL.createObjectURL(new Blob([reply.html], { type: "text/html;charset=utf-8" })));
    return;
  }
  $("status").hidden = true;
  $("error").hidden = false;
  $("error").textContent = `${chrome.i18n.getMessage("reportFailed")} ${reply?.message ?? reply?.reason ?? ""}`;
}

show();
