package org.claimtrail.api.claim;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number a claim states, held as the interval of values it allows: {@code lower} and {@code upper} are
 * inclusive, and null stands for an unbounded side ("at least 3,000" is [3000, null]).
 */
public record Quantity(BigDecimal lower, BigDecimal upper, String unit, Qualifier qualifier) {

    /** Larger magnitudes are no count any report makes; they are refused as input mistakes. */
    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e18");
    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.1");

    public Quantity {
        Objects.requireNonNull(qualifier, "qualifier");
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("unit must not be blank");
        }
        unit = unit.strip();
        requireSane(lower);
        requireSane(upper);
        if (lower == null && upper == null) {
            throw new IllegalArgumentException("a quantity needs at least one bound");
        }
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("lower must not be greater than upper");
        }
    }

    /** A single stated value with its qualifier, as in "at least 3,000 soldiers". */
    public static Quantity of(BigDecimal value, Qualifier qualifier, String unit) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        return switch (qualifier) {
            case EXACT -> new Quantity(value, value, unit, qualifier);
            case AT_LEAST -> new Quantity(value, null, unit, qualifier);
            // "up to 5 million" counts something, so it starts at zero; a negative bound has no floor.
            case AT_MOST -> new Quantity(value.signum() >= 0 ? BigDecimal.ZERO : null, value, unit, qualifier);
            case APPROXIMATELY -> {
                BigDecimal margin = value.abs().multiply(TEN_PERCENT);
                yield new Quantity(value.subtract(margin), value.add(margin), unit, qualifier);
            }
            case RANGE -> throw new IllegalArgumentException("a range needs a lower and an upper bound");
        };
    }

    /** A range such as "between 10,000 and 12,000 soldiers". */
    public static Quantity between(BigDecimal lower, BigDecimal upper, String unit) {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        return new Quantity(lower, upper, unit, Qualifier.RANGE);
    }

    private static void requireSane(BigDecimal bound) {
        if (bound != null && bound.abs().compareTo(MAX_MAGNITUDE) > 0) {
            throw new IllegalArgumentException("magnitude must not exceed " + MAX_MAGNITUDE.toPlainString());
        }
    }
}
