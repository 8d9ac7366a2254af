package org.claimtrail.console.proposition;

import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.quantity.QuantityText;
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
import java.util.stream.Stream;

/** A proposition's claims on number lines, one per unit that can be compared, with its conflicts. */
@Controller
class PropositionPageController {

    private final ApiClient api;

    PropositionPageController(ApiClient api) {
        this.api = api;
    }

    /** {@code GET /api/v1/propositions/{key}}; {@code unit} is the normalised one. */
    record PropositionAnswer(String key, List<ClaimEntry> claims, List<SideEntry> sides,
                             List<SideConflictEntry> sideConflicts, List<ConflictEntry> conflicts) {
    }

    record SideEntry(int number, Quantity quantity, String unit, List<String> claims) {

        /** What the side states, for the page: "at least 3,000 soldiers (12 claims)". */
        public String label() {
            return QuantityText.describe(quantity) + " (" + claims.size() + (claims.size() == 1 ? " claim)" : " claims)");
        }
    }

    record SideConflictEntry(int side, int withSide, String reason, boolean open) {
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
        Map<Integer, SideEntry> sides = new LinkedHashMap<>();
        answer.sides().forEach(s -> sides.put(s.number(), s));
        // A side's conflict is drawn between the first claims of the two sides: the others lie on the same interval.
        List<String[]> open = Stream.concat(
                        answer.conflicts().stream().filter(ConflictEntry::open)
                                .map(c -> new String[]{c.claimId(), c.withClaimId()}),
                        answer.sideConflicts().stream().filter(SideConflictEntry::open)
                                .map(c -> new String[]{sides.get(c.side()).claims().get(0),
                                        sides.get(c.withSide()).claims().get(0)}))
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
        model.addAttribute("sides", sides);
        model.addAttribute("sideConflicts", answer.sideConflicts());
        return "console/proposition";
    }
}
