// Starts the app, and keeps it working offline. Our own file instead of Trunk's inline
// loader, so the Content Security Policy can forbid inline scripts. Relative URLs work
// under any sub-path.
import init from "./nasss-navigator.js";

const started = init({ module_or_path: new URL("./nasss-navigator_bg.wasm", import.meta.url) });

// The service worker keeps a copy of the app's own files so it opens with no network.
// When a new build is published, the new worker waits; the app offers a reload and only
// then lets it take over, so a page never runs half old, half new.
if ("serviceWorker" in navigator) {
  const announce = (worker) => {
    window.__nasssApplyUpdate = () => worker.postMessage("skip-waiting");
    window.dispatchEvent(new Event("nasss-update-ready"));
  };
  // Registered once the app is running: on a first visit the worker fetches every file
  // again to cache it, which would otherwise compete with the app's own start-up.
  started.then(() => navigator.serviceWorker.register("./sw.js")).then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const incoming = registration.installing;
      incoming?.addEventListener("statechange", () => {
        if (incoming.state === "installed" && navigator.serviceWorker.controller) announce(incoming);
      });
    });
  });
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (window.__nasssApplyUpdate && !reloading) {
      reloading = true;
      window.location.reload();
    }
  });
}
