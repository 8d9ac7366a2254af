// Live updates: one server-sent event stream per page. The browser reconnects by itself and sends Last-Event-ID,
// so the server sends what was missed (or asks for a reload). Everything here is an addition: without JavaScript
// every page and form works, only without live updates and previews.
(function () {
    "use strict";

    function refresh(region, tries) {
        // The read tables may trail the event store by a moment: fetch again until the claim has the new version.
        var expected = Number(region.dataset.expected || 0);
        htmx.ajax("GET", window.location.pathname + window.location.search,
            {target: "#" + region.id, select: "#" + region.id, swap: "outerHTML"}).then(function () {
            var fresh = document.getElementById(region.id);
            if (fresh && fresh.dataset.version && Number(fresh.dataset.version) < expected && tries > 0) {
                fresh.dataset.expected = String(expected);
                setTimeout(function () { refresh(fresh, tries - 1); }, 300);
            }
        });
    }

    var pending = null;

    function onChange(change) {
        var claim = document.querySelector("[data-live=claim]");
        if (claim && claim.dataset.claimId === change.claimId) {
            claim.dataset.expected = String(change.sequence);
            refresh(claim, 10);
        }
        var queue = document.querySelector("[data-live=queue]");
        if (queue && !pending) {
            // Many changes at once (a rebuild, a burst of verdicts) make one refresh.
            pending = setTimeout(function () { pending = null; refresh(document.querySelector("[data-live=queue]"), 0); }, 300);
        }
    }

    function listen() {
        if (!window.EventSource || !window.htmx || !document.querySelector("[data-live]")) {
            return;
        }
        var source = new EventSource("/live");
        source.addEventListener("claim", function (e) { onChange(JSON.parse(e.data)); });
        source.addEventListener("reload", function () {
            var region = document.querySelector("[data-live]");
            if (region) { refresh(region, 0); }
        });
    }

    function readFiles() {
        document.querySelectorAll("input[type=file][data-fills]").forEach(function (input) {
            input.addEventListener("change", function () {
                var file = input.files[0];
                if (file) {
                    file.text().then(function (text) { document.getElementById(input.dataset.fills).value = text; });
                }
            });
        });
    }

    document.addEventListener("DOMContentLoaded", function () { listen(); readFiles(); });
})();
