// Time-outs, both ways (METHOD 4.6): on any open page of someone who shares a time-out
// agreement (or has one shared with them), a started time-out shows within seconds —
// the signal word, the countdown and the return rule, never anything private. Polling
// every 3 seconds (no third-party service); at once when the tab comes back to view.
(function () {
  "use strict";
  var POLL_MS = 3000;
  var script = document.currentScript;
  var url = script && script.dataset.url;
  if (!url || !window.fetch) return;
  var box = null, timer = null, shown = {}, offset = 0, title = document.title;

  function text(name) { return script.dataset[name] || ""; }

  function clock(seconds) {
    seconds = Math.max(0, Math.round(seconds));
    return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
  }

  function render(list) {
    if (!box) box = document.getElementById("timeout-live");
    if (!box) return;
    var running = list.filter(function (t) { return t.running; });
    var ids = running.map(function (t) { return t.id; });
    var ended = Object.keys(shown).filter(function (id) { return ids.indexOf(Number(id)) < 0; });
    box.replaceChildren();
    running.forEach(function (t) {
      var card = document.createElement("section");
      card.className = "card attention timeout-live";
      var h = document.createElement("h2");
      h.textContent = text("heading") + (t.signal_word ? ": " + t.signal_word : "");
      var left = document.createElement("p");
      left.className = "timer";
      left.dataset.endsAt = t.ends_at;
      var rule = document.createElement("p");
      rule.textContent = text("returnRule").replace("%s", t.return_below);
      var by = document.createElement("p");
      by.className = "small";
      by.textContent = t.started_by_name ? text("startedBy").replace("%s", t.started_by_name) : "";
      card.append(h, left, rule, by);
      box.append(card);
      if (!shown[t.id]) document.title = text("notice") + " – " + title;
      shown[t.id] = true;
    });
    ended.forEach(function (id) {
      delete shown[id];
      var card = document.createElement("section");
      card.className = "card timeout-live";
      var p = document.createElement("p");
      p.textContent = text("over");
      var a = document.createElement("a");
      a.className = "button";
      a.href = text("checkin");
      a.textContent = text("checkinLabel");
      card.append(p, a);
      box.append(card);
    });
    if (!running.length && !ended.length && box.childElementCount === 0) document.title = title;
    tick();
  }

  function tick() {
    if (!box) return;
    box.querySelectorAll("[data-ends-at]").forEach(function (el) {
      el.textContent = clock((Date.parse(el.dataset.endsAt) - (Date.now() + offset)) / 1000);
    });
  }

  function poll() {
    fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (r) {
        var server = Date.parse(r.headers.get("Date") || "");
        if (server) offset = server - Date.now();
        return r.ok ? r.json() : null;
      })
      .then(function (list) { if (Array.isArray(list)) render(list); })
      .catch(function () { /* offline: the next poll tries again */ });
  }

  document.addEventListener("DOMContentLoaded", function () {
    poll();
    setInterval(poll, POLL_MS);
    timer = setInterval(tick, 1000);
    document.addEventListener("visibilitychange", function () { if (!document.hidden) poll(); });
  });
})();
