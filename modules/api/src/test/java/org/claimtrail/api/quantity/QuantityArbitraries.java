package org.claimtrail.api.quantity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;

import java.math.BigDecimal;

/** Generators of numbers and quantities over a bounded range, shared by the property tests. */
final class QuantityArbitraries {

    static final BigDecimal LIMIT = new BigDecimal("1000000");

    private QuantityArbitraries() {
    }

    /**
     * Numbers in [-1,000,000, 1,000,000] with scale 0 to 3, half of them also stripped of trailing zeros, so
     * that 3000 shows up as 3E+3 with a negative scale as well.
     */
    static Arbitrary<BigDecimal> values() {
        Arbitrary<BigDecimal> scaled = Arbitraries.integers().between(0, 3)
                .flatMap(scale -> Arbitraries.bigDecimals().between(LIMIT.negate(), LIMIT).ofScale(scale));
        return Arbitraries.oneOf(scaled, scaled.map(BigDecimal::stripTrailingZeros));
    }

    /** Non-negative distances, zero included. */
    static Arbitrary<BigDecimal> gaps() {
        return Arbitraries.integers().between(0, 3)
                .flatMap(scale -> Arbitraries.bigDecimals().between(BigDecimal.ZERO, LIMIT).ofScale(scale));
    }

    /** Strictly positive distances. */
    static Arbitrary<BigDecimal> positiveGaps() {
        return Arbitraries.integers().between(0, 3).flatMap(scale -> Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, false, LIMIT, true).ofScale(scale));
    }

    static Arbitrary<String> units() {
        return Arbitraries.of("soldiers", "troops", "projectiles", "artillery shells", "years", "people");
    }

    /** Quantities of every qualifier, built the way claims build them. */
    static Arbitrary<Quantity> quantities() {
        return Arbitraries.of(Qualifier.class).flatMap(qualifier -> qualifier == Qualifier.RANGE
                ? Combinators.combine(values(), values(), units())
                        .as((x, y, unit) -> Quantity.between(x.min(y), x.max(y), unit))
                : Combinators.combine(values(), units()).as((value, unit) -> Quantity.of(value, qualifier, unit)));
    }

    /**
     * Quantities whose bounds need not fit their qualifier, which the {@link Quantity} constructor allows: either
     * side may be missing, and the qualifier is any.
     */
    static Arbitrary<Quantity> anyShapedQuantities() {
        return Combinators.combine(values(), values(), Arbitraries.integers().between(0, 2),
                        Arbitraries.of(Qualifier.class), units())
                .as((x, y, missing, qualifier, unit) -> new Quantity(
                        missing == 0 ? null : x.min(y), missing == 1 ? null : x.max(y), unit, qualifier));
    }

    /** Quantities of every qualifier whose interval contains {@code x}. */
    static Arbitrary<Quantity> containing(BigDecimal x) {
        return Combinators.combine(Arbitraries.of(Qualifier.class), gaps(), gaps(), units())
                .as((qualifier, below, above, unit) -> switch (qualifier) {
                    case EXACT, APPROXIMATELY -> Quantity.of(x, qualifier, unit);
                    case AT_LEAST -> Quantity.of(x.subtract(below), qualifier, unit);
                    // "up to" a non-negative value starts at zero, so only reach above a non-negative x.
                    case AT_MOST -> Quantity.of(x.signum() >= 0 ? x.add(above) : x, qualifier, unit);
                    case RANGE -> Quantity.between(x.subtract(below), x.add(above), unit);
                });
    }

    /** The same quantity moved by {@code distance} along the number line. */
    static Quantity shifted(Quantity q, BigDecimal distance) {
        return new Quantity(q.lower() == null ? null : q.lower().add(distance),
                q.upper() == null ? null : q.upper().add(distance), q.unit(), q.qualifier());
    }

    /** The same quantity with its bounds written at a larger scale: 1500 as 1500.00. */
    static Quantity rescaled(Quantity q, int extraScale) {
        return new Quantity(q.lower() == null ? null : q.lower().setScale(q.lower().scale() + extraScale),
                q.upper() == null ? null : q.upper().setScale(q.upper().scale() + extraScale), q.unit(),
                q.qualifier());
    }

    /** Whether {@code x} lies in the quantity's interval, bounds included. */
    static boolean contains(Quantity q, BigDecimal x) {
        return (q.lower() == null || q.lower().compareTo(x) <= 0) && (q.upper() == null || x.compareTo(q.upper()) <= 0);
    }
}
