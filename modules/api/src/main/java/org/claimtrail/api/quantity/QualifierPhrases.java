package org.claimtrail.api.quantity;

import org.claimtrail.api.claim.Qualifier;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words that qualify a stated number, as news and people write them: "at least 3,000", "as many as 12,000",
 * "some 1,500", "3,000 or more", "3,000+". Pure functions over lower-case words; a number without any is exact.
 */
public final class QualifierPhrases {

    /**
     * Qualifier phrases before the number, by the qualifier they state. "as many as" is AT_MOST: it gives the top of the
     * source's estimate (a ceiling the writer stresses as large), not a floor. "nearly", "almost" and "close to"
     * are APPROXIMATELY: the value lies just below the figure, which the ±10 % interval covers. "some" before a
     * number is the news idiom for "about". "fewer than" and "less than" are AT_MOST and "more than" and "over"
     * AT_LEAST: the interval is inclusive, and a strict bound would claim a precision the text does not have.
     */
    private static final Map<Qualifier, List<String>> WRITTEN_BEFORE = Map.of(
            Qualifier.AT_LEAST, List.of("no fewer than", "no less than", "not less than", "in excess of",
                    "a minimum of", "at least", "more than", "upwards of", "over", "exceeding"),
            Qualifier.AT_MOST, List.of("no more than", "not more than", "as many as", "as much as", "a maximum of",
                    "up to", "at most", "fewer than", "less than", "under"),
            Qualifier.APPROXIMATELY, List.of("an estimated", "close to", "about", "around", "nearly", "almost",
                    "some", "roughly", "approximately", "estimated", "circa"),
            Qualifier.EXACT, List.of("exactly", "precisely"));

    /** The phrases as words, longest first, so that "no more than" is not read as "more than". */
    private static final List<Map.Entry<List<String>, Qualifier>> BEFORE = WRITTEN_BEFORE.entrySet().stream()
            .flatMap(written -> written.getValue().stream()
                    .map(phrase -> Map.entry(List.of(phrase.split(" ")), written.getKey())))
            .sorted(Comparator.comparingInt((Map.Entry<List<String>, Qualifier> phrase) -> phrase.getKey().size())
                    .reversed())
            .toList();

    /** A qualifier phrase found beside a number, and how many words it takes. */
    public record Phrase(Qualifier qualifier, int length) {
    }

    private QualifierPhrases() {
    }

    /** The qualifier phrase that ends right before the number at {@code number}, the longest one first. */
    public static Optional<Phrase> before(List<String> words, int number) {
        for (Map.Entry<List<String>, Qualifier> phrase : BEFORE) {
            int from = number - phrase.getKey().size();
            if (from >= 0 && words.subList(from, number).equals(phrase.getKey())) {
                return Optional.of(new Phrase(phrase.getValue(), phrase.getKey().size()));
            }
        }
        return Optional.empty();
    }

    /** The qualifier phrase right after a number that ends before {@code end}: "or more", "or so", "+". */
    public static Optional<Phrase> after(List<String> words, int end) {
        if (end + 1 < words.size() && words.get(end).equals("or")) {
            return switch (words.get(end + 1)) {
                case "more" -> Optional.of(new Phrase(Qualifier.AT_LEAST, 2));
                case "so" -> Optional.of(new Phrase(Qualifier.APPROXIMATELY, 2));
                default -> Optional.empty();
            };
        }
        return end < words.size() && words.get(end).equals("+")
                ? Optional.of(new Phrase(Qualifier.AT_LEAST, 1)) : Optional.empty();
    }
}
