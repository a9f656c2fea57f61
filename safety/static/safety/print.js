// The print button of the safety plan. With JavaScript it opens the print dialog on the
// page itself; without it, the same link leads to a clean page to print from the browser.
// A static file with no inline handler, because the Content-Security-Policy forbids those.
document.addEventListener("click", function (event) {
  var trigger = event.target.closest("[data-print]");
  if (!trigger || typeof window.print !== "function") return;
  event.preventDefault();
  window.print();
});
