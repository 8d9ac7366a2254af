package org.claimtrail.console.propose;

import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityReadingTest {

    @Test
    void readsAQualifiedCountWithThousandsSeparators() {
        QuantityReading.Read read = QuantityReading.read("At least 3,000 troops").orElseThrow();
        assertThat(read.value()).isEqualByComparingTo("3000");
        assertThat(read.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(read.unit()).isEqualTo("troops");
        assertThat(read.quantity()).contains(new Quantity(new BigDecimal("3000"), null, "troops", Qualifier.AT_LEAST));
    }

    @Test
    void aBareCountIsExact() {
        Quantity quantity = QuantityReading.read("1,500 soldiers").flatMap(QuantityReading.Read::quantity).orElseThrow();
        assertThat(quantity.lower()).isEqualByComparingTo("1500");
        assertThat(quantity.upper()).isEqualByComparingTo("1500");
        assertThat(quantity.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(quantity.unit()).isEqualTo("soldiers");
    }

    @Test
    void readsRangesScalesAndApproximations() {
        QuantityReading.Read range = QuantityReading.read("between 1,000 and 2,000 soldiers").orElseThrow();
        assertThat(range.lower()).isEqualByComparingTo("1000");
        assertThat(range.upper()).isEqualByComparingTo("2000");
        assertThat(range.unit()).isEqualTo("soldiers");

        QuantityReading.Read million = QuantityReading.read("up to 5 million  shells").orElseThrow();
        assertThat(million.value()).isEqualByComparingTo("5000000");
        assertThat(million.qualifier()).isEqualTo(Qualifier.AT_MOST);

        Quantity about = QuantityReading.read("about 25 drones").flatMap(QuantityReading.Read::quantity).orElseThrow();
        assertThat(about.lower()).isEqualByComparingTo("22.5");
        assertThat(about.upper()).isEqualByComparingTo("27.5");
    }

    @Test
    void theBodyIsTheApisOwnForm() {
        assertThat(QuantityReading.read("at least 3,000 troops").orElseThrow().body())
                .containsEntry("qualifier", "AT_LEAST").containsEntry("unit", "troops");
        assertThat(QuantityReading.read("1,000 to 2,000 troops").orElseThrow().body())
                .containsKeys("lower", "upper", "unit").doesNotContainKey("value");
    }

    @Test
    void whatIsNoQuantityIsNotRead() {
        assertThat(QuantityReading.read("troops")).isEmpty();
        assertThat(QuantityReading.read("3,000")).isEmpty();
        assertThat(QuantityReading.read(null)).isEmpty();
        assertThat(QuantityReading.read("2,000 to 1,000 troops").flatMap(QuantityReading.Read::quantity)).isEmpty();
    }
}
