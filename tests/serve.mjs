// A small static file server for dist/, used by `./dev serve`, the browser tests and
// the benchmark. It sends the same Content Security Policy a production host should.
// Usage: node tests/serve.mjs <dir> <port> (port 0: any free port, named in the first line it prints)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 8080);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// Compressed as a production host would, so load timings and Lighthouse see real sizes.
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg"]);

// Each file is read (and gzipped) once per version, then answered from memory, as a
// production host's cache would: reading a megabyte of wasm from disk on every request
// would otherwise be timed as part of the app's load. The stat per request still notices
// a rebuild.
const cache = new Map();
async function contents(file, info) {
  const key = `${file}:${info.mtimeMs}:${info.size}`;
  if (!cache.has(key)) {
    const body = await readFile(file);
    const gzip = COMPRESSIBLE.has(extname(file)) ? gzipSync(body, { level: 9 }) : null;
    cache.set(key, { body, gzip });
  }
  return cache.get(key);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  let path = normalize(decodeURIComponent(url.pathname));
  if (path.endsWith("/")) path += "index.html";
  const file = join(root, path);
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error("not a file");
    const { body: plain, gzip } = await contents(file, info);
    let body = plain;
    const headers = {};
    if (gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      body = gzip;
      headers["Content-Encoding"] = "gzip";
      headers["Vary"] = "Accept-Encoding";
    }
    res.writeHead(200, {
      ...headers,
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Security-Policy": CSP,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-cache",
    });
    res.end(body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
  }
});

// Loopback unless asked otherwise: a workshop whose phones answer needs the laptop's network
// address (`SERVE_HOST=0.0.0.0 ./dev serve`), as phones cannot reach 127.0.0.1.
const host = process.argv[4] ?? "127.0.0.1";
server.listen(port, host, () => {
  // The port it got, which is the one asked for unless that was 0 (any free port).
  console.log(`Serving ${root} on http://${host}:${server.address().port}/`);
});
