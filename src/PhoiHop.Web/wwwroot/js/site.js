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
})();
