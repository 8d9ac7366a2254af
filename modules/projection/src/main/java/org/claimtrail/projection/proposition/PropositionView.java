package org.claimtrail.projection.proposition;

import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.Quantity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A proposition as {@code GET /api/v1/propositions/{key}} shows it: its claims with their intervals and states,
 * the conflicts they are in, and the pairs whose units cannot be compared (and so never conflict by number).
 */
public record PropositionView(String key, List<ClaimEntry> claims, List<ConflictEntry> conflicts,
                              List<IncomparableUnits> incomparable) {

    /** {@code unit} is the quantity's unit as normalised for comparison. */
    public record ClaimEntry(ClaimId id, String statement, String attributedTo, ClaimState state, Quantity quantity,
                             String unit) {
    }

    public record ConflictEntry(ClaimId claimId, ClaimId withClaimId, String reason, boolean open) {
    }

    public record IncomparableUnits(ClaimId claimId, String unit, ClaimId withClaimId, String withUnit) {
    }

    /** Builds the view from the claims' views and their normalised units (claim id to unit). */
    static PropositionView of(String key, List<ClaimView> views, Map<ClaimId, String> units) {
        List<ClaimEntry> claims = views.stream()
                .map(v -> new ClaimEntry(v.id(), v.statement(), v.attributedTo(), v.state(), v.quantity(),
                        units.get(v.id())))
                .toList();

        // Each conflict is listed on both of its claims; show it once.
        Map<String, ConflictEntry> conflicts = new LinkedHashMap<>();
        for (ClaimView view : views) {
            for (ClaimView.ConflictEntry conflict : view.conflicts()) {
                String pair = pairKey(view.id(), conflict.claimId());
                conflicts.putIfAbsent(pair, new ConflictEntry(view.id(), conflict.claimId(), conflict.reason(),
                        conflict.open()));
            }
        }

        List<IncomparableUnits> incomparable = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                ClaimEntry a = claims.get(i);
                ClaimEntry b = claims.get(j);
                if (a.unit() != null && b.unit() != null && !a.unit().equals(b.unit())) {
                    incomparable.add(new IncomparableUnits(a.id(), a.unit(), b.id(), b.unit()));
                }
            }
        }
        return new PropositionView(key, claims, List.copyOf(conflicts.values()), incomparable);
    }

    private static String pairKey(ClaimId a, ClaimId b) {
        String x = a.toString();
        String y = b.toString();
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }
}
