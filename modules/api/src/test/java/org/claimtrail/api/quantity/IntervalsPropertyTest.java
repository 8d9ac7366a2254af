package org.claimtrail.api.quantity;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.claimtrail.api.claim.Quantity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrail.api.quantity.Intervals.disjoint;

class IntervalsPropertyTest {

    @Provide
    Arbitrary<Quantity> quantities() {
        return QuantityArbitraries.quantities();
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return QuantityArbitraries.values();
    }

    @Provide
    Arbitrary<BigDecimal> positiveGaps() {
        return QuantityArbitraries.positiveGaps();
    }

    @Property
    void disjointIsSymmetric(@ForAll("quantities") Quantity a, @ForAll("quantities") Quantity b) {
        assertThat(disjoint(a, b)).isEqualTo(disjoint(b, a));
    }

    @Property
    void aQuantityIsNeverDisjointFromItself(@ForAll("quantities") Quantity a) {
        assertThat(disjoint(a, a)).isFalse();
    }

    /** Two quantities built around one number {@code x}, so that it lies in both. */
    record Sharing(BigDecimal x, Quantity a, Quantity b) {
    }

    @Provide
    Arbitrary<Sharing> sharing() {
        return QuantityArbitraries.values().flatMap(x -> Combinators.combine(
                QuantityArbitraries.containing(x), QuantityArbitraries.containing(x)).as((a, b) -> new Sharing(x, a, b)));
    }

    @Property
    void quantitiesSharingANumberAreNotDisjoint(@ForAll("sharing") Sharing pair) {
        assertThat(QuantityArbitraries.contains(pair.a(), pair.x())).isTrue();
        assertThat(QuantityArbitraries.contains(pair.b(), pair.x())).isTrue();

        assertThat(disjoint(pair.a(), pair.b())).isFalse();
    }

    @Property
    void aQuantityEndingBeforeAnotherStartsIsDisjointFromIt(@ForAll("quantities") Quantity a,
                                                            @ForAll("quantities") Quantity b,
                                                            @ForAll("positiveGaps") BigDecimal gap) {
        Assume.that(a.upper() != null && b.lower() != null);
        Quantity later = QuantityArbitraries.shifted(b, a.upper().add(gap).subtract(b.lower()));

        assertThat(disjoint(a, later)).isTrue();
        assertThat(disjoint(later, a)).isTrue();
    }

    /**
     * Two intervals that meet share the larger of their lower bounds or, when both are unbounded below, the
     * smaller of their upper bounds; so they are disjoint exactly when none of their bounds lies in both.
     */
    @Property
    void disjointExactlyWhenNoBoundLiesInBoth(@ForAll("quantities") Quantity a, @ForAll("quantities") Quantity b) {
        boolean someBoundInBoth = Stream.of(a.lower(), a.upper(), b.lower(), b.upper())
                .filter(Objects::nonNull)
                .anyMatch(x -> QuantityArbitraries.contains(a, x) && QuantityArbitraries.contains(b, x));

        assertThat(disjoint(a, b)).isEqualTo(!someBoundInBoth);
    }

    @Property
    void scaleDoesNotMatter(@ForAll("quantities") Quantity a, @ForAll("quantities") Quantity b,
                            @ForAll @IntRange(min = 1, max = 4) int extraScale) {
        assertThat(disjoint(QuantityArbitraries.rescaled(a, extraScale), b)).isEqualTo(disjoint(a, b));
    }
}
