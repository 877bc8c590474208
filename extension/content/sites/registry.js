// Where each site file declares itself; main.js picks the one whose hosts match the page.
"use strict";
(() => {
  const ns = (globalThis.postcheck ??= {});
  const sites = [];

  ns.sites = Object.freeze({
    register: (site) => sites.push(Object.freeze(site)),
    forHost: (hostname) => sites.find((site) => site.hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`))),
    all: () => [...sites],
  });
})();
