// The client's "Need help now?" link at the corner of the screen (base.html) shows once the
// header's own link has scrolled out of view, so it covers nothing while that one is there.
// Without scripts noscript.css shows it always; without IntersectionObserver, so does this.
(function () {
  "use strict";
  var corner = document.querySelector(".crisis-float");
  var header = document.querySelector(".top .crisis-link");
  if (!corner) return;
  if (!header || !("IntersectionObserver" in window)) {
    corner.classList.add("shown");
    return;
  }
  new IntersectionObserver(function (entries) {
    corner.classList.toggle("shown", !entries[0].isIntersecting);
  }).observe(header);
})();
