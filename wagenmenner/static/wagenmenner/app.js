// Wagenmenner: the little behaviour the pages need. Everything works without it too.
(function () {
  "use strict";

  // Drafts: what is typed in a ride or look-back is kept on this device until the server
  // has it, so a lost connection or a closed tab loses nothing. A field the server already
  // filled wins over the draft.
  function drafts() {
    document.querySelectorAll("form[data-draft]").forEach(function (form) {
      var key = "wm-draft:" + form.dataset.draft;
      var saved = {};
      try { saved = JSON.parse(localStorage.getItem(key) || "{}"); } catch (e) { saved = {}; }
      var restored = false;
      form.querySelectorAll("textarea, input[type=text]").forEach(function (field) {
        if (!field.name) return;
        if (field.value.trim() !== "") { delete saved[field.name]; return; }
        if (saved[field.name]) { field.value = saved[field.name]; restored = true; }
      });
      localStorage.setItem(key, JSON.stringify(saved));
      if (restored && form.dataset.restoredText) {
        var note = document.createElement("p");
        note.className = "hint";
        note.setAttribute("role", "status");
        note.textContent = form.dataset.restoredText;
        form.prepend(note);
      }
      form.addEventListener("input", function (event) {
        var field = event.target;
        if (!field.name || !(field.tagName === "TEXTAREA" || field.type === "text")) return;
        saved[field.name] = field.value;
        localStorage.setItem(key, JSON.stringify(saved));
      });
    });
  }

  // The time-out countdown. The server's clock is the truth: the page says when the
  // time-out ends and what the server's time was, and this only counts down to that end.
  // A page kept for offline use carries an old server time: a page that looks older than
  // the last fresh one did (its offset smaller by more than a moment), or older than two
  // minutes, counts with the offset kept from the last fresh page instead of its own.
  var CLOCK_KEY = "wm-clock-offset";
  function clockOffset(box) {
    var offset = Date.parse(box.dataset.serverNow) - Date.now();
    var kept = parseInt(localStorage.getItem(CLOCK_KEY) || "", 10);
    var stale = !isNaN(kept) && offset < kept - 1500 && kept - offset < 120000;
    if (!isNaN(offset) && Math.abs(offset) < 120000 && !stale) {
      try { localStorage.setItem(CLOCK_KEY, String(offset)); } catch (e) { /* private mode */ }
      return offset;
    }
    return isNaN(kept) ? 0 : kept;
  }

  function countdowns() {
    document.querySelectorAll("[data-timeout-ends]").forEach(function (box) {
      var ends = Date.parse(box.dataset.timeoutEnds);
      var face = box.querySelector("[data-countdown]");
      var over = box.querySelector("[data-timeout-over]");
      if (isNaN(ends) || !face) return;
      var offset = clockOffset(box);
      var handle = null;
      function tick() {
        var left = Math.max(0, Math.round((ends - (Date.now() + offset)) / 1000));
        face.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
        if (left === 0) {
          clearInterval(handle);
          face.classList.add("hidden");
          if (over) over.classList.remove("hidden");
        }
      }
      tick();
      handle = setInterval(tick, 1000);
    });
  }

  // Logging out forgets every draft kept on this device.
  function logout() {
    document.querySelectorAll("form[action$='/uitloggen/']").forEach(function (form) {
      form.addEventListener("submit", function () {
        Object.keys(localStorage).forEach(function (k) {
          if (k.indexOf("wm-") === 0) localStorage.removeItem(k);
        });
      });
    });
  }

  // Print and "try again" buttons without inline handlers (the CSP allows no inline script).
  function printButtons() {
    document.querySelectorAll("[data-print]").forEach(function (b) {
      b.addEventListener("click", function () { window.print(); });
    });
    document.querySelectorAll("[data-reload]").forEach(function (b) {
      b.addEventListener("click", function () { window.location.reload(); });
    });
  }

  // The partner space's quick exit: leave for a neutral page and put it in place of this
  // page in the history, so Back does not come back here.
  function quickExit() {
    document.querySelectorAll("[data-quick-exit]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        document.body.classList.add("hidden");
        window.location.replace(link.href);
      });
    });
  }

  // Copy buttons: data-copy names the field whose text is copied.
  function copyButtons() {
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      button.addEventListener("click", function () {
        var field = document.querySelector(button.dataset.copy);
        if (!field) return;
        field.select();
        var done = function () { button.textContent = button.dataset.copied; };
        if (navigator.clipboard) navigator.clipboard.writeText(field.value).then(done, done);
        else { document.execCommand("copy"); done(); }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    drafts(); countdowns(); logout(); printButtons(); quickExit(); copyButtons();
  });
})();
