// The client's "Need help now?" link at the corner of the screen (base.html) steps aside while
// the header's own link is fully in view, so that it covers nothing then; the moment any of the
// header link leaves the screen it is back. It shows by default: if this script does not run,
// the corner link simply always shows.
(function () {
  "use strict";
  var corner = document.querySelector(".crisis-float");
  var header = document.querySelector(".top .crisis-link");
  if (!corner || !header || !("IntersectionObserver" in window)) return;
  new IntersectionObserver(function (entries) {
    corner.classList.toggle("aside", entries[0].intersectionRatio >= 0.99);
  }, { threshold: [0, 0.99, 1] }).observe(header);
})();

// Help without losing what was typed: when a form on the page holds writing not yet saved, a
// crisis link opens the help page in a new tab, and this page stays as it is behind it. With
// nothing typed (or without this script) the link opens in place, as any link does.
(function () {
  "use strict";
  var CRISIS_LINKS = "a.crisis-link, a.crisis-float, a[data-crisis]";
  var TYPED = "form textarea, form input:not([type]), form input[type=text], " +
    "form input[type=search], form input[type=email], form input[type=number]";
  function typed() {
    var fields = document.querySelectorAll(TYPED);
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].value !== fields[i].defaultValue) return true;
    }
    return false;
  }
  // said to screen readers while the link opens a new tab
  function newTabNote(link, on) {
    var note = link.querySelector(".new-tab-note");
    if (on && !note) {
      note = document.createElement("span");
      note.className = "visually-hidden new-tab-note";
      note.textContent = " (opens in a new tab, so what you typed stays here)";
      link.appendChild(note);
    } else if (!on && note) {
      note.remove();
    }
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(CRISIS_LINKS);
    if (!link) return;
    var plain = link.getAttribute("href").split("?")[0];
    var beside = typed();
    if (beside) {
      // the help page then says that this tab, not a link, is the way back
      link.setAttribute("href", plain + "?beside=1");
      link.setAttribute("target", "_blank");
      link.setAttribute("rel", "noopener");
    } else {
      link.setAttribute("href", plain);
      link.removeAttribute("target");
    }
    newTabNote(link, beside);
  }, true);
  // Before a click (keyboard focus, or a screen reader reading the link), the same note.
  document.addEventListener("focusin", function (event) {
    var link = event.target.closest && event.target.closest(CRISIS_LINKS);
    if (link) newTabNote(link, typed());
  });
})();
