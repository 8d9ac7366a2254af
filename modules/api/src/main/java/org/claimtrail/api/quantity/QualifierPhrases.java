package org.claimtrail.api.quantity;

import org.claimtrail.api.claim.Qualifier;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words that qualify a stated number, as news and people write them: "at least 3,000", "as many as 12,000",
 * "some 1,500", "3,000 or more", "3,000+". Pure functions over lower-case words; a number without any is exact.
 */
public final class QualifierPhrases {

    /**
     * Qualifier phrases before the number, longest first. "as many as" is AT_MOST: it gives the top of the
     * source's estimate (a ceiling the writer stresses as large), not a floor. "nearly", "almost" and "close to"
     * are APPROXIMATELY: the value lies just below the figure, which the ±10 % interval covers. "some" before a
     * number is the news idiom for "about". "fewer than" and "less than" are AT_MOST and "more than" and "over"
     * AT_LEAST: the interval is inclusive, and a strict bound would claim a precision the text does not have.
     */
    private static final List<Map.Entry<List<String>, Qualifier>> BEFORE = List.of(
            Map.entry(List.of("no", "fewer", "than"), Qualifier.AT_LEAST),
            Map.entry(List.of("no", "less", "than"), Qualifier.AT_LEAST),
            Map.entry(List.of("not", "less", "than"), Qualifier.AT_LEAST),
            Map.entry(List.of("in", "excess", "of"), Qualifier.AT_LEAST),
            Map.entry(List.of("a", "minimum", "of"), Qualifier.AT_LEAST),
            Map.entry(List.of("no", "more", "than"), Qualifier.AT_MOST),
            Map.entry(List.of("not", "more", "than"), Qualifier.AT_MOST),
            Map.entry(List.of("as", "many", "as"), Qualifier.AT_MOST),
            Map.entry(List.of("as", "much", "as"), Qualifier.AT_MOST),
            Map.entry(List.of("a", "maximum", "of"), Qualifier.AT_MOST),
            Map.entry(List.of("an", "estimated"), Qualifier.APPROXIMATELY),
            Map.entry(List.of("close", "to"), Qualifier.APPROXIMATELY),
            Map.entry(List.of("at", "least"), Qualifier.AT_LEAST),
            Map.entry(List.of("more", "than"), Qualifier.AT_LEAST),
            Map.entry(List.of("upwards", "of"), Qualifier.AT_LEAST),
            Map.entry(List.of("up", "to"), Qualifier.AT_MOST),
            Map.entry(List.of("at", "most"), Qualifier.AT_MOST),
            Map.entry(List.of("fewer", "than"), Qualifier.AT_MOST),
            Map.entry(List.of("less", "than"), Qualifier.AT_MOST),
            Map.entry(List.of("over"), Qualifier.AT_LEAST),
            Map.entry(List.of("exceeding"), Qualifier.AT_LEAST),
            Map.entry(List.of("under"), Qualifier.AT_MOST),
            Map.entry(List.of("about"), Qualifier.APPROXIMATELY),
            Map.entry(List.of("around"), Qualifier.APPROXIMATELY),
            Map.entry(List.of("nearly"), Qualifier.APPROXIMATELY),
            Map.entry(List.of("almost"), Qualifier.APPROXIMATELY),
            Map.entry(List.of("some"), Qualifier.APPROXIMATELY),
            Map.entry(List.of("roughly"), Qualifier.APPROXIMATELY),
            Map.entry(List.of("approximately"), Qualifier.APPROXIMATELY),
            Map.entry(List.of("estimated"), Qualifier.APPROXIMATELY),
            Map.entry(List.of("circa"), Qualifier.APPROXIMATELY),
            Map.entry(List.of("exactly"), Qualifier.EXACT),
            Map.entry(List.of("precisely"), Qualifier.EXACT));

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
