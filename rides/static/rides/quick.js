// The reins (quick mode) on one page, with or without network.
//
// The server rendered everything the reins can show: the person's horses, people, active
// rules and goals, and a table (json_script "wm-reins") that says, for every horse, person
// and level, which rules to offer, whether they fit, and which goal counts. The matching
// itself is the server's (charioteer/matching.py); this file only looks the answer up.
// Committing goes through the offline queue (offline.js): online it is sent at once and
// the done page follows; offline it stays on the phone, with its Idempotency-Key, and is
// sent once when the network returns. Without JavaScript the form posts as before.
(function () {
  "use strict";

  function $(selector, root) { return (root || document).querySelector(selector); }

  function checked(form, name) {
    var el = form.querySelector("input[name='" + name + "']:checked");
    return el ? el.value : "";
  }

  function show(step) {
    document.querySelectorAll("[data-wm-quick-step]").forEach(function (el) {
      el.hidden = el.dataset.wmQuickStep !== step;
    });
    var heading = $("[data-wm-quick-step='" + step + "'] [tabindex='-1']");
    if (heading) heading.focus();
  }

  function start() {
    var form = $("form[data-wm-quick]");
    var act = $("form[data-wm-quick-act]");
    var data = document.getElementById("wm-reins");
    var queue = window.WagenmennerQueue;
    if (!form || !act || !data || !queue || !("indexedDB" in window)) return;
    var table = JSON.parse(data.textContent);
    var texts = form.dataset;
    var chosen = null;

    function say(box, text) {
      box.textContent = text;
      box.hidden = !text;
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var horse = checked(form, "horse");
      var level = checked(form, "level");
      var person = form.elements.person ? form.elements.person.value : "";
      if (!horse || level === "") {
        say($("[data-wm-status]"), texts.msgInvalid);
        return;
      }
      say($("[data-wm-status]"), navigator.onLine ? "" : texts.msgOffline);
      var entry = table[horse + ":" + (person || "0") + ":" + level] ||
        { rules: [], fits: false, goal: null };
      chosen = { horse: horse, level: parseInt(level, 10), person: person };
      var horseLabel = $("label[for='" + form.querySelector("input[name='horse']:checked").id + "']");
      var summary = horseLabel.textContent.trim() + " " + level + "/10";
      if (person) summary += " · " + form.elements.person.selectedOptions[0].textContent.trim();
      $("[data-wm-quick-summary]").textContent = summary;
      // The goal that counts, and the rules in the server's order (best fitting first).
      var goals = $("[data-wm-quick-goal]");
      goals.querySelectorAll("[data-goal]").forEach(function (g) {
        g.hidden = String(entry.goal) !== g.dataset.goal;
      });
      goals.hidden = entry.goal === null;
      var list = $("[data-wm-quick-rules]");
      var none = list.querySelector("[data-rule='']");
      list.querySelectorAll("[data-rule]").forEach(function (label) { label.hidden = true; });
      entry.rules.forEach(function (id) {
        var label = list.querySelector("[data-rule='" + id + "']");
        if (!label) return;
        label.hidden = false;
        list.insertBefore(label, none);
      });
      none.hidden = false;
      none.querySelector("input").checked = true;
      $("[data-wm-quick-nofit]").hidden = entry.fits || entry.rules.length === 0;
      $("[data-wm-quick-norules]").hidden = entry.rules.length > 0;
      show("rules");
    });

    $("[data-wm-quick-back]").addEventListener("click", function () { show("start"); });

    act.addEventListener("submit", function (event) {
      event.preventDefault();
      if (act.dataset.busy === "1" || chosen === null) return;
      var action = act.elements.action.value.replace(/\r\n/g, "\n").trim();
      var error = $("[data-wm-quick-error]");
      if (!action) {
        error.hidden = false;
        act.elements.action.focus();
        return;
      }
      error.hidden = true;
      var rule = checked(act, "rule");
      var item = {
        kind: "ride", key: queue.newKey(), user: form.dataset.user || "",
        recorded_at: new Date().toISOString(), state: "pending", error: "",
        body: {
          horse_id: parseInt(chosen.horse, 10), level: chosen.level,
          person_id: chosen.person ? parseInt(chosen.person, 10) : null,
          rule_id: rule ? parseInt(rule, 10) : null, action: action
        }
      };
      act.dataset.busy = "1";
      // On the phone first: whatever happens to the network now, nothing is lost.
      queue.put(item).then(function () {
        if (!navigator.onLine) return { state: "later" };
        return queue.sendNow(item);
      }).then(function (result) {
        if (result.state === "sent" && result.data && result.data.id) {
          window.location.assign(form.dataset.done.replace("/0/", "/" + result.data.id + "/"));
          return;
        }
        act.dataset.busy = "";
        if (result.state === "failed") {
          // Refused as it is (a rule deleted meanwhile, say): say why, and let it be fixed.
          return queue.items().then(function (items) {
            var stored = items.filter(function (i) { return i.key === item.key; })[0];
            say(error, (stored && stored.error) || texts.msgInvalid);
            return queue.remove(item.key);
          }).then(queue.render);
        }
        $("[data-wm-quick-action]").textContent = action;
        say($("[data-wm-quick-kept-why]"), result.login ? texts.msgLogin : texts.msgQueued);
        act.reset();
        show("kept");
        return queue.render();
      }).catch(function () { act.dataset.busy = ""; });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
