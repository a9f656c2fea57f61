// Wagenmenner service worker: the check-in page, the reins, the safety plan, the warning
// plan, the time-out, the crisis page and the questionnaires to answer offline; for any other page, a page that says it
// needs a connection; and check-in reminders (Web Push).
//
// Served from /sw.js by checkins.views.service_worker, which puts WM_CONFIG above this
// line: the version (a hash of the files below), the pages, the static files and the
// session URL. Nothing here may show one person's pages to another:
// - pages are kept per person, in a cache named after an opaque key of the account that
//   is logged in now (from the session URL); when another account logs in on this phone,
//   the old pages are deleted before new ones are fetched;
// - only pages without history are kept (the check-in form, the reins with the person's
//   own rules and goals, the safety plan, the warning plan, the time-out, the crisis page,
//   the "no connection" page, and the clinic's questionnaires still to answer, listed by
//   the session URL);
//   POSTs and the API are never cached;
// - logging out deletes every cache (offline.js, and the server's Clear-Site-Data).
/* global WM_CONFIG */
"use strict";

var VERSION = WM_CONFIG.version;
var STATIC_CACHE = "wm-static-" + VERSION;
var PAGE_PREFIX = "wm-pages-";
var PAGES_OF_VERSION = PAGE_PREFIX + VERSION + "-";
// A kept page is fetched again after this long, so it follows changes of the app and of
// the person's own horses and people.
var PAGE_MAX_AGE_MS = 6 * 60 * 60 * 1000;
var CRISIS = WM_CONFIG.crisis;
var OFFLINE = WM_CONFIG.fallback;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(STATIC_CACHE).then(function (cache) {
    var files = WM_CONFIG.static.map(function (url) {
      return cache.add(new Request(url, { cache: "reload" })).catch(function () {});
    });
    // The crisis page and the "no connection" page as anyone sees them: they must work
    // for everyone, logged in or not.
    var anyone = [CRISIS, OFFLINE].map(function (url) {
      return fetch(url, { credentials: "omit", cache: "reload" }).then(function (r) {
        return r.ok ? cache.put(url, r) : null;
      }).catch(function () {});
    });
    return Promise.all(files.concat(anyone));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) {
      return (k.indexOf("wm-static-") === 0 && k !== STATIC_CACHE) ||
        (k.indexOf(PAGE_PREFIX) === 0 && k.indexOf(PAGES_OF_VERSION) !== 0);
    }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

function deletePages(except) {
  return caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) {
      return k.indexOf(PAGE_PREFIX) === 0 && k !== except;
    }).map(function (k) { return caches.delete(k); }));
  });
}

function currentPageCache() {
  return caches.keys().then(function (keys) {
    var name = keys.filter(function (k) { return k.indexOf(PAGES_OF_VERSION) === 0; })[0];
    return name ? caches.open(name) : null;
  });
}

function keepPage(cache, url) {
  // X-WM-Keep: a page kept for later must not take the crisis card meant for the page the
  // person opens next (safety/alerts.py).
  return fetch(url, { credentials: "same-origin", cache: "no-store", redirect: "manual",
                      headers: { "X-WM-Keep": "1" } })
    .then(function (r) {
      if (!r.ok || r.type !== "basic") return null;  // a redirect means: not logged in
      return r.blob().then(function (body) {
        var headers = new Headers(r.headers);
        headers.set("X-WM-Kept-At", String(Date.now()));
        return cache.put(url, new Response(body, {
          status: r.status, statusText: r.statusText, headers: headers
        }));
      });
    }).catch(function () {});
}

function isFresh(response) {
  var kept = response && parseInt(response.headers.get("X-WM-Kept-At") || "0", 10);
  return kept && Date.now() - kept < PAGE_MAX_AGE_MS;
}

// Fill (or renew) the pages of the person who is logged in now; drop them when the
// server says nobody is. Without network nothing changes. ``renew`` is a kept page that
// is fetched again however fresh its copy: the time-out page, whose state changes.
function refreshPages(renew) {
  return fetch(WM_CONFIG.session, { credentials: "same-origin", cache: "no-store" })
    .then(function (r) { return r.ok ? r.json() : { authenticated: false }; })
    .then(function (session) {
      if (!session.authenticated) return deletePages(null);
      var name = PAGES_OF_VERSION + session.user;
      // Beyond the fixed list, the person's own: the questionnaires still to answer.
      var extra = session.pages || [];
      var pages = WM_CONFIG.pages.concat(extra);
      return deletePages(name).then(function () { return caches.open(name); })
        .then(function (cache) {
          return cache.keys().then(function (kept) {
            var paths = kept.map(function (req) { return new URL(req.url).pathname; });
            // A page no longer on the list (a questionnaire answered) goes; a new one
            // makes the "no connection" page, which links to it, be fetched again.
            var gone = kept.filter(function (req, i) { return pages.indexOf(paths[i]) < 0; });
            var added = extra.some(function (url) { return paths.indexOf(url) < 0; });
            return Promise.all(gone.map(function (req) { return cache.delete(req); }))
              .then(function () {
                return Promise.all(pages.map(function (url) {
                  return cache.match(url).then(function (hit) {
                    var again = url === renew || (added && url === OFFLINE);
                    return isFresh(hit) && !again ? null : keepPage(cache, url);
                  });
                }));
              });
          });
        });
    }).catch(function () {});
}

self.addEventListener("message", function (event) {
  var type = event.data && event.data.type;
  if (type === "refresh") event.waitUntil(refreshPages(event.data.renew || ""));
});

function offlinePage(path) {
  return Promise.all([currentPageCache(), caches.open(STATIC_CACHE)]).then(function (found) {
    var pages = found[0];
    var statics = found[1];
    var lookup = pages ? pages.match(path) : Promise.resolve(null);
    return lookup.then(function (hit) {
      if (hit) return hit;
      if (path === CRISIS) return statics.match(CRISIS);
      // Any other page: say that it needs a connection (never another page in its place,
      // never the browser's error page), in the person's language when it was kept.
      return (pages ? pages.match(OFFLINE) : Promise.resolve(null)).then(function (page) {
        return page || statics.match(OFFLINE);
      });
    });
  }).then(function (hit) { return hit || Response.error(); });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method !== "GET") {
    // A form sent without network (offline.js stops most of them before they leave):
    // the "no connection" page, not the browser's error page. Never cached.
    if (request.mode === "navigate") {
      event.respondWith(fetch(request).catch(function () { return offlinePage(OFFLINE); }));
    }
    return;
  }
  if (WM_CONFIG.static.indexOf(url.pathname) >= 0) {
    event.respondWith(caches.open(STATIC_CACHE).then(function (cache) {
      return cache.match(url.pathname).then(function (hit) { return hit || fetch(request); });
    }));
    return;
  }
  if (request.mode === "navigate") {
    // Network first: online, every page is as fresh as without a service worker.
    event.respondWith(fetch(request).catch(function () { return offlinePage(url.pathname); }));
  }
});

// --- Reminders ----------------------------------------------------------------------------

self.addEventListener("push", function (event) {
  var data = {};
  try { data = event.data ? event.data.json() : {}; } catch (e) { data = {}; }
  var target = typeof data.url === "string" && data.url.charAt(0) === "/" &&
    data.url.charAt(1) !== "/" ? data.url : "/";
  event.waitUntil(self.registration.showNotification(data.title || "Wagenmenner", {
    body: data.body || "",
    tag: data.tag || "wm-checkin",
    icon: WM_CONFIG.icon,
    data: { url: target }
  }));
});

self.addEventListener("notificationclick", function (event) {
  event.notification.close();
  var target = (event.notification.data && event.notification.data.url) || "/";
  event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true })
    .then(function (windows) {
      for (var i = 0; i < windows.length; i++) {
        if (new URL(windows[i].url).pathname === target && "focus" in windows[i]) {
          return windows[i].focus();
        }
      }
      return self.clients.openWindow(target);
    }));
});
