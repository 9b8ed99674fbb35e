// After a form comes back with errors, put the keyboard focus on the first field that needs
// attention (or on the form's own message), so a keyboard or screen-reader user starts there.
(function () {
  "use strict";
  var field = document.querySelector('main [aria-invalid="true"]');
  if (!field) {
    var box = document.querySelector("main .has-error input, main .has-error textarea, main .has-error select");
    field = box;
  }
  if (field) {
    field.focus();
    return;
  }
  var message = document.querySelector("main form .errors");
  if (message) {
    message.setAttribute("tabindex", "-1");
    message.focus();
  }
})();
