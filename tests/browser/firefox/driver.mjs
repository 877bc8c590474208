// Drives Debian's firefox-esr for the Python browser tests: one headless Firefox (WebDriver BiDi, puppeteer-core)
// with postcheck installed as a temporary add-on, commanded by JSON lines on stdin, each answered by one JSON line on
// stdout.
//
// Start: node driver.mjs '{"executable": "/usr/bin/firefox-esr", "home": DIR, "port": N, "extension": DIR}'
//   -> {"ready": true, "addon": "postcheck@iom.int", "version": "..."}   (or {"error": "..."} and exit 1)
// Then: {"id": 1, "op": "goto", "url": "https://x.com/home"} -> {"id": 1, "value": ...} or {"id": 1, "error": "..."}
// Ops: goto(url), click(selector[, text]), type(text), press(key), evaluate(expression, args), upload(selector, path),
// screenshot(path), close. click with a text clicks the first element matching the selector whose trimmed text is
// exactly that text (a button known only by its label); clicks and keys are real input (trusted events).
// POSTCHECK_FIREFOX_DUMPIO=1 (for a person debugging) mixes Firefox's own output, console messages of pages and of
// the add-on's content scripts included, into stdout; firefox.py passes those non-JSON lines on to its stderr.
// "home" becomes Firefox's HOME (it reads <home>/.mozilla/native-messaging-hosts/); every host name resolves to
// 127.0.0.1 and port 443 goes to the practice server, so https://x.com/… is served locally with its real URL.
import { createInterface } from "node:readline";
import puppeteer from "puppeteer-core";

const options = JSON.parse(process.argv[2] ?? "{}");
const write = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

// An expression, or a function called with args (as Playwright's page.evaluate does), awaited in the page.
const pageExpression = (expression, args) =>
  `(async () => { const value = (${expression}); ` +
  `return typeof value === "function" ? await value(...${JSON.stringify(args ?? [])}) : await value; })()`;

async function launch() {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: options.executable,
    headless: true,
    acceptInsecureCerts: true, // the practice server's self-signed certificate
    dumpio: process.env.POSTCHECK_FIREFOX_DUMPIO === "1",
    env: { ...process.env, HOME: options.home },
    extraPrefsFirefox: {
      "network.dns.forceResolve": "127.0.0.1",
      "network.socket.forcePort": `443=${options.port}`,
      // Console messages of pages and of the add-on's scripts, errors included, printed to that log.
      "devtools.console.stdout.content": true,
      "devtools.console.stdout.chrome": true,
      // Keeps a test run off the network: no update, telemetry or remote-settings traffic at start.
      "app.update.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "toolkit.telemetry.enabled": false,
    },
  });
  const addon = await browser.installExtension(options.extension);
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  return { browser, addon, page };
}

const ops = {
  goto: ({ page }, { url }) => page.goto(url, { waitUntil: "load" }).then(() => page.url()),
  click: async ({ page }, { selector, text }) => {
    if (text === undefined) return page.click(selector);
    for (const handle of await page.$$(selector)) {
      if ((await handle.evaluate((element) => element.textContent.trim())) === text) return handle.click();
    }
    throw new Error(`no ${selector} reads ${JSON.stringify(text)}`);
  },
  upload: async ({ page }, { selector, path }) => (await page.$(selector)).uploadFile(path),
  type: ({ page }, { text }) => page.keyboard.type(text),
  press: ({ page }, { key }) => page.keyboard.press(key),
  evaluate: ({ page }, { expression, args }) => page.evaluate(pageExpression(expression, args)),
  screenshot: ({ page }, { path }) => page.screenshot({ path }).then(() => path),
};

async function main() {
  let session;
  try {
    session = await launch();
  } catch (error) {
    write({ error: `Firefox did not start: ${error.message}` });
    process.exit(1);
  }
  write({ ready: true, addon: session.addon, version: await session.browser.version() });
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    const { id, op, ...params } = JSON.parse(line);
    if (op === "close") break;
    try {
      if (!ops[op]) throw new Error(`unknown op ${op}`);
      const value = await ops[op](session, params);
      write({ id, value: value ?? null });
    } catch (error) {
      write({ id, error: error.message });
    }
  }
  // stdin closed or "close": the browser goes with us.
  await session.browser.close();
  write({ closed: true });
}

main();
