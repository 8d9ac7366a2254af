package org.claimtrail.console.proposition;

import org.claimtrail.api.claim.Quantity;
import org.claimtrail.console.api.ApiClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A proposition's claims on number lines, one per unit that can be compared, with its conflicts. */
@Controller
class PropositionPageController {

    private final ApiClient api;

    PropositionPageController(ApiClient api) {
        this.api = api;
    }

    /** {@code GET /api/v1/propositions/{key}}; {@code unit} is the normalised one. */
    record PropositionAnswer(String key, List<ClaimEntry> claims, List<ConflictEntry> conflicts) {
    }

    record ClaimEntry(String id, String statement, String attributedTo, String state, Quantity quantity,
                      String unit) {
    }

    record ConflictEntry(String claimId, String withClaimId, String reason, boolean open) {
    }

    @GetMapping("/propositions/{key}")
    String proposition(@PathVariable String key, Model model) {
        PropositionAnswer answer = api.get("/api/v1/propositions/"
                + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8), PropositionAnswer.class);
        Map<String, List<NumberLine.Entry>> byUnit = new LinkedHashMap<>();
        for (ClaimEntry claim : answer.claims()) {
            if (claim.quantity() != null) {
                String unit = claim.unit() == null ? claim.quantity().unit() : claim.unit();
                List<NumberLine.Entry> line = byUnit.computeIfAbsent(unit, u -> new ArrayList<>());
                line.add(new NumberLine.Entry(claim.id(), claim.state(), claim.quantity()));
            }
        }
        List<String[]> open = answer.conflicts().stream()
                .filter(ConflictEntry::open)
                .map(c -> new String[]{c.claimId(), c.withClaimId()})
                .toList();
        List<NumberLine> lines = byUnit.entrySet().stream()
                .map(e -> NumberLine.of(e.getKey(), e.getValue(), open))
                .toList();
        Map<String, ClaimEntry> claims = new LinkedHashMap<>();
        answer.claims().forEach(c -> claims.put(c.id(), c));
        model.addAttribute("key", answer.key());
        model.addAttribute("lines", lines);
        model.addAttribute("claims", claims);
        model.addAttribute("conflicts", answer.conflicts());
        return "console/proposition";
    }
}
