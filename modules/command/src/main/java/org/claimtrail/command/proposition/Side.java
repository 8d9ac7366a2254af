package org.claimtrail.command.proposition;

import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.quantity.ConflictRule;
import org.claimtrail.api.quantity.Intervals;
import org.claimtrail.api.quantity.QuantityText;

import java.util.ArrayList;
import java.util.List;

/**
 * The claims of a proposition that state one interval in one unit ({@code quantity} as the first of them put it),
 * in the order they were registered, and those of them that stand denied.
 */
record Side(int number, Quantity quantity, String unit, List<ClaimId> claims, List<ClaimId> denied) {

    Side(int number, Quantity quantity, String unit) {
        this(number, quantity, unit, new ArrayList<>(), new ArrayList<>());
    }

    boolean states(Quantity other, String otherUnit) {
        return unit.equals(otherUnit) && Intervals.same(quantity, other);
    }

    boolean disagreesWith(Side other) {
        return other != this && ConflictRule.cannotBothBeTrue(quantity, unit, other.quantity, other.unit);
    }

    /** Whether one of its claims is not denied, so that the sides it disagrees with are in conflict with it. */
    boolean stands() {
        return claims.size() > denied.size();
    }

    boolean hasDenied(ClaimId claim) {
        return denied.contains(claim);
    }

    String reasonAgainst(Side other) {
        return QuantityText.conflictReason(quantity, other.quantity);
    }
}
