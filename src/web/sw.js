// NASSS Navigator's service worker: keeps the app's own files so it opens offline.
// It never touches other origins and never stores anything the user typed.
// The build stamps BUILD with a hash of every file, so any change makes a new worker, and
// PAGES with this build's page chunks (src/web/stamp-sw.mjs).
const BUILD = "__BUILD_HASH__";
const CACHE = `nasss-navigator-${BUILD}`;
const SHELL = [
  "./",
  "./index.html",
  "./loader.js",
  "./first_paint.js",
  "./nasss-navigator.js",
  "./nasss-navigator_bg.wasm",
  "./main.css",
  "./manifest.webmanifest",
  "./icon.svg",
];
// Every page's code beyond the start and question pages, in a folder named for this build, so
// this worker never serves one build's page with another's. The app registers the worker
// only once its first page is idle (src/web/loader.js), so keeping these never competes with
// a first visit.
const PAGES = ["__PAGE_CHUNKS__"];
// The worked example: the app downloads it only when someone opens it, but the worker keeps
// it too, so it opens offline (in a workshop room with no network, say). It is kept after
// the app's own files and never stops the worker installing: without it, only the example
// is missing.
const EXAMPLES = ["./examples/video-outpatient-clinics.json"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache
        .addAll([...SHELL, ...PAGES].map((url) => new Request(url, { cache: "reload" })))
        .then(() => Promise.all(EXAMPLES.map((url) => cache.add(new Request(url, { cache: "reload" })).catch(() => {})))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("nasss-navigator-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // Every route lives in the URL hash, so any navigation is the app's one page.
  const key = request.mode === "navigate" ? "./index.html" : request;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(key, { ignoreSearch: true }).then((hit) => hit ?? fetch(request))),
  );
});
