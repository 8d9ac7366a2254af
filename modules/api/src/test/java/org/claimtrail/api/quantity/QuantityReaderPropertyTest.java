package org.claimtrail.api.quantity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claimtrail.api.claim.Quantity;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link QuantityText} writes, {@link QuantityReader} reads back: one language both ways. */
class QuantityReaderPropertyTest {

    @Property
    void aDescribedQuantityReadsBackAsTheSameIntervalAndUnit(@ForAll("quantities") Quantity quantity) {
        String text = QuantityText.describe(quantity);

        Quantity read = QuantityReader.read(text).flatMap(QuantityReader.Reading::quantity).orElseThrow(
                () -> new AssertionError("'" + text + "' was not read"));

        assertSameBound(read.lower(), quantity.lower(), text);
        assertSameBound(read.upper(), quantity.upper(), text);
        assertThat(read.unit()).as(text).isEqualTo(quantity.unit());
    }

    @Property
    void aDisplayedUnitComparesAsTheWrittenOne(@ForAll("units") String unit, @ForAll("counts") BigDecimal value) {
        UnitNormalizer units = UnitNormalizer.withDefaults();

        assertThat(units.normalize(units.display(unit, value))).isEqualTo(units.normalize(unit));
    }

    @Provide
    Arbitrary<Quantity> quantities() {
        return QuantityArbitraries.quantities();
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("soldiers", "troop", "casualties", "boxes", "military personnel", "aircraft", "men",
                "children", "artillery shells", "UAVs", "people", "buses");
    }

    @Provide
    Arbitrary<BigDecimal> counts() {
        return Arbitraries.of(BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("1500"), new BigDecimal("1.0"));
    }

    private static void assertSameBound(BigDecimal actual, BigDecimal expected, String text) {
        if (expected == null) {
            assertThat(actual).as(text).isNull();
        } else {
            assertThat(actual).as(text).isEqualByComparingTo(expected);
        }
    }
}
