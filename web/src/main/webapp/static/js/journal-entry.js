// Shows the running debit/credit difference of the manual journal entry form and holds back an
// unbalanced form. The server checks again; this only spares a round trip.
(function () {
  "use strict";
  var form = document.getElementById("entry");
  var output = document.getElementById("difference");
  var state = document.getElementById("balance-state");
  if (!form || !output || !state) {
    return;
  }
  var AMOUNT = /^([0-9]+)(?:\.([0-9]{1,2}))?$/;

  function cents(text) {
    var match = AMOUNT.exec(text.trim());
    if (!match) {
      return null;
    }
    var fraction = ((match[2] || "") + "00").substring(0, 2);
    return parseInt(match[1], 10) * 100 + parseInt(fraction, 10);
  }

  function sum(selector) {
    var total = 0;
    form.querySelectorAll(selector).forEach(function (input) {
      var value = cents(input.value);
      if (value !== null) {
        total += value;
      }
    });
    return total;
  }

  function difference() {
    return sum("input.debit") - sum("input.credit");
  }

  function show() {
    var d = difference();
    var abs = Math.abs(d);
    output.textContent = (d < 0 ? "-" : "") + Math.floor(abs / 100) + "." + String(abs % 100).padStart(2, "0");
    var balanced = d === 0;
    output.className = "difference " + (balanced ? "balanced" : "unbalanced");
    state.textContent = balanced ? form.dataset.balanced : form.dataset.unbalanced;
  }

  form.addEventListener("input", show);
  form.addEventListener("submit", function (event) {
    if (difference() !== 0) {
      event.preventDefault();
      show();
      output.focus();
    }
  });
  show();
})();
