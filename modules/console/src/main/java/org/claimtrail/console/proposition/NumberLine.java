package org.claimtrail.console.proposition;

import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.quantity.QuantityText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of one number line: the claims of one unit as horizontal bars in an SVG view box, one row each.
 * An open end runs to the edge with an arrow, "about" is drawn as a band, an exact count as a dot; a conflicting
 * pair is joined by a dashed line across the gap that separates them. Drawn in the template from these numbers.
 */
public record NumberLine(String unit, double width, double height, List<Bar> bars, List<Tick> ticks,
                         List<Link> links) {

    static final double WIDTH = 640;
    static final double LEFT = 40;
    static final double RIGHT = 600;
    static final double ROW = 36;
    static final double TOP = 20;

    /** One claim's interval; {@code row} counts from 1, as the list under the drawing does. */
    public record Bar(int row, String claimId, String state, String label, double x1, double x2, double y,
                      boolean openLeft, boolean openRight, boolean band, boolean point) {
    }

    public record Tick(double x, String label) {
    }

    /** A conflicting pair: from the end of the lower interval to the start of the higher. */
    public record Link(double x1, double y1, double x2, double y2) {
    }

    /** A claim to draw: its id, state and quantity. */
    record Entry(String claimId, String state, Quantity quantity) {
    }

    static NumberLine of(String unit, List<Entry> entries, List<String[]> conflictingPairs) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (Entry entry : entries) {
            for (BigDecimal bound : new BigDecimal[]{entry.quantity().lower(), entry.quantity().upper()}) {
                if (bound != null) {
                    min = min == null || bound.compareTo(min) < 0 ? bound : min;
                    max = max == null || bound.compareTo(max) > 0 ? bound : max;
                }
            }
        }
        // Zero in view when all counts are positive; a quarter more on the right for open ends to read as open.
        double lo = Math.min(0, min.doubleValue());
        double hi = max.doubleValue() <= lo ? lo + 1 : max.doubleValue() + (max.doubleValue() - lo) / 4;
        List<Bar> bars = new ArrayList<>();
        Map<String, Bar> byClaim = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Quantity q = entry.quantity();
            double y = TOP + ROW * i + ROW / 2;
            double x1 = q.lower() == null ? LEFT : x(q.lower().doubleValue(), lo, hi);
            double x2 = q.upper() == null ? RIGHT : x(q.upper().doubleValue(), lo, hi);
            boolean point = q.lower() != null && q.upper() != null && q.lower().compareTo(q.upper()) == 0;
            Bar bar = new Bar(i + 1, entry.claimId(), entry.state(), QuantityText.describe(q), x1, x2, y,
                    q.lower() == null, q.upper() == null, q.qualifier() == Qualifier.APPROXIMATELY, point);
            bars.add(bar);
            byClaim.put(entry.claimId(), bar);
        }
        List<Link> links = new ArrayList<>();
        for (String[] pair : conflictingPairs) {
            Bar a = byClaim.get(pair[0]);
            Bar b = byClaim.get(pair[1]);
            if (a != null && b != null) {
                Bar low = a.x2() <= b.x1() ? a : b;
                Bar high = low == a ? b : a;
                links.add(new Link(low.x2(), low.y(), Math.max(high.x1(), low.x2()), high.y()));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = lo + (hi - lo) * i / 4;
            ticks.add(new Tick(x(value, lo, hi), number(value)));
        }
        return new NumberLine(unit, WIDTH, TOP + ROW * entries.size() + 40, bars, ticks, links);
    }

    private static double x(double value, double lo, double hi) {
        return LEFT + (value - lo) / (hi - lo) * (RIGHT - LEFT);
    }

    /** Axis labels a person reads at a glance: 3,000, 1.5M. */
    private static String number(double value) {
        double abs = Math.abs(value);
        if (abs >= 1_000_000) {
            return BigDecimal.valueOf(value / 1_000_000).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString() + "M";
        }
        return String.format("%,d", Math.round(value));
    }
}
