package org.claimtrail.api.quantity;

import org.claimtrail.api.claim.Quantity;

/**
 * Which two quantities on one proposition cannot both be true: the rule that raises a conflict, the one place it is
 * written, for the Proposition aggregate and for extraction alike.
 */
public final class ConflictRule {

    private ConflictRule() {
    }

    /**
     * Whether {@code a} and {@code b}, counted in units already normalised ({@link UnitNormalizer}), cannot both be
     * true: they count the same thing and no number lies in both intervals. Quantities in different units are
     * incomparable, never in conflict.
     */
    public static boolean cannotBothBeTrue(Quantity a, String unitOfA, Quantity b, String unitOfB) {
        return a != null && b != null && unitOfA != null && unitOfA.equals(unitOfB) && Intervals.disjoint(a, b);
    }
}
