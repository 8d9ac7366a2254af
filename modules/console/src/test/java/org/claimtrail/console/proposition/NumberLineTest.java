package org.claimtrail.console.proposition;

import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NumberLineTest {

    private static NumberLine.Entry entry(String id, Quantity quantity) {
        return new NumberLine.Entry(id, "DISPUTED", quantity);
    }

    @Test
    void anOpenEndRunsToTheEdgeAndAnExactCountIsAPoint() {
        NumberLine line = NumberLine.of("soldier", List.of(
                entry("a", Quantity.of(new BigDecimal("3000"), Qualifier.AT_LEAST, "troops")),
                entry("b", Quantity.of(new BigDecimal("1500"), Qualifier.EXACT, "soldiers"))), List.of());

        NumberLine.Bar atLeast = line.bars().get(0);
        NumberLine.Bar exact = line.bars().get(1);
        // 0 .. 3,750 (a quarter beyond the largest bound) over x 40 .. 600.
        assertThat(atLeast.x1()).isCloseTo(488, within(1e-9));
        assertThat(atLeast.x2()).isEqualTo(NumberLine.RIGHT);
        assertThat(atLeast.openRight()).isTrue();
        assertThat(atLeast.openLeft()).isFalse();
        assertThat(exact.point()).isTrue();
        assertThat(exact.x1()).isCloseTo(264, within(1e-9));
        assertThat(atLeast.row()).isEqualTo(1);
        assertThat(exact.y()).isGreaterThan(atLeast.y());
        assertThat(line.ticks()).extracting(NumberLine.Tick::label).containsExactly("0", "938", "1,875", "2,813", "3,750");
    }

    @Test
    void aConflictingPairIsJoinedAcrossTheGapFromTheLowerToTheHigher() {
        NumberLine line = NumberLine.of("soldier", List.of(
                entry("a", Quantity.of(new BigDecimal("3000"), Qualifier.AT_LEAST, "troops")),
                entry("b", Quantity.of(new BigDecimal("1500"), Qualifier.EXACT, "soldiers"))),
                List.<String[]>of(new String[]{"a", "b"}, new String[]{"a", "not-on-this-line"}));

        assertThat(line.links()).singleElement().satisfies(link -> {
            assertThat(link.x1()).isCloseTo(264, within(1e-9));
            assertThat(link.x2()).isCloseTo(488, within(1e-9));
            assertThat(link.y1()).isEqualTo(line.bars().get(1).y());
            assertThat(link.y2()).isEqualTo(line.bars().get(0).y());
        });
    }

    @Test
    void aboutIsABandAndEveryBoundStaysInView() {
        NumberLine line = NumberLine.of("degree", List.of(
                entry("a", Quantity.of(new BigDecimal("-20"), Qualifier.APPROXIMATELY, "degrees")),
                entry("b", Quantity.of(new BigDecimal("-5"), Qualifier.AT_MOST, "degrees"))), List.of());

        assertThat(line.bars().get(0).band()).isTrue();
        assertThat(line.bars().get(1).openLeft()).isTrue();
        assertThat(line.bars().get(1).x1()).isEqualTo(NumberLine.LEFT);
        for (NumberLine.Bar bar : line.bars()) {
            assertThat(bar.x1()).isBetween(NumberLine.LEFT, NumberLine.RIGHT);
            assertThat(bar.x2()).isBetween(NumberLine.LEFT, NumberLine.RIGHT);
        }
    }

    @Test
    void millionsReadAtAGlance() {
        NumberLine line = NumberLine.of("shell", List.of(
                entry("a", Quantity.of(new BigDecimal("4000000"), Qualifier.EXACT, "shells"))), List.of());
        assertThat(line.ticks()).extracting(NumberLine.Tick::label).containsExactly("0", "1.3M", "2.5M", "3.8M", "5M");
        assertThat(line.height()).isEqualTo(NumberLine.TOP + NumberLine.ROW + 40);
    }
}
