// The print link of the safety plan. With JavaScript it opens the print dialog on the
// page itself; without it, the same link leads to a clean page to print from the browser.
// Its own attribute (data-print-link), because app.js prints [data-print] buttons without
// stopping a link; a static file, because the Content-Security-Policy forbids inline script.
document.addEventListener("click", function (event) {
  var trigger = event.target.closest("[data-print-link]");
  if (!trigger || typeof window.print !== "function") return;
  event.preventDefault();
  window.print();
});
