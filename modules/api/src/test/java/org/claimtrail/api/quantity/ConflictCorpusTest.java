package org.claimtrail.api.quantity;

import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The reported cases, run through the three functions of the conflict check (docs/architecture.md, rule 9). */
class ConflictCorpusTest {

    private final UnitNormalizer units = UnitNormalizer.withDefaults();

    private boolean conflict(Quantity a, Quantity b) {
        return units.comparable(a.unit(), b.unit()) && Intervals.disjoint(a, b);
    }

    @Test
    void usAtLeast3000SoldiersConflictsWithNisExactly1500Troops() {
        Quantity us = Quantity.of(new BigDecimal("3000"), Qualifier.AT_LEAST, "soldiers");
        Quantity nis = Quantity.of(new BigDecimal("1500"), Qualifier.EXACT, "troops");

        assertThat(units.comparable(us.unit(), nis.unit())).isTrue();
        assertThat(Intervals.disjoint(us, nis)).isTrue();
        assertThat(conflict(us, nis)).isTrue();
        assertThat(QuantityText.conflictReason(us, nis)).isEqualTo("at least 3,000 soldiers vs exactly 1,500 troops");
    }

    @Test
    void upTo5MillionShellsDoesNotConflictWith3Million() {
        Quantity upTo = Quantity.of(new BigDecimal("5000000"), Qualifier.AT_MOST, "artillery shells");
        Quantity exact = Quantity.of(new BigDecimal("3000000"), Qualifier.EXACT, "shells");

        assertThat(units.comparable(upTo.unit(), exact.unit())).isTrue();
        assertThat(conflict(upTo, exact)).isFalse();
    }

    @Test
    void about25YearsDoesNotConflictWith26() {
        Quantity about = Quantity.of(new BigDecimal("25"), Qualifier.APPROXIMATELY, "years");
        Quantity exact = Quantity.of(new BigDecimal("26"), Qualifier.EXACT, "year");

        assertThat(units.comparable(about.unit(), exact.unit())).isTrue();
        assertThat(conflict(about, exact)).isFalse();
    }

    @Test
    void exactly1500DoesNotConflictWith1500Point00() {
        Quantity plain = Quantity.of(new BigDecimal("1500"), Qualifier.EXACT, "troops");
        Quantity scaled = Quantity.of(new BigDecimal("1500.00"), Qualifier.EXACT, "Troops");

        assertThat(conflict(plain, scaled)).isFalse();
    }

    @Test
    void disjointCountsOfDifferentThingsDoNotConflict() {
        Quantity soldiers = Quantity.of(new BigDecimal("3000"), Qualifier.AT_LEAST, "soldiers");
        Quantity missiles = Quantity.of(new BigDecimal("1500"), Qualifier.EXACT, "missiles");

        assertThat(Intervals.disjoint(soldiers, missiles)).isTrue();
        assertThat(conflict(soldiers, missiles)).isFalse();
    }
}
