// WebKitGTK (the engine of Safari on iPhones and iPads, as Debian packages it), driven by
// `WebKitWebDriver` with its MiniBrowser under a virtual X display (xvfb-run). WebDriver
// classic is plain HTTP and JSON, so Node's fetch is the whole client. Elements are found by
// role and accessible name as WebKit computes them (the Get Computed Role and Label commands);
// clicks and typing are the driver's own (Element Click, Element Send Keys).
import { spawn } from "node:child_process";
import { createServer } from "node:net";

const DRIVER = process.env.WEBKIT_WEBDRIVER ?? "/usr/bin/WebKitWebDriver";
const MINIBROWSER = process.env.WEBKIT_MINIBROWSER
  ?? `/usr/lib/${process.arch === "arm64" ? "aarch64" : "x86_64"}-linux-gnu/webkit2gtk-4.1/MiniBrowser`;
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

// Which elements can have a role, so only they are asked for their computed role and name.
const CANDIDATES = {
  button: "button, [role=button], input[type=submit], input[type=button]",
  link: "a[href], [role=link]",
  radio: "input[type=radio], [role=radio]",
  checkbox: "input[type=checkbox], [role=checkbox]",
  textbox: "input:not([type]), input[type=text], input[type=email], input[type=search], textarea, [role=textbox]",
  heading: "h1, h2, h3, h4, h5, h6, [role=heading]",
  status: "[role=status], output",
};

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** One WebDriver session: MiniBrowser's one window, with the methods the walk uses. */
class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
    // WebDriver classic cannot read the console; the walk says so in its report.
    this.errors = null;
  }

  async call(method, path, body) {
    const response = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      // A browser that never answers fails the walk instead of hanging it.
      signal: AbortSignal.timeout(120_000),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  async goto(url) {
    await this.call("POST", "/url", { url });
  }

  async reload() {
    await this.call("POST", "/refresh", {});
  }

  async evaluate(expression) {
    const json = await this.call("POST", "/execute/sync", {
      script: `return (async () => JSON.stringify(await (${expression})))()`,
      args: [],
    });
    return json === undefined || json === null ? undefined : JSON.parse(json);
  }

  async onElement(element, fn) {
    const json = await this.call("POST", "/execute/sync", {
      script: `return JSON.stringify((${fn})(arguments[0]))`,
      args: [element],
    });
    return json === undefined || json === null ? undefined : JSON.parse(json);
  }

  /** Shown elements whose role and accessible name, as WebKit computes them, are these. */
  async findAll(role, name) {
    const css = CANDIDATES[role];
    if (!css) throw new Error(`no candidate elements listed for role ${role}`);
    const found = await this.call("POST", "/elements", { using: "css selector", value: css });
    const matches = [];
    for (const element of found) {
      const id = element[ELEMENT];
      // An element can go between finding and asking (the page moved on): it is not a match.
      const ask = (what) => this.call("GET", `/element/${id}/${what}`).catch(() => null);
      if ((await ask("computedrole")) !== role) continue;
      if (name !== undefined && (await ask("computedlabel"))?.trim() !== name) continue;
      if ((await ask("displayed")) !== true) continue;
      matches.push(element);
    }
    return matches;
  }

  async click(element) {
    await this.call("POST", `/element/${element[ELEMENT]}/click`, {});
  }

  async type(element, text) {
    await this.click(element);
    await this.call("POST", `/element/${element[ELEMENT]}/value`, { text });
  }
}

async function newSession(base) {
  const response = await fetch(`${base}/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      capabilities: {
        alwaysMatch: { "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } },
      },
    }),
    signal: AbortSignal.timeout(120_000),
  });
  const { value } = await response.json();
  if (!response.ok) throw new Error(`could not start MiniBrowser: ${value?.error}: ${value?.message}`);
  return { id: value.sessionId, version: value.capabilities.browserVersion };
}

/**
 * Starts WebKitWebDriver under xvfb-run and a MiniBrowser session. `otherPerson()` ends that
 * session and starts a new one: an automation session keeps its storage in memory, so the
 * new one is another person's browser with nothing stored.
 */
export async function launchWebKit() {
  const port = await freePort();
  // A process group of its own, so closing ends xvfb-run, Xvfb, the driver and MiniBrowser.
  const child = spawn("xvfb-run", ["-a", DRIVER, `--port=${port}`], { stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`${base}/status`).then((r) => r.json()).then((s) => s.value?.ready).catch(() => false);
    if (ready) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`WebKitWebDriver did not start (is xvfb installed?):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  let session = await newSession(base);
  const tab = new Session(base, session.id);
  return {
    name: "WebKitGTK",
    version: session.version,
    tab,
    async otherPerson() {
      await fetch(`${base}/session/${session.id}`, { method: "DELETE" });
      session = await newSession(base);
      return new Session(base, session.id);
    },
    errors: null,
    requests: null,
    async close() {
      await fetch(`${base}/session/${session.id}`, { method: "DELETE" }).catch(() => {});
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
      await new Promise((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once("exit", resolve);
      });
    },
  };
}
