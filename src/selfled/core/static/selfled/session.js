// Idle sign-out without losing what someone is writing (base.html sets data-idle-seconds).
// Using the page (typing, keys, taps) renews the session now and then. Three minutes before an
// idle sign-out a message offers "Stay signed in"; once signed out, it says that anything not
// saved is still on the page, to copy before leaving.
(function () {
  "use strict";
  var body = document.body;
  var idle = Number(body.dataset.idleSeconds || 0) * 1000;
  var url = body.dataset.keepalive;
  if (!idle || !url) return;
  // The server renews a session at most once a minute, so it may end up to a minute sooner
  // than a full idle period after this page loaded: count from a minute earlier.
  var until = Math.max(idle - 60 * 1000, idle / 2);
  var WARN_BEFORE = Math.min(3 * 60 * 1000, until / 2);
  var TYPING_PING = Math.min(5 * 60 * 1000, idle / 3);
  var token = "";
  try { token = JSON.parse(body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || ""; }
  catch (e) { token = ""; }
  var lastActive = Date.now();
  var warnTimer = null, outTimer = null, banner = null, signedOut = false;

  function show(text, offerStay) {
    if (!banner) {
      banner = document.createElement("div");
      banner.className = "msg warning session-warning";
      banner.setAttribute("role", "alert");
      var main = document.querySelector("main") || body;
      main.insertBefore(banner, main.firstChild);
    }
    banner.textContent = text + " ";
    if (offerStay) {
      var stay = document.createElement("button");
      stay.type = "button";
      stay.className = "secondary";
      stay.textContent = "Stay signed in";
      stay.addEventListener("click", ping);
      banner.appendChild(stay);
    }
  }

  function hide() {
    if (banner) { banner.remove(); banner = null; }
  }

  function schedule() {
    clearTimeout(warnTimer);
    clearTimeout(outTimer);
    var minutes = Math.round(WARN_BEFORE / 60000);
    warnTimer = setTimeout(function () {
      show("To keep your information safe, you will be signed out in " + minutes + " minute" +
        (minutes === 1 ? "" : "s") + " unless you carry on.", true);
    }, until - WARN_BEFORE);
    outTimer = setTimeout(gone, until);
  }

  function gone() {
    signedOut = true;
    clearTimeout(warnTimer);
    show("You were signed out after a while without activity. Anything not saved is still on " +
      "this page: copy it somewhere before you leave, then sign in again.", false);
  }

  function ping() {
    if (signedOut) return;
    lastActive = Date.now();
    fetch(url, {
      method: "POST", credentials: "same-origin", redirect: "manual",
      headers: { "X-CSRFToken": token }
    }).then(function (response) {
      if (response.status === 204) { hide(); schedule(); } else { gone(); }
    }).catch(function () { /* offline for a moment: the next keystroke tries again */ });
  }

  // Typing, keys (arrow keys move a part on the map) and taps or clicks all count.
  ["input", "keydown", "pointerdown"].forEach(function (kind) {
    document.addEventListener(kind, function () {
      if (!signedOut && Date.now() - lastActive > TYPING_PING) ping();
    }, true);
  });
  schedule();
})();
