/* Self-energy check-in: turn each 0–10 number box into a slider that shows its number.
   Without JavaScript the number boxes work as they are. Loaded from a file: the CSP
   forbids inline script.
   A slider nobody has touched yet sends nothing (it would otherwise send its middle, 5, as
   if the client had chosen it): it shows "–" until it is moved, clicked or keyed (Space
   chooses the number it rests on), and the server then asks for the numbers still missing. */
(function () {
  "use strict";
  var KEYS = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp",
    "PageDown"];
  function enhance(input) {
    var name = input.name;
    var chosen = input.value !== "";
    var output = document.createElement("output");
    output.className = "se-value";
    output.setAttribute("for", input.id);
    // The slider announces its own value; the number is for sighted users.
    output.setAttribute("aria-hidden", "true");
    input.type = "range";
    input.insertAdjacentElement("afterend", output);
    function show() {
      output.textContent = chosen ? input.value : "–";
      input.classList.toggle("se-untouched", !chosen);
      if (chosen) {
        input.name = name;
        input.removeAttribute("aria-valuetext");
      } else {
        input.removeAttribute("name");
        input.setAttribute("aria-valuetext",
          "not chosen yet: Space chooses " + input.value + ", arrow keys move");
      }
    }
    function touch() {
      chosen = true;
      show();
    }
    input.addEventListener("input", touch);
    input.addEventListener("change", touch);
    input.addEventListener("pointerup", touch);
    input.addEventListener("keydown", function (event) {
      if (KEYS.indexOf(event.key) >= 0) {
        touch();
      } else if (!chosen && event.key === " ") {
        // the middle can be chosen from the keyboard too, without moving first
        event.preventDefault();
        touch();
      }
    });
    show();
  }
  function start() {
    var inputs = document.querySelectorAll("input[data-se-score]");
    for (var i = 0; i < inputs.length; i++) {
      enhance(inputs[i]);
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
