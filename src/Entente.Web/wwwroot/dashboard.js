// Entente dashboard: progressive enhancement only (every page works without it).
// Selects marked data-autosubmit submit their form when changed (actor and period pickers); SVG charts marked
// data-zoom get zoom and pan.
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
    document.querySelectorAll("svg[data-zoom]").forEach(zoomable);
});

// Zoom (wheel, + / − / reset buttons) and pan (drag) for an SVG chart, by changing its viewBox. A drag does not follow
// the link under it; a plain click does. A chart with data-label-size keeps its text.node-label at that size on the
// screen while zoomed in (below zoom 1 they shrink with the drawing) and shows each label from its data-zoom-min on
// (the server placed them so that the labels shown at a zoom do not overlap).
function zoomable(svg) {
    var start = svg.viewBox.baseVal, home = { x: start.x, y: start.y, w: start.width, h: start.height };
    var view = { x: home.x, y: home.y, w: home.w, h: home.h };
    var labelSize = parseFloat(svg.getAttribute("data-label-size")), labels = labelSize > 0 ? svg.querySelectorAll("text.node-label") : [];
    function apply() {
        svg.setAttribute("viewBox", view.x + " " + view.y + " " + view.w + " " + view.h);
        var zoom = home.w / view.w;
        labels.forEach(function (label) {
            label.style.fontSize = (labelSize / Math.max(1, zoom)) + "px";
            label.classList.toggle("far", zoom < parseFloat(label.getAttribute("data-zoom-min") || "1") - 0.001);
        });
    }
    function point(clientX, clientY) {
        var r = svg.getBoundingClientRect();
        return { x: view.x + (clientX - r.left) / r.width * view.w, y: view.y + (clientY - r.top) / r.height * view.h };
    }
    function zoom(factor, at) {
        var w = Math.min(home.w * 4, Math.max(home.w / 12, view.w * factor)), f = w / view.w;
        at = at || { x: view.x + view.w / 2, y: view.y + view.h / 2 };
        view = { x: at.x - (at.x - view.x) * f, y: at.y - (at.y - view.y) * f, w: w, h: view.h * f };
        apply();
    }
    svg.addEventListener("wheel", function (e) {
        e.preventDefault();
        zoom(e.deltaY < 0 ? 0.8 : 1.25, point(e.clientX, e.clientY));
    }, { passive: false });
    var drag = null, moved = false;
    svg.addEventListener("pointerdown", function (e) {
        if (e.button !== 0) return;
        drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y };
        moved = false;
    });
    svg.addEventListener("pointermove", function (e) {
        if (!drag) return;
        var r = svg.getBoundingClientRect(), dx = e.clientX - drag.x, dy = e.clientY - drag.y;
        if (!moved && Math.abs(dx) + Math.abs(dy) < 4) return;
        if (!moved) { moved = true; svg.setPointerCapture(e.pointerId); svg.classList.add("panning"); }
        view.x = drag.vx - dx / r.width * view.w;
        view.y = drag.vy - dy / r.height * view.h;
        apply();
    });
    function end() { drag = null; svg.classList.remove("panning"); }
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
    svg.addEventListener("click", function (e) { if (moved) { e.preventDefault(); moved = false; } }, true);
    var bar = document.createElement("div");
    bar.className = "zoom-bar";
    [["+", "Zoom in", function () { zoom(0.8); }], ["−", "Zoom out", function () { zoom(1.25); }], ["Reset", "Whole network", function () { view = { x: home.x, y: home.y, w: home.w, h: home.h }; apply(); }]]
        .forEach(function (b) {
            var button = document.createElement("button");
            button.type = "button";
            button.textContent = b[0];
            button.title = b[1];
            button.setAttribute("data-zoom-action", b[0] === "+" ? "in" : b[0] === "Reset" ? "reset" : "out");
            button.addEventListener("click", b[2]);
            bar.appendChild(button);
        });
    svg.parentNode.insertBefore(bar, svg);
}
