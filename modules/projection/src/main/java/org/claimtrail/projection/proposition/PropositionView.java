package org.claimtrail.projection.proposition;

import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.quantity.QuantityText;
import org.claimtrail.projection.proposition.PropositionProjection.Registration;
import org.claimtrail.projection.proposition.PropositionProjection.SideRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A proposition as {@code GET /api/v1/propositions/{key}} shows it: its claims with their intervals, sides and
 * states; its sides (the claims stating one interval in one unit); the conflicts between sides and those linked
 * between two claims; and the pairs whose units cannot be compared (and so never conflict by number).
 */
public record PropositionView(String key, List<ClaimEntry> claims, List<SideEntry> sides,
                              List<SideConflictEntry> sideConflicts, List<ConflictEntry> conflicts,
                              List<IncomparableUnits> incomparable) {

    /** {@code unit} is the quantity's unit as normalised for comparison. */
    public record ClaimEntry(ClaimId id, String statement, String attributedTo, ClaimState state, Quantity quantity,
                             String unit, Integer side) {
    }

    /** {@code quantity} as the side's first claim stated it. */
    public record SideEntry(int number, Quantity quantity, String unit, List<ClaimId> claims) {
    }

    /** Two sides that cannot both be true; open while both have a claim that is not denied. */
    public record SideConflictEntry(int side, int withSide, String reason, boolean open) {
    }

    public record ConflictEntry(ClaimId claimId, ClaimId withClaimId, String reason, boolean open) {
    }

    public record IncomparableUnits(ClaimId claimId, String unit, ClaimId withClaimId, String withUnit) {
    }

    /** Builds the view from the claims' views, their registrations on the proposition and its sides. */
    static PropositionView of(String key, List<ClaimView> views, Map<ClaimId, Registration> registrations,
                              List<SideRow> sideRows) {
        Registration none = new Registration(null, null);
        List<ClaimEntry> claims = views.stream()
                .map(v -> {
                    Registration registration = registrations.getOrDefault(v.id(), none);
                    return new ClaimEntry(v.id(), v.statement(), v.attributedTo(), v.state(), v.quantity(),
                            registration.unit(), registration.side());
                })
                .toList();

        Map<Integer, SideEntry> sides = new TreeMap<>();
        for (ClaimEntry claim : claims) {
            if (claim.side() != null) {
                sides.computeIfAbsent(claim.side(),
                        n -> new SideEntry(n, claim.quantity(), claim.unit(), new ArrayList<>())).claims().add(claim.id());
            }
        }

        // A conflict between two claims is listed on both claims, once here.
        Map<String, ConflictEntry> conflicts = new LinkedHashMap<>();
        for (ClaimView view : views) {
            for (ClaimView.ConflictEntry conflict : view.conflicts()) {
                if (!conflict.isWithSides()) {
                    conflicts.putIfAbsent(pairKey(view.id().toString(), conflict.claimId().toString()),
                            new ConflictEntry(view.id(), conflict.claimId(), conflict.reason(), conflict.open()));
                }
            }
        }
        // Conflicts between sides follow from the sides themselves, not from what each claim was told.
        List<SideConflictEntry> sideConflicts = new ArrayList<>();
        for (int i = 0; i < sideRows.size(); i++) {
            for (int j = i + 1; j < sideRows.size(); j++) {
                SideRow a = sideRows.get(i);
                SideRow b = sideRows.get(j);
                if (a.disagreesWith(b)) {
                    sideConflicts.add(new SideConflictEntry(a.number(), b.number(),
                            QuantityText.conflictReason(a.quantity(), b.quantity()), a.stands() && b.stands()));
                }
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
        return new PropositionView(key, claims, List.copyOf(sides.values()), List.copyOf(sideConflicts),
                List.copyOf(conflicts.values()), incomparable);
    }

    private static String pairKey(String x, String y) {
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }
}
