package org.claimtrail.projection.proposition;

import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.projection.claim.ClaimPage;
import org.claimtrail.projection.proposition.PropositionProjection.Registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A proposition as {@code GET /api/v1/propositions/{key}} shows it, a page of its claims at a time: the page's claims
 * with their intervals, sides and states, and {@code total}, how many it has; every side (the claims stating one
 * interval in one unit) with how many claims it has; every unit its claims count in, with how many (claims in
 * different units are never compared by number); and the conflicts of the page's claims, between sides and those
 * linked between two claims. Nothing in it grows with the pairs of claims: it costs a page, the sides and the units.
 */
public record PropositionView(String key, int page, int size, long total, List<ClaimEntry> claims,
                              List<SideEntry> sides, List<UnitEntry> units, List<SideConflictEntry> sideConflicts,
                              List<ConflictEntry> conflicts) {

    /** {@code unit} is the quantity's unit as normalised for comparison. */
    public record ClaimEntry(ClaimId id, String statement, String attributedTo, ClaimState state, Quantity quantity,
                             String unit, Integer side) {
    }

    /** {@code quantity} as the side's first claim stated it; {@code claims} counts the side's claims. */
    public record SideEntry(int number, Quantity quantity, String unit, long claims) {
    }

    /** A normalised unit and how many of the proposition's claims state a number in it. */
    public record UnitEntry(String unit, long claims) {
    }

    /** Open while both sides have a claim that is not denied. */
    public record SideConflictEntry(int side, int withSide, String reason, boolean open) {
    }

    public record ConflictEntry(ClaimId claimId, ClaimId withClaimId, String reason, boolean open) {
    }

    /** Builds the view from a page of the claims' views, their registrations on the proposition, its sides and units. */
    static PropositionView of(String key, ClaimPage page, Map<ClaimId, Registration> registrations,
                              List<SideEntry> sides, List<UnitEntry> units) {
        Registration none = new Registration(null, null);
        List<ClaimEntry> claims = page.items().stream()
                .map(v -> {
                    Registration registration = registrations.getOrDefault(v.id(), none);
                    return new ClaimEntry(v.id(), v.statement(), v.attributedTo(), v.state(), v.quantity(),
                            registration.unit(), registration.side());
                })
                .toList();

        // A conflict between two claims is listed on both; a conflict between sides on every claim of either.
        Map<String, ConflictEntry> conflicts = new LinkedHashMap<>();
        Map<String, SideConflictEntry> sideConflicts = new TreeMap<>();
        for (ClaimView view : page.items()) {
            Integer side = registrations.getOrDefault(view.id(), none).side();
            for (ClaimView.ConflictEntry conflict : view.conflicts()) {
                if (conflict.side() == null) {
                    conflicts.putIfAbsent(pairKey(view.id().toString(), conflict.claimId().toString()),
                            new ConflictEntry(view.id(), conflict.claimId(), conflict.reason(), conflict.open()));
                } else if (side != null) {
                    int a = Math.min(side, conflict.side().number());
                    int b = Math.max(side, conflict.side().number());
                    sideConflicts.merge("%09d|%09d".formatted(a, b),
                            new SideConflictEntry(a, b, conflict.reason(), conflict.open()),
                            (was, seen) -> was.open() ? was : new SideConflictEntry(a, b, was.reason(), seen.open()));
                }
            }
        }
        return new PropositionView(key, page.page(), page.size(), page.total(), claims, sides, units,
                List.copyOf(sideConflicts.values()), List.copyOf(conflicts.values()));
    }

    private static String pairKey(String x, String y) {
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }
}
