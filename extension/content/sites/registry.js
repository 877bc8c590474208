// The sites postcheck knows, each declared in its own module; main.js picks the one whose hosts match the page.
import { facebook } from "./facebook.js";
import { instagram } from "./instagram.js";
import { x } from "./x.js";

const SITES = Object.freeze([x, facebook, instagram].map((site) => Object.freeze(site)));

// The site whose hosts match `hostname` (a host or any of its subdomains), or undefined.
export const forHost = (hostname) =>
  SITES.find((site) => site.hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`)));

export const all = () => [...SITES];
