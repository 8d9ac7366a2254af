package org.claimtrail.console.history;

import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.console.api.ApiClient;
import org.claimtrail.console.api.ApiProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * A claim's history as a timeline (who, when, why, which request), the hash chain's check, and the claim as it
 * stood at an instant; all three read from the event store by the API.
 */
@Controller
class HistoryPageController {

    private final ApiClient api;

    HistoryPageController(ApiClient api) {
        this.api = api;
    }

    /** One event as {@code GET /api/v1/claims/{id}/history} lists it. */
    record HistoryEvent(String eventId, long sequence, String type, Instant occurredAt, String actor,
                        String correlationId, String hash, JsonNode payload) {

        /** The why of the event: its rationale or reason, if it has one. */
        public String why() {
            JsonNode why = payload.has("rationale") ? payload.get("rationale") : payload.get("reason");
            return why == null || why.isNull() ? "" : why.asString();
        }

        public String verdict() {
            JsonNode verdict = payload.get("verdict");
            return verdict == null || verdict.isNull() ? "" : verdict.asString();
        }

        public String state() {
            JsonNode state = payload.get("state");
            return state == null || state.isNull() ? "" : state.asString();
        }
    }

    /** {@code GET /api/v1/claims/{id}/history/verify}. */
    record ChainCheck(boolean intact, int events, JsonNode brokenAt, JsonNode checkpoint) {
    }

    @GetMapping("/claims/{id}/history")
    String history(@PathVariable UUID id, @RequestParam(defaultValue = "") String asOf, Model model) {
        String base = "/api/v1/claims/" + id;
        List<HistoryEvent> events = api.get(base + "/history", new TypeReference<>() {
        });
        model.addAttribute("claimId", id);
        model.addAttribute("events", events);
        model.addAttribute("chain", api.get(base + "/history/verify", ChainCheck.class));
        model.addAttribute("asOf", asOf);
        if (!asOf.isBlank()) {
            Instant instant = instant(asOf);
            if (instant == null) {
                model.addAttribute("asOfError", "Give a date and time such as 2024-11-01T12:00 (UTC).");
            } else {
                try {
                    model.addAttribute("asOfClaim", api.get(UriComponentsBuilder.fromPath(base)
                            .queryParam("asOf", instant.toString()).toUriString(), ClaimView.class));
                } catch (ApiProblem problem) {
                    model.addAttribute("asOfError", problem.detail());
                }
            }
        }
        return "console/history";
    }

    /** The browser's datetime-local field (no zone: read as UTC, as the page says) or an ISO instant. */
    private static Instant instant(String text) {
        try {
            return text.endsWith("Z") ? Instant.parse(text) : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
