package org.claimtrail.api.quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the value of a number as news text writes it: digits with or without thousands separators
 * ("3,000", "1500", "1.5"), number words ("five thousand", "twenty-five", "a dozen", "three hundred and fifty"),
 * either followed by scale words ("1.5 million", "two dozen"), and the plural multiples of "hundreds of". Pure
 * functions over lower-case words.
 */
public final class Numbers {

    private static final Pattern NUMERAL = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    /** Words that multiply what comes before them; "dozen" counts as one since "two dozen tanks" is 24. */
    private static final Map<String, BigDecimal> SCALES = Map.of(
            "dozen", BigDecimal.valueOf(12),
            "hundred", BigDecimal.valueOf(100),
            "thousand", BigDecimal.valueOf(1_000),
            "million", BigDecimal.valueOf(1_000_000),
            "billion", BigDecimal.valueOf(1_000_000_000),
            "trillion", new BigDecimal("1e12").setScale(0));

    /** Plural multiples: "hundreds of" is at least two hundred, with no upper bound the text commits to. */
    private static final Map<String, BigDecimal> MULTIPLES = Map.of(
            "dozens", BigDecimal.valueOf(12), "scores", BigDecimal.valueOf(20), "tens", BigDecimal.TEN,
            "hundreds", BigDecimal.valueOf(100), "thousands", BigDecimal.valueOf(1_000),
            "millions", BigDecimal.valueOf(1_000_000), "billions", BigDecimal.valueOf(1_000_000_000));

    private Numbers() {
    }

    /** A number read from {@code words[from...]}: its value and the index after its last word. */
    public record Reading(BigDecimal value, int end, boolean inWords, boolean scaled) {
    }

    /** Two numbers joined as a range, in the order written, and the index after the second. */
    public record Range(BigDecimal first, BigDecimal second, int end) {

        public boolean ascending() {
            return first.compareTo(second) < 0;
        }
    }

    /** Words that join the two numbers of a range; "and" only after "between" or "from". */
    private static final Set<String> RANGE_JOINERS = Set.of("-", "–", "—", "to", "or", "and");

    /** The value of a numeral written in digits, "3,000" or "1.5"; empty for anything else ("1:10", "19th"). */
    public static Optional<BigDecimal> numeral(String token) {
        if (!NUMERAL.matcher(token).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(token.replace(",", "")));
    }

    /**
     * The range whose first number is {@code first}: "1,000-2,000", "1,000 to 2,000", "two or three", and with
     * {@code between} (the word before was "between" or "from") "1,000 and 2,000". In "10 to 12 million" the scale
     * of the second number belongs to the first too, unless that would put the first above the second.
     */
    public static Optional<Range> range(List<String> words, Reading first, boolean between) {
        int joiner = first.end();
        if (joiner + 1 >= words.size() || !RANGE_JOINERS.contains(words.get(joiner))
                || words.get(joiner).equals("and") && !between) {
            return Optional.empty();
        }
        return read(words, joiner + 1).map(second -> {
            BigDecimal low = first.value();
            if (second.scaled() && !first.scaled()) {
                BigDecimal scaled = low.multiply(trailingScale(words, second));
                if (scaled.compareTo(second.value()) <= 0) {
                    low = strip(scaled);
                }
            }
            return new Range(low, second.value(), second.end());
        });
    }

    /** What the scale words at the end of a reading multiply by together: "12 million" gives 1,000,000. */
    private static BigDecimal trailingScale(List<String> words, Reading reading) {
        BigDecimal scale = BigDecimal.ONE;
        for (int j = reading.end() - 1; j >= 0 && SCALES.containsKey(words.get(j)); j--) {
            scale = scale.multiply(SCALES.get(words.get(j)));
        }
        return scale;
    }

    /**
     * A vague multiple starting at {@code from}, "dozens of" or "hundreds of thousands of": the least the plural
     * allows (two of the multiple) and the index after its last "of".
     */
    public static Optional<Reading> multiple(List<String> words, int from) {
        BigDecimal unit = MULTIPLES.get(words.get(from));
        if (unit == null || from + 1 >= words.size() || !words.get(from + 1).equals("of")) {
            return Optional.empty();
        }
        int next = from + 2;
        while (next + 1 < words.size() && MULTIPLES.containsKey(words.get(next)) && words.get(next + 1).equals("of")) {
            unit = unit.multiply(MULTIPLES.get(words.get(next)));
            next += 2;
        }
        return Optional.of(new Reading(unit.multiply(BigDecimal.valueOf(2)), next, true, true));
    }

    /**
     * Reads the longest number starting at {@code from}: a numeral or number words, then any scale words.
     * "a" and "an" count as one only before a scale word ("a dozen", "a million"), and "and" joins number words
     * only when another number word follows ("three hundred and fifty").
     */
    public static Optional<Reading> read(List<String> words, int from) {
        if (from >= words.size()) {
            return Optional.empty();
        }
        String first = words.get(from);
        Optional<BigDecimal> digits = numeral(first);
        if (digits.isPresent()) {
            BigDecimal value = digits.get();
            int i = from + 1;
            boolean scaled = false;
            while (i < words.size() && SCALES.containsKey(words.get(i))) {
                value = value.multiply(SCALES.get(words.get(i)));
                scaled = true;
                i++;
            }
            return Optional.of(new Reading(strip(value), i, false, scaled));
        }
        return words(words, from);
    }

    private static Optional<Reading> words(List<String> words, int from) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        boolean any = false;
        boolean scaled = false;
        int i = from;
        if ((words.get(i).equals("a") || words.get(i).equals("an"))
                && i + 1 < words.size() && SCALES.containsKey(words.get(i + 1))) {
            current = BigDecimal.ONE;
            any = true;
            i++;
        } else if (words.get(i).equals("half") && i + 2 < words.size() && words.get(i + 1).equals("a")
                && SCALES.containsKey(words.get(i + 2))) {
            current = new BigDecimal("0.5");
            any = true;
            i += 2;
        } else if (small(words.get(i)).isEmpty()) {
            // A scale word alone ("million" after a number that was left out) is no number.
            return Optional.empty();
        }
        int end = i;
        while (i < words.size()) {
            String word = words.get(i);
            Optional<Integer> small = small(word);
            if (small.isPresent()) {
                current = current.add(BigDecimal.valueOf(small.get()));
            } else if (word.equals("hundred") || word.equals("dozen")) {
                current = current.multiply(SCALES.get(word));
                scaled = true;
            } else if (SCALES.containsKey(word)) {
                total = total.add(current.multiply(SCALES.get(word)));
                current = BigDecimal.ZERO;
                scaled = true;
            } else if (word.equals("-") && any && i + 1 < words.size() && small(words.get(i + 1)).orElse(10) < 10) {
                // "twenty - five" when the hyphen is a token of its own
                i++;
                continue;
            } else if (word.equals("and") && any && i + 1 < words.size() && small(words.get(i + 1)).isPresent()) {
                i++;
                continue;
            } else {
                break;
            }
            any = true;
            i++;
            end = i;
        }
        if (!any || end == from) {
            return Optional.empty();
        }
        return Optional.of(new Reading(strip(total.add(current)), end, true, scaled));
    }

    /** A number word below a hundred, also hyphenated: "twenty-five". */
    private static Optional<Integer> small(String word) {
        Integer value = SMALL.get(word);
        return value != null ? Optional.of(value) : hyphenated(word);
    }

    private static Optional<Integer> hyphenated(String word) {
        int dash = word.indexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        Integer tens = SMALL.get(word.substring(0, dash));
        Integer ones = SMALL.get(word.substring(dash + 1));
        return tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones > 0 && ones < 10
                ? Optional.of(tens + ones) : Optional.empty();
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
