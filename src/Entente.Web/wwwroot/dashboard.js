// Entente dashboard: progressive enhancement only (every page works without it).
// Selects marked data-autosubmit submit their form when changed (actor and period pickers).
"use strict";
document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
        select.addEventListener("change", function () {
            if (select.form) select.form.requestSubmit();
        });
    });
    // choosing a file clears the pasted text, so it is clear which one is analysed
    document.querySelectorAll("form.article-form input[type=file]").forEach(function (input) {
        input.addEventListener("change", function () {
            var text = input.form && input.form.querySelector("textarea[name=text]");
            if (text && input.files && input.files.length > 0) text.value = "";
        });
    });
});
