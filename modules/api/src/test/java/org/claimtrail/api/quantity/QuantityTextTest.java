package org.claimtrail.api.quantity;

import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrail.api.quantity.QuantityText.conflictReason;
import static org.claimtrail.api.quantity.QuantityText.describe;

class QuantityTextTest {

    private static Quantity of(String value, Qualifier qualifier, String unit) {
        return Quantity.of(new BigDecimal(value), qualifier, unit);
    }

    @Test
    void describesEachQualifierAsASourceWouldSayIt() {
        assertThat(describe(of("1500", Qualifier.EXACT, "troops"))).isEqualTo("exactly 1,500 troops");
        assertThat(describe(of("3000", Qualifier.AT_LEAST, "soldiers"))).isEqualTo("at least 3,000 soldiers");
        assertThat(describe(of("5000000", Qualifier.AT_MOST, "projectiles")))
                .isEqualTo("up to 5,000,000 projectiles");
        assertThat(describe(of("25", Qualifier.APPROXIMATELY, "years"))).isEqualTo("about 25 years");
        assertThat(describe(Quantity.between(new BigDecimal("10000"), new BigDecimal("12000"), "soldiers")))
                .isEqualTo("between 10,000 and 12,000 soldiers");
    }

    @Test
    void writesNumbersWithoutTrailingZerosOrScientificNotation() {
        assertThat(describe(of("1500.00", Qualifier.EXACT, "troops"))).isEqualTo("exactly 1,500 troops");
        assertThat(describe(of("5E+6", Qualifier.AT_MOST, "projectiles"))).isEqualTo("up to 5,000,000 projectiles");
        assertThat(describe(of("1234567.250", Qualifier.EXACT, "tonnes"))).isEqualTo("exactly 1,234,567.25 tonnes");
        assertThat(describe(of("0.000", Qualifier.EXACT, "tonnes"))).isEqualTo("exactly 0 tonnes");
        assertThat(describe(of("999", Qualifier.EXACT, "tonnes"))).isEqualTo("exactly 999 tonnes");
        assertThat(describe(of("1E+18", Qualifier.EXACT, "rounds")))
                .isEqualTo("exactly 1,000,000,000,000,000,000 rounds");
    }

    @Test
    void writesNegativeNumbers() {
        assertThat(describe(of("-1500", Qualifier.AT_MOST, "metres"))).isEqualTo("up to -1,500 metres");
        assertThat(describe(of("-250", Qualifier.APPROXIMATELY, "metres"))).isEqualTo("about -250 metres");
        assertThat(describe(of("-100.5", Qualifier.EXACT, "metres"))).isEqualTo("exactly -100.5 metres");
    }

    @Test
    void recoversTheStatedValueOfAnApproximation() {
        assertThat(describe(of("1.5", Qualifier.APPROXIMATELY, "million"))).isEqualTo("about 1.5 million");
        assertThat(describe(of("12000", Qualifier.APPROXIMATELY, "soldiers"))).isEqualTo("about 12,000 soldiers");
    }

    @Test
    void describesBoundsThatDoNotFitTheirQualifier() {
        BigDecimal ten = BigDecimal.TEN;
        assertThat(describe(new Quantity(ten, new BigDecimal("20"), "soldiers", Qualifier.EXACT)))
                .isEqualTo("between 10 and 20 soldiers");
        assertThat(describe(new Quantity(null, ten, "soldiers", Qualifier.AT_LEAST)))
                .isEqualTo("up to 10 soldiers");
        assertThat(describe(new Quantity(ten, null, "soldiers", Qualifier.APPROXIMATELY)))
                .isEqualTo("at least 10 soldiers");
        assertThat(describe(new Quantity(ten, new BigDecimal("10.0"), "soldiers", Qualifier.RANGE)))
                .isEqualTo("exactly 10 soldiers");
    }

    @Test
    void conflictReasonPutsBothSidesTogether() {
        assertThat(conflictReason(of("3000", Qualifier.AT_LEAST, "soldiers"), of("1500", Qualifier.EXACT, "troops")))
                .isEqualTo("at least 3,000 soldiers vs exactly 1,500 troops");
    }
}
