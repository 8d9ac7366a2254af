package org.claimtrail.console.audit;

import org.claimtrail.console.api.ApiClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.util.List;

/** The audit log across claims, newest first, filtered by actor and event type. */
@Controller
class AuditPageController {

    private final ApiClient api;

    AuditPageController(ApiClient api) {
        this.api = api;
    }

    record AuditRow(String eventId, String claimId, long sequence, String type, Instant occurredAt, String actor,
                    String correlationId) {
    }

    record AuditList(List<AuditRow> items, int page, int size, long total) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    @GetMapping("/audit")
    String audit(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String type,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/v1/audit")
                .queryParam("page", Math.max(0, page)).queryParam("size", 50);
        if (!actor.isBlank()) {
            uri.queryParam("actor", actor.strip());
        }
        if (!type.isBlank()) {
            uri.queryParam("type", type.strip());
        }
        model.addAttribute("log", api.get(uri.encode().build().toUriString(), AuditList.class));
        model.addAttribute("actor", actor);
        model.addAttribute("type", type);
        return "console/audit";
    }
}
