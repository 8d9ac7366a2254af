package org.claimtrail.console.proposition;

import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.quantity.QuantityText;
import org.claimtrail.console.api.ApiClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A proposition's claims on number lines, one per unit that can be compared, with its conflicts: a page of up to
 * {@value #PAGE_SIZE} claims at a time, as the API pages them.
 */
@Controller
class PropositionPageController {

    private final ApiClient api;

    PropositionPageController(ApiClient api) {
        this.api = api;
    }

    /** The claims of a page: the API's largest. */
    static final int PAGE_SIZE = 100;

    /** A page of {@code GET /api/v1/propositions/{key}}; {@code unit} is the normalised one. */
    record PropositionAnswer(String key, int page, int size, long total, List<ClaimEntry> claims,
                             List<SideEntry> sides, List<SideConflictEntry> sideConflicts,
                             List<ConflictEntry> conflicts) {

        /** The page's position among all: "Claims 101 to 200 of 250". */
        public String range() {
            long from = (long) page * size + 1;
            return claims.isEmpty() ? "No claims on this page, of " + total
                    : "Claims " + from + " to " + (from + claims.size() - 1) + " of " + total;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    record SideEntry(int number, Quantity quantity, String unit, long claims) {

        /** What the side states, for the page: "at least 3,000 soldiers (12 claims)". */
        public String label() {
            return QuantityText.describe(quantity) + " (" + claims + (claims == 1 ? " claim)" : " claims)");
        }
    }

    record SideConflictEntry(int side, int withSide, String reason, boolean open) {
    }

    record ClaimEntry(String id, String statement, String attributedTo, String state, Quantity quantity,
                      String unit, Integer side) {
    }

    record ConflictEntry(String claimId, String withClaimId, String reason, boolean open) {
    }

    @GetMapping("/propositions/{key}")
    String proposition(@PathVariable String key, @RequestParam(defaultValue = "0") int page, Model model) {
        PropositionAnswer answer = api.get("/api/v1/propositions/"
                + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8) + "?size=" + PAGE_SIZE + "&page=" + page,
                PropositionAnswer.class);
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
        // A side's conflict is drawn between the first claims of the two sides on this page: the others lie on the
        // same interval.
        Map<Integer, String> firstOfSide = new LinkedHashMap<>();
        answer.claims().stream().filter(c -> c.side() != null).forEach(c -> firstOfSide.putIfAbsent(c.side(), c.id()));
        List<String[]> open = Stream.concat(
                        answer.conflicts().stream().filter(ConflictEntry::open)
                                .map(c -> new String[]{c.claimId(), c.withClaimId()}),
                        answer.sideConflicts().stream().filter(SideConflictEntry::open)
                                .map(c -> new String[]{firstOfSide.get(c.side()), firstOfSide.get(c.withSide())}))
                .toList();
        List<NumberLine> lines = byUnit.entrySet().stream()
                .map(e -> NumberLine.of(e.getKey(), e.getValue(), open))
                .toList();
        Map<String, ClaimEntry> claims = new LinkedHashMap<>();
        answer.claims().forEach(c -> claims.put(c.id(), c));
        model.addAttribute("key", answer.key());
        model.addAttribute("answer", answer);
        model.addAttribute("lines", lines);
        model.addAttribute("claims", claims);
        model.addAttribute("conflicts", answer.conflicts());
        model.addAttribute("sides", sides);
        model.addAttribute("sideConflicts", answer.sideConflicts());
        return "console/proposition";
    }
}
