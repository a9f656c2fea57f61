// A clinic's questionnaire on the phone: questions asked only on a condition (enableWhen)
// show when it holds; the answers are sent without leaving the page. Offline, or when the
// connection breaks on the way, they are kept on the phone in the queue of offline.js, as
// a check-in is, and sent to the API once the phone is online: the form's key is their
// Idempotency-Key, so however often they arrive they are stored once. Without this script
// every question shows and the form posts as usual: the server decides.
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
  var texts = form.dataset;
  var linkIds = JSON.parse(document.getElementById("questionnaire-link-ids").textContent);

  function say(text) {
    status.textContent = text;
    status.hidden = !text;
  }

  function visible(el) { return !el.closest("[hidden]"); }

  // The answers by linkId, as the API takes them; a question hidden by its condition is
  // sent as it is and dropped by the server, as the form's own post does.
  function answers() {
    var out = {};
    Object.keys(linkIds).forEach(function (name) {
      var given = value(name);
      if (given !== null && String(given).trim() !== "") out[linkIds[name]] = given;
    });
    return out;
  }

  // Offline nobody checks the answers before they are kept: at least every question
  // marked * that shows must have one (the server checks the rest when it arrives).
  function missingRequired() {
    return Array.prototype.some.call(form.querySelectorAll(".q-item"), function (el) {
      if (!visible(el) || !el.hasAttribute("data-required")) return false;
      var input = el.querySelector("input, textarea, select");
      return input && value(input.name) === null;
    });
  }

  function showKept(message) {
    form.hidden = true;
    say(message);
    status.scrollIntoView({ block: "center" });
  }

  function keep(message) {
    var queue = window.WagenmennerQueue;
    if (!queue || !("indexedDB" in window)) { say(texts.msgOffline); return Promise.resolve(); }
    if (missingRequired()) { say(texts.msgRequired); return Promise.resolve(); }
    var item = {
      kind: "questionnaire", key: form.elements.key.value, user: texts.user || "",
      url: texts.api, label: texts.title, recorded_at: new Date().toISOString(),
      state: "pending", error: "", body: { answers: answers() }
    };
    return queue.put(item).then(function () {
      showKept(message);
      return queue.render();
    }).catch(function () { say(texts.msgOffline); });
  }

  // Kept on this phone already (the page opened again before the network came back):
  // say so instead of asking again; once sent, the page shows the answers.
  function pending() {
    var queue = window.WagenmennerQueue;
    if (!queue || !("indexedDB" in window)) return Promise.resolve(null);
    return queue.items().then(function (items) {
      return items.filter(function (i) {
        return i.url === texts.api && i.user === texts.user && i.state === "pending";
      })[0] || null;
    }).catch(function () { return null; });
  }

  // Online again: the queue is sent (offline.js), and once these answers are gone from
  // it, the page shows them as stored.
  function settle() {
    var queue = window.WagenmennerQueue;
    if (!queue || !form.hidden) return;
    queue.flush().then(pending).then(function (item) {
      if (!item) window.location.reload();
    });
  }

  pending().then(function (item) {
    if (!item) return;
    showKept(texts.msgQueued);
    if (navigator.onLine) settle();
  });
  window.addEventListener("online", settle);

  form.addEventListener("submit", function (event) {
    if (!window.fetch || !window.FormData) return;
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (!navigator.onLine) { keep(texts.msgQueued); return; }
    button.disabled = true;
    fetch(form.action || window.location.href, {
      method: "POST", body: new FormData(form), credentials: "same-origin",
      redirect: "manual", headers: { "X-Requested-With": "fetch" }
    }).then(function (response) {
      // Stored: on to the answers. Refused (a question to fix): the page says where,
      // from the same answers sent the usual way. The session ended: kept, sent later.
      var json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
      if (response.ok && json) {
        return response.json().then(function (data) { window.location.assign(data.next); });
      }
      if (response.type === "opaqueredirect" || response.status === 401 ||
          response.status === 403) {
        button.disabled = false;
        return keep(texts.msgLogin);
      }
      if (response.status >= 500) { button.disabled = false; return keep(texts.msgQueued); }
      HTMLFormElement.prototype.submit.call(form);
    }).catch(function () {
      // The network failed on the way: the same key makes a second arrival harmless.
      button.disabled = false;
      return keep(texts.msgQueued);
    });
  });
})();
