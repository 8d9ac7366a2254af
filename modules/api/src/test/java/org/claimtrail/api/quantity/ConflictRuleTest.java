package org.claimtrail.api.quantity;

import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictRuleTest {

    private static final Quantity AT_LEAST_3000 = Quantity.of(new BigDecimal("3000"), Qualifier.AT_LEAST, "soldiers");
    private static final Quantity EXACTLY_1500 = Quantity.of(new BigDecimal("1500"), Qualifier.EXACT, "troops");
    private static final Quantity ABOUT_3000 = Quantity.of(new BigDecimal("3000"), Qualifier.APPROXIMATELY, "soldiers");

    @Test
    void disjointCountsOfTheSameThingCannotBothBeTrue() {
        assertThat(ConflictRule.cannotBothBeTrue(AT_LEAST_3000, "soldiers", EXACTLY_1500, "soldiers")).isTrue();
    }

    @Test
    void overlappingCountsCanBothBeTrue() {
        assertThat(ConflictRule.cannotBothBeTrue(AT_LEAST_3000, "soldiers", ABOUT_3000, "soldiers")).isFalse();
    }

    @Test
    void countsOfDifferentThingsAreIncomparable() {
        assertThat(ConflictRule.cannotBothBeTrue(AT_LEAST_3000, "soldiers", EXACTLY_1500, "artillery shells")).isFalse();
        assertThat(ConflictRule.cannotBothBeTrue(AT_LEAST_3000, null, EXACTLY_1500, null)).isFalse();
        assertThat(ConflictRule.cannotBothBeTrue(null, "soldiers", EXACTLY_1500, "soldiers")).isFalse();
    }
}
