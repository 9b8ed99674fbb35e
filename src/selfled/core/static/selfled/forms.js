// After a form comes back with errors, put the keyboard focus where the person should start:
// on crisis resources when the page shows them (they come first, always), then on a note the
// page marks with data-focus, otherwise on the first field that needs attention, on the form's
// own message, on a confirmation, or where a step-by-step page starts.
(function () {
  "use strict";
  var crisis = document.querySelector("main .crisis[role=alert]");
  if (crisis) {
    crisis.setAttribute("tabindex", "-1");
    crisis.focus();
    return;
  }
  // a note the page asks to be read first (e.g. choices ticked for the person to confirm)
  var note = document.querySelector("main [data-focus]");
  if (note) {
    note.focus();
    return;
  }
  var field = document.querySelector('main [aria-invalid="true"]') ||
    document.querySelector("main .has-error input, main .has-error textarea, main .has-error select");
  if (field) {
    field.focus();
    return;
  }
  var message = document.querySelector("main form .errors");
  if (message) {
    message.setAttribute("tabindex", "-1");
    message.focus();
    return;
  }
  // After a save: the page's confirmation ("Link saved."), then where a step-by-step page
  // starts (its "Step 3 of 6"), so a keyboard or screen reader does not start at the top.
  // (not if the page puts the focus somewhere itself, e.g. the crisis page's heading)
  if (document.querySelector("[autofocus]")) return;
  if (document.activeElement && document.activeElement !== document.body) return;
  var start = document.querySelector("main .messages") ||
    document.querySelector("main [data-focus-start]");
  if (start) {
    start.setAttribute("tabindex", "-1");
    start.focus();
  }
})();
