package org.claimtrail.api.quantity;

import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityReaderTest {

    @Test
    void readsAQualifiedCountWithThousandsSeparators() {
        QuantityReader.Reading read = QuantityReader.read("At least 3,000 troops").orElseThrow();
        assertThat(read.value()).isEqualByComparingTo("3000");
        assertThat(read.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(read.unit()).isEqualTo("troops");
        assertThat(read.quantity()).contains(new Quantity(new BigDecimal("3000"), null, "troops", Qualifier.AT_LEAST));
    }

    @Test
    void aBareCountIsExact() {
        Quantity quantity = QuantityReader.read("1,500 soldiers").flatMap(QuantityReader.Reading::quantity).orElseThrow();
        assertThat(quantity.lower()).isEqualByComparingTo("1500");
        assertThat(quantity.upper()).isEqualByComparingTo("1500");
        assertThat(quantity.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(quantity.unit()).isEqualTo("soldiers");
    }

    @Test
    void readsRangesScalesAndApproximations() {
        QuantityReader.Reading range = QuantityReader.read("between 1,000 and 2,000 soldiers").orElseThrow();
        assertThat(range.lower()).isEqualByComparingTo("1000");
        assertThat(range.upper()).isEqualByComparingTo("2000");
        assertThat(range.unit()).isEqualTo("soldiers");

        QuantityReader.Reading million = QuantityReader.read("up to 5 million  shells").orElseThrow();
        assertThat(million.value()).isEqualByComparingTo("5000000");
        assertThat(million.qualifier()).isEqualTo(Qualifier.AT_MOST);

        Quantity about = QuantityReader.read("about 25 drones").flatMap(QuantityReader.Reading::quantity).orElseThrow();
        assertThat(about.lower()).isEqualByComparingTo("22.5");
        assertThat(about.upper()).isEqualByComparingTo("27.5");
    }

    @Test
    void whatIsNoQuantityIsNotRead() {
        assertThat(QuantityReader.read("troops")).isEmpty();
        assertThat(QuantityReader.read("3,000")).isEmpty();
        assertThat(QuantityReader.read(null)).isEmpty();
        assertThat(QuantityReader.read("2,000 to 1,000 troops").flatMap(QuantityReader.Reading::quantity)).isEmpty();
    }
}
