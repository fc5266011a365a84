// Starts the app. Our own file instead of Trunk's inline loader, so the Content
// Security Policy can forbid inline scripts. Relative URLs work under any sub-path.
import init from "./nasss-navigator.js";

init({ module_or_path: new URL("./nasss-navigator_bg.wasm", import.meta.url) });
