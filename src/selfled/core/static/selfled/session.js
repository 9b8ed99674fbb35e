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

  // Before a form with typed words is sent, make sure this page can still save: signed out
  // in another window, or signed in again there (a new CSRF token), the save would go to the
  // sign-in page and the words would be lost. Then the form stays as it is and says so.
  var checkedAt = 0;
  function typed(form) {
    return Array.prototype.some.call(form.elements, function (el) {
      return (el.tagName === "TEXTAREA" || (el.tagName === "INPUT" && el.type === "text")) &&
        el.value.trim() !== "";
    });
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if ((form.method || "").toLowerCase() !== "post" || !typed(form)) return;
    if (Date.now() - checkedAt < 5000) return;  // just checked: this is the checked submit
    event.preventDefault();
    var submitter = event.submitter || null;
    fetch(url, {
      method: "POST", credentials: "same-origin", redirect: "manual",
      headers: { "X-CSRFToken": token }
    }).then(function (response) {
      if (response.status === 204) {  // still signed in (whatever the idle timer thought)
        checkedAt = lastActive = Date.now();
        signedOut = false;
        hide(); schedule();
        if (form.requestSubmit) { form.requestSubmit(submitter); } else { form.submit(); }
      } else {
        signedOut = true;
        clearTimeout(warnTimer); clearTimeout(outTimer);
        show("This was not saved: you are signed out, or you signed in again in another " +
          "window. What you typed is still here: copy it somewhere, then sign in again.", false);
        if (banner) { banner.setAttribute("tabindex", "-1"); banner.focus(); }
      }
    }).catch(function () {
      checkedAt = Date.now();  // offline for a moment: let the browser try the save itself
      if (form.requestSubmit) { form.requestSubmit(submitter); } else { form.submit(); }
    });
  }, true);

  // Typing, keys (arrow keys move a part on the map) and taps or clicks all count.
  ["input", "keydown", "pointerdown"].forEach(function (kind) {
    document.addEventListener(kind, function () {
      if (!signedOut && Date.now() - lastActive > TYPING_PING) ping();
    }, true);
  });
  schedule();
})();
