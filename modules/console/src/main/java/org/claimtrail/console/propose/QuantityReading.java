package org.claimtrail.console.propose;

import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the quantity field of the propose form as a person writes it: "at least 3,000 troops", "up to 5 million
 * projectiles", "about 25 years", "between 1,000 and 2,000 soldiers", "1,500 troops". What it reads is sent to the
 * API in its own form ({@code value} and {@code qualifier}, or {@code lower} and {@code upper}), so the API's rules
 * decide; this only spares people typing JSON.
 */
final class QuantityReading {

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:\\s+(thousand|million|billion))?";
    private static final Pattern RANGE = Pattern.compile(
            "(?:between\\s+)?" + NUMBER + "\\s*(?:and|to|-|–)\\s*" + NUMBER + "\\s+(.+)");
    private static final Pattern SINGLE = Pattern.compile(
            "(at least|more than|over|up to|at most|as many as|fewer than|about|around|approximately|roughly|"
                    + "nearly|some|exactly)?\\s*" + NUMBER + "\\s+(.+)");
    private static final Map<String, Qualifier> QUALIFIERS = Map.ofEntries(
            Map.entry("at least", Qualifier.AT_LEAST), Map.entry("more than", Qualifier.AT_LEAST),
            Map.entry("over", Qualifier.AT_LEAST), Map.entry("up to", Qualifier.AT_MOST),
            Map.entry("at most", Qualifier.AT_MOST), Map.entry("as many as", Qualifier.AT_MOST),
            Map.entry("fewer than", Qualifier.AT_MOST), Map.entry("about", Qualifier.APPROXIMATELY),
            Map.entry("around", Qualifier.APPROXIMATELY), Map.entry("approximately", Qualifier.APPROXIMATELY),
            Map.entry("roughly", Qualifier.APPROXIMATELY), Map.entry("nearly", Qualifier.APPROXIMATELY),
            Map.entry("some", Qualifier.APPROXIMATELY), Map.entry("exactly", Qualifier.EXACT));

    /** What was read: the stated value and qualifier, or a range's bounds. */
    record Read(BigDecimal value, Qualifier qualifier, BigDecimal lower, BigDecimal upper, String unit) {

        /** The body's {@code quantity} as the API takes it. */
        Map<String, Object> body() {
            return value != null
                    ? Map.of("value", value, "qualifier", qualifier.name(), "unit", unit)
                    : Map.of("lower", lower, "upper", upper, "unit", unit);
        }

        /** The interval it means, as the API will hold it; empty when the API would refuse it. */
        Optional<Quantity> quantity() {
            try {
                return Optional.of(value != null ? Quantity.of(value, qualifier, unit)
                        : Quantity.between(lower, upper, unit));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private QuantityReading() {
    }

    static Optional<Read> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher range = RANGE.matcher(normal);
        if (range.matches()) {
            return Optional.of(new Read(null, null, number(range, 1), number(range, 4), range.group(7)));
        }
        Matcher single = SINGLE.matcher(normal);
        if (single.matches()) {
            Qualifier qualifier = single.group(1) == null ? Qualifier.EXACT : QUALIFIERS.get(single.group(1));
            return Optional.of(new Read(number(single, 2), qualifier, null, null, single.group(5)));
        }
        return Optional.empty();
    }

    private static BigDecimal number(Matcher m, int group) {
        BigDecimal value = new BigDecimal(m.group(group).replace(",", "")
                + (m.group(group + 1) == null ? "" : "." + m.group(group + 1)));
        String scale = m.group(group + 2);
        if (scale == null) {
            return value;
        }
        int zeros = switch (scale) {
            case "thousand" -> 3;
            case "million" -> 6;
            default -> 9;
        };
        return value.movePointRight(zeros).stripTrailingZeros();
    }
}
