// A clinic's questionnaire on the phone: questions asked only on a condition (enableWhen)
// show when it holds; the answers are sent without leaving the page, so a broken
// connection keeps them here to send again (the form's key stores them once). Without
// this script every question shows and the form posts as usual: the server decides.
(function () {
  "use strict";
  var form = document.getElementById("questionnaire-form");
  if (!form) return;

  function value(name) {
    var fields = form.elements[name];
    if (!fields) return null;
    if (fields.length !== undefined && fields.tagName === undefined) {
      for (var i = 0; i < fields.length; i++) if (fields[i].checked) return fields[i].value;
      return null;
    }
    return fields.value === "" ? null : fields.value;
  }

  function holds(c) {
    var given = value(c.q);
    if (c.op === "exists") return (given !== null) === (c.a === "true" || c.a === true);
    if (given === null) return false;
    var a = c.a, g = given;
    if (typeof a === "number") { g = parseFloat(String(given).replace(",", ".")); }
    else { a = String(a); }
    switch (c.op) {
      case "=": return g === a;
      case "!=": return g !== a;
      case ">": return g > a;
      case "<": return g < a;
      case ">=": return g >= a;
      case "<=": return g <= a;
    }
    return true;
  }

  var conditional = form.querySelectorAll("[data-enable-when]");
  function update() {
    conditional.forEach(function (el) {
      var conditions = JSON.parse(el.dataset.enableWhen);
      var results = conditions.map(holds);
      var on = el.dataset.enableAny ? results.indexOf(true) >= 0 : results.indexOf(false) < 0;
      el.hidden = !on;
    });
  }
  form.addEventListener("change", update);
  form.addEventListener("input", update);
  update();

  var status = document.getElementById("questionnaire-status");
  form.addEventListener("submit", function (event) {
    if (!window.fetch || !window.FormData) return;
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    fetch(form.action || window.location.href, {
      method: "POST", body: new FormData(form), credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" }
    }).then(function (response) {
      // Stored: on to the answers. Refused (a question to fix): the page says where,
      // from the same answers sent the usual way.
      var json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
      if (response.ok && json) {
        return response.json().then(function (data) { window.location.assign(data.next); });
      }
      HTMLFormElement.prototype.submit.call(form);
    }).catch(function () {
      status.textContent = form.dataset.msgOffline;
      button.disabled = false;
    });
  });
})();
