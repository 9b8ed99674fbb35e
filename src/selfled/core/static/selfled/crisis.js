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
