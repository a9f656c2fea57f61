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

  // The stop step: a visible countdown once a time-out is chosen.
  function timer() {
    var box = document.querySelector("[data-timer]");
    if (!box) return;
    var handle = null;
    document.querySelectorAll("input[name=timeout_minutes]").forEach(function (radio) {
      radio.addEventListener("change", function () {
        clearInterval(handle);
        var seconds = parseInt(radio.value, 10) * 60;
        if (!seconds) { box.classList.add("hidden"); return; }
        box.classList.remove("hidden");
        var end = Date.now() + seconds * 1000;
        function tick() {
          var left = Math.max(0, Math.round((end - Date.now()) / 1000));
          box.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
          if (left === 0) clearInterval(handle);
        }
        tick();
        handle = setInterval(tick, 1000);
      });
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
    drafts(); timer(); logout(); printButtons(); quickExit(); copyButtons();
  });
})();
