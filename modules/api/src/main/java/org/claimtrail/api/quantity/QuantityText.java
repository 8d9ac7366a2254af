package org.claimtrail.api.quantity;

import org.claimtrail.api.claim.Quantity;

import java.math.BigDecimal;
import java.util.Objects;

/** Phrases a person reads for quantities and the conflicts between them, e.g. "at least 3,000 soldiers". */
public final class QuantityText {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private QuantityText() {
    }

    /**
     * The quantity as a source would have stated it: "exactly 1,500 troops", "at least 3,000 soldiers",
     * "up to 5,000,000 projectiles", "about 25 years", "between 10,000 and 12,000 soldiers".
     *
     * <p>{@link Quantity}'s constructor accepts any bounds with any qualifier, so a quantity whose bounds do not
     * have its qualifier's usual shape is described from its bounds alone instead of failing: this text ends up
     * in conflict reasons, which must never be the reason a command fails.
     */
    public static String describe(Quantity q) {
        Objects.requireNonNull(q, "q");
        BigDecimal lower = q.lower();
        BigDecimal upper = q.upper();
        String phrase = switch (q.qualifier()) {
            case EXACT -> lower != null && upper != null && lower.compareTo(upper) == 0
                    ? "exactly " + number(lower) : fromBounds(lower, upper);
            case AT_LEAST -> upper == null ? "at least " + number(lower) : fromBounds(lower, upper);
            // "up to 5 million" is stored as [0, 5,000,000], or unbounded below when the value is negative.
            case AT_MOST -> upper != null && (lower == null || lower.signum() == 0)
                    ? "up to " + number(upper) : fromBounds(lower, upper);
            // The stated value is the midpoint of its ±10% interval; halving a decimal always terminates.
            case APPROXIMATELY -> lower != null && upper != null
                    ? "about " + number(lower.add(upper).divide(TWO)) : fromBounds(lower, upper);
            case RANGE -> fromBounds(lower, upper);
        };
        return phrase + " " + q.unit();
    }

    /** Why two quantities conflict, for the record: "at least 3,000 soldiers vs exactly 1,500 troops". */
    public static String conflictReason(Quantity a, Quantity b) {
        return describe(a) + " vs " + describe(b);
    }

    /** Describes an interval by its bounds alone; a quantity always has at least one. */
    private static String fromBounds(BigDecimal lower, BigDecimal upper) {
        if (lower == null) {
            return "up to " + number(upper);
        }
        if (upper == null) {
            return "at least " + number(lower);
        }
        if (lower.compareTo(upper) == 0) {
            return "exactly " + number(lower);
        }
        return "between " + number(lower) + " and " + number(upper);
    }

    /**
     * Writes a number the English way, with thousands separators and without trailing zeros or scientific
     * notation: 5E+6 is "5,000,000" and 1500.00 is "1,500". Done by hand rather than with {@code DecimalFormat}
     * so that no fraction digit is ever rounded away.
     */
    static String number(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String integer = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point);
        StringBuilder grouped = new StringBuilder(plain.length() + integer.length() / 3);
        if (negative) {
            grouped.append('-');
        }
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(integer.charAt(i));
        }
        return grouped.append(fraction).toString();
    }
}
