/* Self-energy check-in: turn each 0–10 number box into a slider that shows its number.
   Without JavaScript the number boxes work as they are. Loaded from a file: the CSP
   forbids inline script. */
(function () {
  "use strict";
  function enhance(input) {
    var output = document.createElement("output");
    output.className = "se-value";
    output.setAttribute("for", input.id);
    // The slider announces its own value; the number is for sighted users.
    output.setAttribute("aria-hidden", "true");
    input.type = "range";
    output.textContent = input.value;
    input.insertAdjacentElement("afterend", output);
    input.addEventListener("input", function () {
      output.textContent = input.value;
    });
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
