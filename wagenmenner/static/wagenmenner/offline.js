// Wagenmenner offline: the service worker, and the queue of what was made without network.
//
// A check-in, a ride taken with the reins (rides/quick.js) or the answers to a clinic's
// questionnaire (questionnaires/fill.js), made offline (or whose post is lost on the
// way) is kept in IndexedDB with an Idempotency-Key made here and the
// moment the button was pressed, and sent to the API when the phone is online again. The
// key makes the server store it exactly once, however often it is sent. No framework and
// nothing inline (the CSP allows neither); every text shown comes from data- attributes
// the server rendered, so it is translated there.
(function () {
  "use strict";

  var script = document.currentScript;
  var cfg = (script && script.dataset) || {};
  var DB_NAME = "wagenmenner";
  // The store kept its first name; it holds both kinds of item (item.kind, default
  // "checkin").
  var STORE = "checkins";
  var API = { checkin: cfg.api, ride: cfg.apiRide };
  var LEVELS = ["alarm", "energy", "drive", "enjoyment", "boredom", "urge"];
  var TEXTS = ["substance", "substance_amount", "note"];

  function loggedIn() {
    return document.body && document.body.dataset.user === "1";
  }

  // --- IndexedDB, as promises ---------------------------------------------------------

  function openDb() {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = function () {
        req.result.createObjectStore(STORE, { keyPath: "key" });
      };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }

  function withStore(mode, work) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var req = work(tx.objectStore(STORE));
        tx.oncomplete = function () { db.close(); resolve(req ? req.result : undefined); };
        tx.onerror = tx.onabort = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function allItems() { return withStore("readonly", function (s) { return s.getAll(); }); }
  function putItem(item) { return withStore("readwrite", function (s) { return s.put(item); }); }
  function deleteItem(key) { return withStore("readwrite", function (s) { return s.delete(key); }); }
  function clearItems() { return withStore("readwrite", function (s) { return s.clear(); }); }

  // --- The session: whose phone this is now, and a fresh CSRF token ---------------------

  function getSession() {
    return fetch(cfg.session, {
      credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" }
    }).then(function (r) {
      if (r.status === 401) return { authenticated: false };
      if (!r.ok) throw new Error("session " + r.status);
      return r.json();
    });
  }

  // --- Sending the queue --------------------------------------------------------------

  function describe(data) {
    var detail = data && data.detail;
    if (!detail) return "";
    if (typeof detail === "string") return detail;
    if (Array.isArray(detail)) {
      return detail.map(function (e) { return e.msg || ""; }).join(" ");
    }
    return Object.keys(detail).map(function (k) {
      return [].concat(detail[k]).join(" ");
    }).join(" ");
  }

  function kindOf(item) { return item.kind || "checkin"; }

  // {state: "sent", data: the stored item}, {state: "failed"} (kept, visible, never sent
  // again) or {state: "later"} (try again later).
  function sendOne(item, csrf) {
    var body = Object.assign({}, item.body, { recorded_at: item.recorded_at });
    // An item with its own address (a questionnaire's answers) goes there.
    return fetch(item.url || API[kindOf(item)], {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "Idempotency-Key": item.key,
        "X-CSRFToken": csrf
      },
      body: JSON.stringify(body)
    }).then(function (r) {
      if (r.ok) {
        return r.json().catch(function () { return {}; }).then(function (data) {
          return deleteItem(item.key).then(function () { return { state: "sent", data: data }; });
        });
      }
      // 404 only where the item has its own address: a questionnaire taken back.
      if (r.status === 409 || r.status === 422 || (r.status === 404 && item.url)) {
        // This item can never succeed as it is: keep it, marked, for the person to see.
        return r.json().catch(function () { return {}; }).then(function (data) {
          item.state = "failed";
          item.error = describe(data);
          return putItem(item).then(function () { return { state: "failed" }; });
        });
      }
      // Logged out, CSRF, server trouble: the next flush tries again.
      return { state: "later" };
    });
  }

  // Send one item now (the reins, online): the same key as the queue would use, so a
  // flush that sends it at the same moment stores nothing twice.
  function sendNow(item) {
    return getSession().then(function (session) {
      if (!session.authenticated) return { state: "later", login: true };
      return sendOne(item, session.csrf);
    }).catch(function () { return { state: "later" }; });
  }

  // How many of each kind were sent: {checkin: 2, ride: 1}.
  function sendAll(items, csrf) {
    var sent = {};
    return items.reduce(function (chain, item) {
      return chain.then(function (go) {
        if (!go) return false;
        return sendOne(item, csrf).then(function (result) {
          if (result.state === "sent") sent[kindOf(item)] = (sent[kindOf(item)] || 0) + 1;
          return result.state !== "later";
        });
      });
    }, Promise.resolve(true)).then(function () { return sent; });
  }

  function doFlush() {
    return allItems().then(function (items) {
      if (!items.some(function (i) { return i.state === "pending"; })) return {};
      return getSession().then(function (session) {
        if (!session.authenticated) return {};
        // Only this person's own items: another account may log in on this phone.
        var mine = items.filter(function (i) {
          return i.state === "pending" && i.user === session.user;
        }).sort(function (a, b) { return a.recorded_at < b.recorded_at ? -1 : 1; });
        return sendAll(mine, session.csrf);
      });
    });
  }

  var flushing = null;

  function flush() {
    if (flushing) return flushing;
    if (!("indexedDB" in window) || !cfg.api) return Promise.resolve(0);
    var run = function () { return doFlush(); };
    // One tab at a time sends; the key would make a double send harmless, but quiet.
    var locked = navigator.locks ? navigator.locks.request("wm-checkin-queue", run) : run();
    flushing = locked.catch(function () { return {}; }).then(function (sent) {
      flushing = null;
      return renderQueue().then(function () {
        // "Sent" only where the page is about what was sent (check-ins or the reins).
        var texts = document.querySelector("[data-wm-messages]");
        if (texts && sent[texts.dataset.kind || "checkin"] > 0) showStatus("msgSent");
        return Object.keys(sent).reduce(function (n, k) { return n + sent[k]; }, 0);
      });
    });
    return flushing;
  }

  // --- The check-in page --------------------------------------------------------------

  function checkinForm() { return document.querySelector("form[data-wm-checkin-form]"); }

  // The texts of the page's status line: data-msg-* on the element marked data-wm-messages
  // (the check-in form, the reins).
  function showStatus(name) {
    var texts = document.querySelector("[data-wm-messages]");
    var box = document.querySelector("[data-wm-status]");
    if (!texts || !box || !texts.dataset[name]) return;
    box.textContent = texts.dataset[name];
    box.hidden = false;
  }

  // What waits on this phone: each list (data-wm-queue, data-kind) shows its own kind of
  // item, of the person logged in (data-user).
  function renderQueue() {
    var sections = document.querySelectorAll("[data-wm-queue]");
    if (!sections.length || !("indexedDB" in window)) return Promise.resolve();
    return allItems().then(function (items) {
      sections.forEach(function (section) { renderList(section, items); });
    }).catch(function () {});
  }

  function renderList(section, items) {
    var list = section.querySelector("[data-wm-queue-list]");
    var userKey = section.dataset.user || "";
    var kind = section.dataset.kind || "checkin";
    var mine = items.filter(function (i) {
      return (!userKey || i.user === userKey) && kindOf(i) === kind;
    });
    list.textContent = "";
    mine.forEach(function (item) {
      var li = document.createElement("li");
      var when = document.createElement("span");
      when.textContent = new Date(item.recorded_at).toLocaleString();
      li.appendChild(when);
      var what = item.label || (item.body && item.body.action);
      if (what) {
        var action = document.createElement("p");
        action.textContent = what;
        li.appendChild(action);
      }
      var meta = document.createElement("div");
      meta.className = "meta";
      if (item.state === "failed") {
        meta.textContent = section.dataset.msgFailed + " " + (item.error || "");
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "secondary";
        remove.textContent = section.dataset.msgRemove;
        remove.addEventListener("click", function () {
          deleteItem(item.key).then(renderQueue);
        });
        li.appendChild(meta);
        li.appendChild(remove);
      } else {
        meta.textContent = section.dataset.msgWaiting;
        li.appendChild(meta);
      }
      list.appendChild(li);
    });
    section.hidden = mine.length === 0;
  }

  function checkedValue(form, name) {
    var el = form.querySelector("input[name='" + name + "']:checked");
    return el ? el.value : null;
  }

  function entryFrom(form, key, when) {
    var body = {};
    var complete = true;
    LEVELS.forEach(function (name) {
      var value = checkedValue(form, name);
      if (value === null) complete = false;
      body[name] = value === null ? null : parseInt(value, 10);
    });
    body.conflict = checkedValue(form, "conflict") === "yes";
    // Asked only when the person turned the question on; may be left open.
    if (form.elements.dark_thoughts) {
      var dark = checkedValue(form, "dark_thoughts");
      body.dark_thoughts = dark === null ? null : parseInt(dark, 10);
    }
    TEXTS.forEach(function (name) {
      var field = form.elements[name];
      body[name] = field ? field.value.replace(/\r\n/g, "\n").trim() : "";
    });
    return {
      key: key, user: form.dataset.user || "", recorded_at: when, body: body,
      state: "pending", error: "", complete: complete
    };
  }

  function newKey() {
    if (crypto.randomUUID) return crypto.randomUUID();
    // Older browsers: a version 4 UUID from the same random source.
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var hex = Array.prototype.map.call(b, function (x) {
      return (x + 256).toString(16).slice(1);
    }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20),
      hex.slice(20)].join("-");
  }

  function queue(form, entry, message) {
    if (!entry.complete) { showStatus("msgInvalid"); return Promise.resolve(); }
    delete entry.complete;
    return putItem(entry).then(function () {
      form.reset();
      form.querySelectorAll("details").forEach(function (d) { d.open = false; });
      showStatus(message);
      renderQueue();
      var box = document.querySelector("[data-wm-status]");
      if (box) box.scrollIntoView({ block: "center" });
    });
  }

  function showServerPage(html, form, entry) {
    // The server answered with the form and its error messages: show them in place.
    var doc = new DOMParser().parseFromString(html, "text/html");
    var fresh = doc.querySelector("main");
    var main = document.querySelector("main");
    if (!fresh || !main) return queue(form, entry, "msgQueued");
    main.replaceWith(document.adoptNode(fresh));
    bindCheckinForm();
    renderQueue();
    // The crisis card, when the answer brought it up (strong dark thoughts on a check-in
    // that could not be saved), comes before the form's errors: its lines must be seen.
    var card = document.querySelector("main #crisis-card");
    var error = document.querySelector("main .errorlist");
    if (card) card.scrollIntoView({ block: "start" });
    else if (error) error.scrollIntoView({ block: "center" });
    return Promise.resolve();
  }

  function onSubmit(event) {
    var form = event.currentTarget;
    event.preventDefault();
    if (form.dataset.busy === "1") return;
    var key = newKey();
    var when = new Date().toISOString();
    form.elements.key.value = key;
    form.elements.recorded_at.value = when;
    var entry = entryFrom(form, key, when);
    if (!navigator.onLine) {
      queue(form, entry, "msgQueued");
      return;
    }
    form.dataset.busy = "1";
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      redirect: "manual",
      headers: { "X-WM-Fetch": "1" }
    }).then(function (r) {
      if (r.status === 201) {
        return r.json().then(function (data) { window.location.assign(data.next); });
      }
      // A redirect here is the login page: the session ended. Keep it, send it later.
      if (r.type === "opaqueredirect" || r.status === 401 || r.status === 403) {
        return queue(form, entry, "msgLogin");
      }
      if (r.status >= 500) return queue(form, entry, "msgQueued");
      return r.text().then(function (html) { return showServerPage(html, form, entry); });
    }, function () {
      // The network failed on the way: the same key makes a second arrival harmless.
      return queue(form, entry, "msgQueued");
    }).then(function () {
      form.dataset.busy = "";
    });
  }

  function bindCheckinForm() {
    var form = checkinForm();
    if (!form || form.dataset.bound === "1") return;
    form.dataset.bound = "1";
    if (!("indexedDB" in window) || !window.fetch) return;  // plain form post, as without JS
    form.addEventListener("submit", onSubmit);
  }

  // Any other form, offline: say so where it is, and keep what was typed on the screen,
  // instead of leaving for a page that cannot load. (The check-in and the reins keep
  // their answers on the phone themselves; logging out clears the phone and goes on.)
  function offlineForms() {
    if (!cfg.msgOfflineForm) return;
    document.addEventListener("submit", function (event) {
      var form = event.target;
      if (navigator.onLine || !form || (form.method || "").toLowerCase() !== "post") return;
      if (form.matches("[data-wm-offline]") || form.getAttribute("action") === cfg.logout) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      var note = form.querySelector("[data-wm-offline-note]");
      if (!note) {
        note = document.createElement("p");
        note.className = "msg error";
        note.setAttribute("role", "alert");
        note.dataset.wmOfflineNote = "1";
        var actions = form.querySelector(".actions") || form.lastElementChild;
        form.insertBefore(note, actions);
      }
      note.textContent = cfg.msgOfflineForm;
      note.scrollIntoView({ block: "center" });
    }, true);
  }

  // --- Reminders on this phone (Web Push) -----------------------------------------------

  function keyBytes(b64) {
    var padded = (b64 + "===".slice((b64.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    var raw = atob(padded);
    var out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }

  function pushSettings() {
    var box = document.querySelector("[data-wm-push]");
    if (!box || !box.dataset.vapid) return;
    if (!("serviceWorker" in navigator) || !("PushManager" in window) ||
        !("Notification" in window)) return;  // stays hidden: this browser cannot
    var on = box.querySelector("[data-wm-push-on]");
    var off = box.querySelector("[data-wm-push-off]");
    var status = box.querySelector("[data-wm-push-status]");
    box.hidden = false;

    function show(state, message) {
      on.hidden = state;
      off.hidden = !state;
      if (message) { status.textContent = box.dataset[message]; status.hidden = false; }
    }

    function send(method, payload) {
      return getSession().then(function (session) {
        return fetch(box.dataset.url, {
          method: method,
          credentials: "same-origin",
          headers: { "Content-Type": "application/json", "X-CSRFToken": session.csrf },
          body: JSON.stringify(payload)
        });
      }).then(function (r) { if (!r.ok) throw new Error("push " + r.status); });
    }

    navigator.serviceWorker.ready.then(function (reg) {
      return reg.pushManager.getSubscription();
    }).then(function (sub) { show(!!sub); }).catch(function () {});

    on.addEventListener("click", function () {
      Notification.requestPermission().then(function (permission) {
        if (permission !== "granted") { show(false, "msgDenied"); return null; }
        return navigator.serviceWorker.ready.then(function (reg) {
          return reg.pushManager.subscribe({
            userVisibleOnly: true, applicationServerKey: keyBytes(box.dataset.vapid)
          });
        }).then(function (sub) {
          var json = sub.toJSON();
          return send("POST", { endpoint: json.endpoint, keys: json.keys });
        }).then(function () { show(true, "msgOn"); });
      }).catch(function () { show(false, "msgError"); });
    });

    off.addEventListener("click", function () {
      navigator.serviceWorker.ready.then(function (reg) {
        return reg.pushManager.getSubscription();
      }).then(function (sub) {
        if (!sub) return null;
        return send("DELETE", { endpoint: sub.endpoint }).then(function () {
          return sub.unsubscribe();
        });
      }).then(function () { show(false, "msgOff"); }).catch(function () { show(true, "msgError"); });
    });
  }

  // --- Service worker and logout --------------------------------------------------------

  function serviceWorker() {
    if (!("serviceWorker" in navigator) || !cfg.sw) return;
    if (!loggedIn()) {
      // Maybe the session ended, maybe this page came from the cache without network: the
      // worker asks the server, and only a server that says "logged out" makes it drop the
      // pages it kept. The queue stays: its check-ins are sent when that person is back.
      if (navigator.serviceWorker.controller) {
        navigator.serviceWorker.controller.postMessage({ type: "refresh" });
      }
      return;
    }
    navigator.serviceWorker.register(cfg.sw, { scope: "/" }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (reg) {
      // A page that changes with what happens (the time-out) asks to be kept afresh.
      var renew = document.body.dataset.renewOffline ? location.pathname : "";
      if (navigator.onLine && reg.active) reg.active.postMessage({ type: "refresh", renew: renew });
    }).catch(function () {});
  }

  function forgetEverything() {
    var work = [];
    if ("indexedDB" in window) work.push(clearItems().catch(function () {}));
    if (window.caches) {
      work.push(caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (k) { return k.indexOf("wm-") === 0; })
          .map(function (k) { return caches.delete(k); }));
      }).catch(function () {}));
    }
    var timeout = new Promise(function (resolve) { setTimeout(resolve, 1500); });
    return Promise.race([Promise.all(work), timeout]);
  }

  function logoutForms() {
    if (!cfg.logout) return;
    document.addEventListener("submit", function (event) {
      var form = event.target;
      if (!form || form.getAttribute("action") !== cfg.logout || form.dataset.cleared) return;
      // Logging out clears what this phone kept: the queue and the cached pages. The
      // server's Clear-Site-Data header does the same; this covers browsers without it.
      event.preventDefault();
      form.dataset.cleared = "1";
      forgetEverything().then(function () { form.submit(); });
    }, true);
  }

  // For the reins (rides/quick.js), for tests and for the curious: the queue.
  window.WagenmennerQueue = {
    flush: flush, items: allItems, put: putItem, remove: deleteItem, sendNow: sendNow,
    newKey: newKey, render: renderQueue, status: showStatus
  };

  function start() {
    bindCheckinForm();
    offlineForms();
    logoutForms();
    pushSettings();
    serviceWorker();
    renderQueue();
    if (!navigator.onLine) showStatus("msgOffline");
    if (loggedIn() && navigator.onLine) flush();
    window.addEventListener("online", function () {
      var box = document.querySelector("[data-wm-status]");
      if (box) box.hidden = true;
      flush();
    });
    window.addEventListener("offline", function () { showStatus("msgOffline"); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
