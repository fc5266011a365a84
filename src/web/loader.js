// Starts the app, and keeps it working offline. Our own file instead of Trunk's inline
// loader, so the Content Security Policy can forbid inline scripts. Relative URLs work
// under any sub-path.
import init from "./nasss-navigator.js";

const started = init({ module_or_path: new URL("./nasss-navigator_bg.wasm", import.meta.url) });

// Replaces "Loading…" in index.html when the app cannot start: an old browser, WebAssembly
// switched off by policy, or a proxy that blocks .wasm files.
started.catch(() => {
  const message = document.getElementById("app-loading-message");
  if (!message) return;
  // The start page's opening promised a page that will not come.
  document.getElementById("first-paint")?.remove();
  const heading = document.createElement("h1");
  heading.textContent = "NASSS Navigator could not start in this browser";
  message.before(heading);
  // Still the status region, so a screen reader announces the change.
  message.textContent = "It needs a recent Edge, Chrome, Firefox or Safari with WebAssembly "
    + "allowed. Anything you saved before is still on this device.";
});

// The service worker keeps a copy of the app's own files so it opens with no network.
// When a new build is published, the new worker waits; the app offers a reload and only
// then lets it take over, so a page never runs half old, half new.
// Resolves once the page is idle: after the first page is drawn and nothing more urgent
// waits. Safari has no requestIdleCallback; there it waits a second.
const idle = () => new Promise((resolve) => {
  if ("requestIdleCallback" in window) requestIdleCallback(() => resolve(), { timeout: 5000 });
  else setTimeout(resolve, 1000);
});

if ("serviceWorker" in navigator) {
  // A worker in charge already has every file of its build (it keeps them all or installs
  // not at all), so a later visit is ready to work offline from the start.
  const offlineReady = () => {
    window.__nasssOfflineReady = true;
    window.dispatchEvent(new Event("nasss-offline-ready"));
  };
  if (navigator.serviceWorker.controller) window.__nasssOfflineReady = true;
  const announce = (worker) => {
    window.__nasssApplyUpdate = () => worker.postMessage("skip-waiting");
    window.dispatchEvent(new Event("nasss-update-ready"));
  };
  // Registered once the app is running and its first page idle: on a first visit the worker
  // fetches every file, every page's chunk included, which would otherwise compete with the
  // app's own start-up.
  started.then(idle).then(() => navigator.serviceWorker.register("./sw.js")).then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const incoming = registration.installing;
      incoming?.addEventListener("statechange", () => {
        if (incoming.state === "installed" && navigator.serviceWorker.controller) announce(incoming);
      });
    });
    return navigator.serviceWorker.ready;
  }).then(() => {
    if (!window.__nasssOfflineReady) offlineReady();
  }).catch(() => {
    // No worker (the app did not start, or the browser refuses workers here): the app still
    // runs, it just cannot open offline.
  });
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (window.__nasssApplyUpdate && !reloading) {
      reloading = true;
      window.location.reload();
    }
  });
}
