package org.claimtrail.api.quantity;

import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrail.api.quantity.Intervals.disjoint;

class IntervalsTest {

    private static Quantity of(String value, Qualifier qualifier) {
        return Quantity.of(new BigDecimal(value), qualifier, "soldiers");
    }

    private static Quantity between(String lower, String upper) {
        return Quantity.between(new BigDecimal(lower), new BigDecimal(upper), "soldiers");
    }

    @Test
    void atLeast3000AndExactly1500AreDisjoint() {
        assertThat(disjoint(of("3000", Qualifier.AT_LEAST), of("1500", Qualifier.EXACT))).isTrue();
    }

    @Test
    void upTo5MillionAndExactly3MillionOverlap() {
        assertThat(disjoint(of("5000000", Qualifier.AT_MOST), of("3000000", Qualifier.EXACT))).isFalse();
    }

    @Test
    void about25AndExactly26Overlap() {
        assertThat(disjoint(of("25", Qualifier.APPROXIMATELY), of("26", Qualifier.EXACT))).isFalse();
    }

    @Test
    void scaleDoesNotMatter() {
        assertThat(disjoint(of("1500", Qualifier.EXACT), of("1500.00", Qualifier.EXACT))).isFalse();
        assertThat(disjoint(of("1500", Qualifier.AT_MOST), of("1.5E+3", Qualifier.AT_LEAST))).isFalse();
    }

    @Test
    void boundsAreInclusive() {
        assertThat(disjoint(between("10000", "12000"), of("12000", Qualifier.AT_LEAST))).isFalse();
        assertThat(disjoint(between("10000", "12000"), of("12000.001", Qualifier.AT_LEAST))).isTrue();
        assertThat(disjoint(between("10000", "12000"), of("9999.999", Qualifier.AT_MOST))).isTrue();
    }

    @Test
    void unboundedSidesReachEveryNumber() {
        assertThat(disjoint(of("3000", Qualifier.AT_LEAST), of("1000000", Qualifier.AT_LEAST))).isFalse();
        assertThat(disjoint(of("-5", Qualifier.AT_MOST), of("-1000000", Qualifier.EXACT))).isFalse();
        assertThat(disjoint(of("-5", Qualifier.AT_MOST), of("-4", Qualifier.AT_LEAST))).isTrue();
    }

    @Test
    void upToAPositiveValueStartsAtZero() {
        assertThat(disjoint(of("5000000", Qualifier.AT_MOST), of("-1", Qualifier.EXACT))).isTrue();
    }
}
