// Debian's Firefox ESR, driven over WebDriver BiDi (the W3C protocol Firefox speaks on its
// own, with no driver binary) by a small client over Node's WebSocket. Elements are found
// through Firefox's accessibility tree (`browsingContext.locateNodes` by role and name), and
// clicks and key presses are real input events (`input.performActions`).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BINARY = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const COMMAND_LIMIT = 120_000;

// Nothing may leave the machine: Firefox's own update, telemetry, safe-browsing, push and
// captive-portal checks are switched off before it starts (the remote agent's recommended
// preferences arrive only once it is running).
const PREFS = {
  "app.normandy.enabled": false,
  "app.update.auto": false,
  "app.update.checkInstallTime": false,
  "app.update.disabledForTesting": true,
  "browser.aboutwelcome.enabled": false,
  "browser.discovery.enabled": false,
  "browser.newtabpage.enabled": false,
  "browser.newtabpage.activity-stream.feeds.section.topstories": false,
  "browser.newtabpage.activity-stream.feeds.system.topstories": false,
  "browser.newtabpage.activity-stream.feeds.snippets": false,
  "browser.newtabpage.activity-stream.telemetry": false,
  "browser.ping-centre.telemetry": false,
  "browser.region.network.url": "",
  "browser.region.update.enabled": false,
  "browser.safebrowsing.blockedURIs.enabled": false,
  "browser.safebrowsing.downloads.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "browser.safebrowsing.provider.google.updateURL": "",
  "browser.safebrowsing.provider.google4.updateURL": "",
  "browser.safebrowsing.provider.mozilla.updateURL": "",
  "browser.search.update": false,
  "browser.shell.checkDefaultBrowser": false,
  "browser.startup.homepage_override.mstone": "ignore",
  "browser.startup.page": 0,
  "browser.tabs.warnOnClose": false,
  "datareporting.healthreport.uploadEnabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "dom.push.connection.enabled": false,
  "extensions.blocklist.enabled": false,
  "extensions.getAddons.cache.enabled": false,
  "extensions.update.enabled": false,
  "geo.provider.network.url": "",
  "media.gmp-manager.url": "",
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "network.dns.disablePrefetch": true,
  "network.http.speculative-parallel-limit": 0,
  "network.prefetch-next": false,
  "services.settings.server": "http://127.0.0.1:9/",
  "toolkit.telemetry.enabled": false,
  "toolkit.telemetry.server": "",
  "toolkit.telemetry.unified": false,
};

/** A WebDriver BiDi connection: numbered commands, their answers, and events to listeners. */
class Bidi {
  constructor(ws) {
    this.ws = ws;
    this.next = 0;
    this.pending = new Map();
    this.listeners = [];
    ws.addEventListener("message", (event) => {
      const message = JSON.parse(event.data);
      const waiting = message.id !== undefined && this.pending.get(message.id);
      if (waiting) {
        this.pending.delete(message.id);
        if (message.type === "error") waiting.reject(new Error(`${waiting.method}: ${message.error}: ${message.message}`));
        else waiting.resolve(message.result);
      } else if (message.type === "event") {
        for (const listen of this.listeners) listen(message);
      }
    });
    ws.addEventListener("close", () => {
      for (const { reject, method } of this.pending.values()) reject(new Error(`${method}: Firefox closed the connection`));
      this.pending.clear();
    });
  }

  /** Sends a command; a browser that never answers fails the walk instead of hanging it. */
  send(method, params = {}) {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer from Firefox in ${COMMAND_LIMIT / 1000} s`));
      }, COMMAND_LIMIT);
      const settle = (then) => (value) => {
        clearTimeout(timer);
        then(value);
      };
      this.pending.set(id, { resolve: settle(resolve), reject: settle(reject), method });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }
}

/** One tab, with the methods the walk uses (the same as webkit.mjs's). */
class Tab {
  constructor(bidi, context, errors) {
    this.bidi = bidi;
    this.context = context;
    this.errors = errors;
  }

  async goto(url) {
    await this.bidi.send("browsingContext.navigate", { context: this.context, url, wait: "complete" });
  }

  async reload() {
    await this.bidi.send("browsingContext.reload", { context: this.context, wait: "complete" });
  }

  /** Evaluates a JavaScript expression (awaited) in the page; returns its value through JSON. */
  async evaluate(expression) {
    const answer = await this.bidi.send("script.evaluate", {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: this.context },
      awaitPromise: true,
    });
    if (answer.type === "exception") throw new Error(`page threw: ${answer.exceptionDetails.text}`);
    const json = answer.result.value;
    return json === undefined ? undefined : JSON.parse(json);
  }

  /** Elements with this role and accessible name, as Firefox's accessibility tree has them. */
  async findAll(role, name) {
    const { nodes } = await this.bidi.send("browsingContext.locateNodes", {
      context: this.context,
      locator: { type: "accessibility", value: { role, name } },
    });
    return nodes.map((node) => ({ sharedId: node.sharedId }));
  }

  /** Runs `fn` (source text of a function of the element) on the element. */
  async onElement(element, fn) {
    const answer = await this.bidi.send("script.callFunction", {
      functionDeclaration: `(el) => JSON.stringify((${fn})(el))`,
      arguments: [element],
      target: { context: this.context },
      awaitPromise: true,
    });
    if (answer.type === "exception") throw new Error(`page threw: ${answer.exceptionDetails.text}`);
    const json = answer.result.value;
    return json === undefined ? undefined : JSON.parse(json);
  }

  /** A real mouse click in the middle of the element, scrolled into view first. */
  async click(element) {
    await this.onElement(element, "(el) => el.scrollIntoView({ block: 'center' })");
    await this.bidi.send("input.performActions", {
      context: this.context,
      actions: [{
        type: "pointer",
        id: "mouse",
        parameters: { pointerType: "mouse" },
        actions: [
          { type: "pointerMove", x: 0, y: 0, origin: { type: "element", element } },
          { type: "pointerDown", button: 0 },
          { type: "pointerUp", button: 0 },
        ],
      }],
    });
    await this.bidi.send("input.releaseActions", { context: this.context });
  }

  /** Clicks into a text field and types `text` key by key. */
  async type(element, text) {
    await this.click(element);
    const keys = [...text].flatMap((value) => [{ type: "keyDown", value }, { type: "keyUp", value }]);
    await this.bidi.send("input.performActions", {
      context: this.context,
      actions: [{ type: "key", id: "keyboard", actions: keys }],
    });
    await this.bidi.send("input.releaseActions", { context: this.context });
  }
}

/**
 * Starts Firefox headless on a throwaway profile. Returns the tab to walk, `otherPerson()`
 * (a tab in a separate user context: another person's browser, sharing no storage) and `close()`.
 */
export async function launchFirefox() {
  const profile = mkdtempSync(join(tmpdir(), "nasss-firefox-"));
  writeFileSync(join(profile, "user.js"),
    Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join("\n") + "\n");
  const child = spawn(BINARY, ["--headless", "--no-remote", "--profile", profile, "--remote-debugging-port=0", "about:blank"],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: "1" } });
  let output = "";
  const address = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its WebDriver BiDi server in 60 s:\n${output}`)), 60_000);
    const read = (chunk) => {
      output += chunk;
      const found = output.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => reject(new Error(`Firefox exited (${code}) before it was ready:\n${output}`)));
  });
  const ws = new WebSocket(`${address}/session`);
  await new Promise((resolve, reject) => {
    ws.addEventListener("open", resolve, { once: true });
    ws.addEventListener("error", () => reject(new Error(`could not connect to ${address}`)), { once: true });
  });
  const bidi = new Bidi(ws);
  const session = await bidi.send("session.new", { capabilities: {} });
  const errors = [];
  // What the pages asked for (Firefox's own requests belong to no page).
  const requests = [];
  await bidi.send("session.subscribe", { events: ["log.entryAdded", "network.beforeRequestSent"] });
  bidi.listeners.push((event) => {
    if (event.method === "log.entryAdded" && event.params.level === "error") errors.push(event.params.text);
    if (event.method === "network.beforeRequestSent" && event.params.context) requests.push(event.params.request.url);
  });
  const { contexts } = await bidi.send("browsingContext.getTree", { maxDepth: 0 });
  return {
    name: "Firefox ESR",
    version: session.capabilities.browserVersion,
    tab: new Tab(bidi, contexts[0].context, errors),
    async otherPerson() {
      const { userContext } = await bidi.send("browser.createUserContext", {});
      const { context } = await bidi.send("browsingContext.create", { type: "tab", userContext });
      return new Tab(bidi, context, errors);
    },
    errors,
    requests,
    async close() {
      await bidi.send("browser.close").catch(() => {});
      ws.close();
      await new Promise((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once("exit", resolve);
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
