package org.claimtrail.api.quantity;

import org.claimtrail.api.claim.Quantity;

import java.math.BigDecimal;
import java.util.Objects;

/** Interval arithmetic on {@link Quantity} bounds: inclusive, and a null bound is unbounded on that side. */
public final class Intervals {

    private Intervals() {
    }

    /**
     * Whether no number lies in both quantities' intervals, which is what makes two claims on one proposition
     * unable to both be true. Bounds are compared with {@link BigDecimal#compareTo}, so scale never matters:
     * 1500 and 1500.00 are the same number.
     */
    public static boolean disjoint(Quantity a, Quantity b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return endsBefore(a, b) || endsBefore(b, a);
    }

    /** Whether both quantities mean the same interval, whatever their qualifiers, units or scales. */
    public static boolean same(Quantity a, Quantity b) {
        return sameBound(a.lower(), b.lower()) && sameBound(a.upper(), b.upper());
    }

    private static boolean sameBound(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    /** Whether every number in {@code first} is smaller than every number in {@code second}. */
    private static boolean endsBefore(Quantity first, Quantity second) {
        return first.upper() != null && second.lower() != null && first.upper().compareTo(second.lower()) < 0;
    }
}
