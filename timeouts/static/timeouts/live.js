// Time-outs, both ways (METHOD 4.6): on any open page of someone with a time-out
// agreement shared across a link, a started time-out shows within seconds: the signal
// word, the countdown and the return rule, never anything private. Polling every 3
// seconds (no third-party service), and at once when the tab comes back into view.
// The tab title says only "Notice": someone else may see the screen.
(function () {
  "use strict";
  var POLL_MS = 3000;
  var script = document.currentScript;
  var url = script && script.dataset.url;
  if (!url || !window.fetch) return;
  var box = null, shown = {}, offset = 0, title = document.title;

  function text(name) { return script.dataset[name] || ""; }

  function clock(seconds) {
    seconds = Math.max(0, Math.round(seconds));
    return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
  }

  // A time-out the page shows already (home, the time-out page) is not shown twice.
  function onPage(id) {
    var el = document.querySelector("[data-timeout-id='" + id + "']");
    return el !== null && !box.contains(el);
  }

  function link(href, label, cls) {
    var a = document.createElement("a");
    if (cls) a.className = cls;
    a.href = href;
    a.textContent = label;
    return a;
  }

  function card(t) {
    var section = document.createElement("section");
    section.className = "card attention";
    section.dataset.timeoutId = t.id;
    var h = document.createElement("h2");
    h.textContent = text("heading") + (t.signal_word ? ": " + t.signal_word : "");
    var left = document.createElement("p");
    left.className = "timer";
    left.setAttribute("role", "timer");
    left.dataset.endsAt = t.ends_at;
    var rule = document.createElement("p");
    rule.textContent = text("returnRule").replace("{n}", t.return_below);
    section.append(h, left, rule);
    if (t.started_by_name && t.started_by !== Number(text("me"))) {
      var by = document.createElement("p");
      by.className = "small";
      by.textContent = text("startedBy").replace("{name}", t.started_by_name);
      section.append(by);
    }
    var more = t.link_id ? text("sharedUrl").replace("0", t.link_id) : text("ownUrl");
    section.append(link(more, text("more")));
    return section;
  }

  function overCard() {
    var section = document.createElement("section");
    section.className = "card attention";
    var p = document.createElement("p");
    p.textContent = text("over");
    section.append(p, link(text("checkin"), text("checkinLabel"), "button"));
    return section;
  }

  function render(list) {
    box = box || document.getElementById("timeout-live");
    if (!box) return;
    var running = list.filter(function (t) { return t.running && !onPage(t.id); });
    var ids = running.map(function (t) { return String(t.id); });
    var ended = Object.keys(shown).filter(function (id) { return ids.indexOf(id) < 0; });
    var fresh = running.some(function (t) { return !shown[t.id]; });
    var cards = running.map(card);
    if (ended.length) cards.push(overCard());
    if (cards.length || ended.length) box.replaceChildren.apply(box, cards);
    ended.forEach(function (id) { delete shown[id]; });
    running.forEach(function (t) { shown[t.id] = true; });
    if (fresh || ended.length) document.title = text("notice") + " – " + title;
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
    setInterval(tick, 1000);
    document.addEventListener("visibilitychange", function () { if (!document.hidden) poll(); });
  });
})();
