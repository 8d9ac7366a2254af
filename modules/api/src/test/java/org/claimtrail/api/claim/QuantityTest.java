package org.claimtrail.api.claim;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuantityTest {

    @Test
    void anExactValueIsAPointInterval() {
        assertThat(Quantity.of(new BigDecimal("1500"), Qualifier.EXACT, "troops"))
                .isEqualTo(new Quantity(new BigDecimal("1500"), new BigDecimal("1500"), "troops", Qualifier.EXACT));
    }

    @Test
    void atLeastHasNoUpperBound() {
        Quantity q = Quantity.of(new BigDecimal("3000"), Qualifier.AT_LEAST, "soldiers");
        assertThat(q.lower()).isEqualByComparingTo("3000");
        assertThat(q.upper()).isNull();
    }

    @Test
    void atMostOfACountStartsAtZero() {
        Quantity q = Quantity.of(new BigDecimal("5000000"), Qualifier.AT_MOST, "projectiles");
        assertThat(q.lower()).isEqualByComparingTo("0");
        assertThat(q.upper()).isEqualByComparingTo("5000000");
    }

    @Test
    void approximatelyAllowsTenPercentEitherWay() {
        Quantity q = Quantity.of(new BigDecimal("25"), Qualifier.APPROXIMATELY, "years");
        assertThat(q.lower()).isEqualByComparingTo("22.5");
        assertThat(q.upper()).isEqualByComparingTo("27.5");
    }

    @Test
    void aRangeKeepsItsBounds() {
        Quantity q = Quantity.between(new BigDecimal("10000"), new BigDecimal("12000"), " soldiers ");
        assertThat(q).isEqualTo(new Quantity(new BigDecimal("10000"), new BigDecimal("12000"), "soldiers", Qualifier.RANGE));
    }

    @Test
    void refusesWhatNoReportMeans() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.between(BigDecimal.TEN, BigDecimal.ONE, "x"))
                .withMessageContaining("lower");
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.of(BigDecimal.ONE, Qualifier.EXACT, " "))
                .withMessageContaining("unit");
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.of(new BigDecimal("1e19"), Qualifier.EXACT, "x"))
                .withMessageContaining("magnitude");
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.of(BigDecimal.ONE, Qualifier.RANGE, "x"));
    }
}
