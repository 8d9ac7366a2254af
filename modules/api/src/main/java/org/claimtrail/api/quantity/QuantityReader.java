package org.claimtrail.api.quantity;

import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a quantity written on its own, as a person types it and as {@link QuantityText#describe} writes it:
 * "at least 3,000 troops", "up to 5 million projectiles", "about 25 years", "between 1,000 and 2,000 soldiers",
 * "1,500 troops", "3,000 or more soldiers", "two dozen tanks". The qualifier, number and range words are those of
 * {@link QualifierPhrases} and {@link Numbers}, which extraction reads news with.
 */
public final class QuantityReader {

    /** A range or a count with a sign written against its number: "1,000-2,000", "3,000+", "-5". */
    private static final Pattern JOINED = Pattern.compile("(-?[\\d.,]*\\d)([-–—+])(-?[\\d.,]*\\d)?");

    /** What was read: the stated value and qualifier, or a range's bounds, and the unit as written. */
    public record Reading(BigDecimal value, Qualifier qualifier, BigDecimal lower, BigDecimal upper, String unit) {

        /** The interval it means; empty when {@link Quantity} refuses it (a range written high to low). */
        public Optional<Quantity> quantity() {
            try {
                return Optional.of(value != null ? Quantity.of(value, qualifier, unit)
                        : Quantity.between(lower, upper, unit));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private QuantityReader() {
    }

    /** The quantity the whole text states, or empty when it is none: a number needs a unit after it. */
    public static Optional<Reading> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> written = tokens(text);
        List<String> words = written.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
        for (int start = 0; start < words.size() && start <= 4; start++) {
            Optional<Reading> reading = readFrom(written, words, start);
            if (reading.isPresent()) {
                return reading;
            }
        }
        return Optional.empty();
    }

    /** The quantity whose number starts at {@code start}, when the words before it are its qualifier. */
    private static Optional<Reading> readFrom(List<String> written, List<String> words, int start) {
        boolean between = start == 1 && (words.get(0).equals("between") || words.get(0).equals("from"));
        Optional<QualifierPhrases.Phrase> before = QualifierPhrases.before(words, start)
                .filter(phrase -> phrase.length() == start);
        if (start > 0 && !between && before.isEmpty()) {
            return Optional.empty();
        }
        Optional<Numbers.Reading> number = signed(words, start);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        Optional<Numbers.Range> range = before.isEmpty() ? signedRange(words, number.get(), between)
                : Optional.empty();
        if (range.isPresent()) {
            return unit(written, range.get().end()).map(unit ->
                    new Reading(null, null, range.get().first(), range.get().second(), unit));
        }
        if (between) {
            return Optional.empty();
        }
        Qualifier qualifier = before.map(QualifierPhrases.Phrase::qualifier).orElse(Qualifier.EXACT);
        int end = number.get().end();
        Optional<QualifierPhrases.Phrase> after = QualifierPhrases.after(words, end);
        if (after.isPresent() && before.isEmpty()) {
            qualifier = after.get().qualifier();
            end += after.get().length();
        }
        Qualifier stated = qualifier;
        return unit(written, end).map(unit -> new Reading(number.get().value(), stated, null, null, unit));
    }

    /** A number that may carry a minus sign, which {@link Numbers} leaves to the text around it. */
    private static Optional<Numbers.Reading> signed(List<String> words, int at) {
        String word = words.get(at);
        if (word.length() < 2 || word.charAt(0) != '-') {
            return Numbers.read(words, at);
        }
        List<String> unsigned = new ArrayList<>(words);
        unsigned.set(at, word.substring(1));
        return Numbers.read(unsigned, at)
                .filter(reading -> !reading.inWords())
                .map(reading -> new Numbers.Reading(reading.value().negate(), reading.end(), false,
                        reading.scaled()));
    }

    private static Optional<Numbers.Range> signedRange(List<String> words, Numbers.Reading first, boolean between) {
        int second = first.end() + 1;
        if (second < words.size() && words.get(second).startsWith("-") && words.get(second).length() > 1) {
            List<String> unsigned = new ArrayList<>(words);
            unsigned.set(second, words.get(second).substring(1));
            return Numbers.range(unsigned, first, between)
                    .map(range -> new Numbers.Range(range.first(), range.second().negate(), range.end()));
        }
        return Numbers.range(words, first, between);
    }

    /** The words from {@code from} to the end, as written: the unit; a number with none after it is no quantity. */
    private static Optional<String> unit(List<String> written, int from) {
        return from < written.size() ? Optional.of(String.join(" ", written.subList(from, written.size())))
                : Optional.empty();
    }

    /** The text's words at whitespace, with a range or sign joined to its numbers taken apart. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String word : text.strip().split("[\\s\\u00A0\\u2007\\u202F]+")) {
            Matcher joined = JOINED.matcher(word);
            if (joined.matches()) {
                tokens.add(joined.group(1));
                tokens.add(joined.group(2));
                if (joined.group(3) != null) {
                    tokens.add(joined.group(3));
                }
            } else {
                tokens.add(word);
            }
        }
        return tokens;
    }
}
