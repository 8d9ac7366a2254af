package org.claimtrail.api.quantity;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityTextPropertyTest {

    private static final String NUMBER = "-?\\d{1,3}(?:,\\d{3})*(?:\\.\\d*[1-9])?";
    private static final Pattern PHRASE = Pattern.compile(
            "(exactly|at least|up to|about) (" + NUMBER + ")|between (" + NUMBER + ") and (" + NUMBER + ")");

    @Provide
    Arbitrary<Quantity> quantities() {
        return QuantityArbitraries.quantities();
    }

    @Provide
    Arbitrary<Quantity> anyShapedQuantities() {
        return QuantityArbitraries.anyShapedQuantities();
    }

    @Property
    void describeWritesPlainGroupedNumbers(@ForAll("quantities") Quantity q) {
        String text = QuantityText.describe(q);

        assertThat(text).doesNotContain("E").endsWith(" " + q.unit());
        assertThat(PHRASE.matcher(text.substring(0, text.length() - q.unit().length() - 1)).matches())
                .as(text).isTrue();
    }

    @Property
    void describeNeverFailsOnBoundsThatDoNotFitTheirQualifier(@ForAll("anyShapedQuantities") Quantity q) {
        String text = QuantityText.describe(q);

        assertThat(text).doesNotContain("E");
        assertThat(PHRASE.matcher(text.substring(0, text.length() - q.unit().length() - 1)).matches())
                .as(text).isTrue();
    }

    /** Reading the number back out of the phrase gives the value the source stated, whatever its scale. */
    @Property
    void describeStatesTheValueTheQuantityWasMadeOf(@ForAll("quantities") Quantity q) {
        String text = QuantityText.describe(q);
        Matcher matcher = PHRASE.matcher(text.substring(0, text.length() - q.unit().length() - 1));
        assertThat(matcher.matches()).isTrue();

        if (q.qualifier() == Qualifier.RANGE && q.lower().compareTo(q.upper()) == 0) {
            assertThat(matcher.group(1)).isEqualTo("exactly");
            assertThat(parse(matcher.group(2))).isEqualByComparingTo(q.lower());
        } else if (q.qualifier() == Qualifier.RANGE) {
            assertThat(parse(matcher.group(3))).isEqualByComparingTo(q.lower());
            assertThat(parse(matcher.group(4))).isEqualByComparingTo(q.upper());
        } else {
            BigDecimal stated = switch (q.qualifier()) {
                case AT_LEAST -> q.lower();
                case APPROXIMATELY -> q.lower().add(q.upper()).divide(BigDecimal.valueOf(2));
                default -> q.upper();
            };
            assertThat(parse(matcher.group(2))).isEqualByComparingTo(stated);
        }
    }

    @Property
    void conflictReasonJoinsBothDescriptions(@ForAll("quantities") Quantity a, @ForAll("quantities") Quantity b) {
        assertThat(QuantityText.conflictReason(a, b))
                .isEqualTo(QuantityText.describe(a) + " vs " + QuantityText.describe(b));
    }

    private static BigDecimal parse(String number) {
        return new BigDecimal(number.replace(",", ""));
    }
}
