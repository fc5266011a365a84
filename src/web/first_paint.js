// Runs before the first paint, straight after index.html's start-page opening: that opening
// is right only where the app will show the start page (no other page in the address, and no
// assessments stored, which make the library the home page). Anywhere else it would flash up
// the wrong page, so only "Loading…" stays. A classic script, not a module, so it runs before
// the browser paints; its own file, so the Content Security Policy can forbid inline scripts.
(function () {
  var hash = location.hash;
  var start = hash === "" || hash === "#" || hash === "#/" || hash === "#/new";
  var stored = false;
  try {
    for (var i = 0; i < localStorage.length; i++) {
      if ((localStorage.key(i) || "").indexOf("nasss-navigator/assessment/") === 0) {
        stored = true;
        break;
      }
    }
  } catch (e) {
    // Storage refused: the app says so once it starts; the opening is still right.
  }
  if (!start || (stored && hash !== "#/new")) {
    var opening = document.getElementById("first-paint");
    if (opening) opening.remove();
  }
})();
