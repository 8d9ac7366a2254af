package org.claimtrail.projection.proposition;

import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.quantity.QuantityText;
import org.claimtrail.projection.claim.ClaimPage;
import org.claimtrail.projection.proposition.PropositionProjection.Registration;
import org.claimtrail.projection.proposition.PropositionProjection.SideRow;
import org.claimtrail.projection.proposition.PropositionProjection.UnitEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A proposition as {@code GET /api/v1/propositions/{key}} shows it, a page of its claims at a time: the page's claims
 * with their intervals, sides and states, and {@code total}, how many it has; every side (the claims stating one
 * interval in one unit) with how many claims it has; every unit its claims count in, with how many (claims in
 * different units are never compared by number); and the conflicts of the page's claims: between the sides they are on, and
 * those linked between two claims. Nothing in it grows with the pairs of claims or of the proposition's sides: it costs
 * a page, the sides and the units (a claim's read lists every standing side it disagrees with).
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

    /** Two sides that cannot both be true; open while both have a claim that is not denied. */
    public record SideConflictEntry(int side, int withSide, String reason, boolean open) {
    }

    public record ConflictEntry(ClaimId claimId, ClaimId withClaimId, String reason, boolean open) {
    }

    /** Builds the view from a page of the claims' views, their registrations on the proposition, its sides and units. */
    static PropositionView of(String key, ClaimPage page, Map<ClaimId, Registration> registrations,
                              List<SideRow> sideRows, List<UnitEntry> units) {
        Registration none = new Registration(null, null);
        List<ClaimEntry> claims = page.items().stream()
                .map(v -> {
                    Registration registration = registrations.getOrDefault(v.id(), none);
                    return new ClaimEntry(v.id(), v.statement(), v.attributedTo(), v.state(), v.quantity(),
                            registration.unit(), registration.side());
                })
                .toList();

        // A conflict between two claims is listed on both claims, once here.
        Map<String, ConflictEntry> conflicts = new LinkedHashMap<>();
        for (ClaimView view : page.items()) {
            for (ClaimView.ConflictEntry conflict : view.conflicts()) {
                if (!conflict.isWithSides()) {
                    conflicts.putIfAbsent(pairKey(view.id().toString(), conflict.claimId().toString()),
                            new ConflictEntry(view.id(), conflict.claimId(), conflict.reason(), conflict.open()));
                }
            }
        }
        // Conflicts between sides follow from the sides themselves, not from what each claim was told; those between
        // two sides of the page's claims, so that a page costs at most the pairs of its own sides.
        List<SideRow> onPage = sideRows.stream()
                .filter(side -> claims.stream().anyMatch(c -> Objects.equals(c.side(), side.number())))
                .toList();
        List<SideConflictEntry> sideConflicts = new ArrayList<>();
        for (int i = 0; i < onPage.size(); i++) {
            for (int j = i + 1; j < onPage.size(); j++) {
                SideRow a = onPage.get(i);
                SideRow b = onPage.get(j);
                if (a.disagreesWith(b)) {
                    sideConflicts.add(new SideConflictEntry(a.number(), b.number(),
                            QuantityText.conflictReason(a.quantity(), b.quantity()), a.stands() && b.stands()));
                }
            }
        }
        List<SideEntry> sides = sideRows.stream()
                .map(s -> new SideEntry(s.number(), s.quantity(), s.unit(), s.claims()))
                .toList();
        return new PropositionView(key, page.page(), page.size(), page.total(), claims, sides, units,
                List.copyOf(sideConflicts), List.copyOf(conflicts.values()));
    }

    private static String pairKey(String x, String y) {
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }
}
