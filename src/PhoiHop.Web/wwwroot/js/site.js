// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    // Destructive or irreversible actions ask first (forms with data-confirm).
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
            event.preventDefault();
        }
    });
    // Move focus to the first error summary so keyboard and screen-reader users hear what went wrong.
    var summary = document.querySelector(".error-summary:not(:empty)");
    if (summary && summary.querySelector("li")) {
        summary.setAttribute("tabindex", "-1");
        summary.focus();
    }
    // After htmx swaps the main content (article navigation), tell assistive technology where we are:
    // move focus to the new heading, as a full page load would have.
    document.body.addEventListener("htmx:afterSettle", function () {
        var heading = document.querySelector("#main h1");
        if (heading) {
            heading.setAttribute("tabindex", "-1");
            heading.focus();
        }
    });
})();
