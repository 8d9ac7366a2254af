package org.claimtrail.extraction.quantity;

import org.claimtrail.api.claim.Qualifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the quantities a sentence states as claims: a number with its qualifier and the noun it counts.
 *
 * <p>What is not a claim is left out by the shape of the text, not by the sentence: dates and times (a number
 * beside a month name, "10:55"), years (four digits from 1800 to 2100 not followed by a plural noun), durations
 * and ages (a unit of time), section and page numbers ("Article 4", "page 12"), percentages, identifiers ("F-16"),
 * numbers after a definite determiner ("the two countries" refers to things already counted), a lone "one" (a
 * pronoun far more often than a count), numbers that count no noun (list markers), abstract counts ("two ways"),
 * and negated numbers ("we are not talking about hundreds of thousands"), which the source does not assert.
 */
public final class QuantityGrammar {

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
            Map.entry(List.of("circa"), Qualifier.APPROXIMATELY));

    /** Plural multiples: "hundreds of" is at least two hundred, with no upper bound the text commits to. */
    private static final Map<String, BigDecimal> MULTIPLES = Map.of(
            "dozens", BigDecimal.valueOf(12), "scores", BigDecimal.valueOf(20), "tens", BigDecimal.TEN,
            "hundreds", BigDecimal.valueOf(100), "thousands", BigDecimal.valueOf(1_000),
            "millions", BigDecimal.valueOf(1_000_000), "billions", BigDecimal.valueOf(1_000_000_000));

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    /** Words that make the number after them a label: "Article 4", "page 12", "No. 3". */
    private static final Set<String> LABELS = Set.of("article", "articles", "section", "chapter", "page", "pages",
            "p.", "pp.", "paragraph", "clause", "resolution", "no.", "no", "number", "#", "item", "point", "line",
            "part", "volume", "vol.", "episode", "season", "flight", "route", "highway", "room", "phase", "level",
            "grade", "category", "class", "stage", "model", "version", "rule", "amendment", "figure", "table",
            "annex", "protocol", "division", "brigade", "regiment", "battalion", "corps", "unit", "platform", "gate",
            "block", "district", "ward", "aged", "age", "ages", "year", "day");

    /** Units of time: a number of them is a duration, an age or a date, never a count a claim compares. */
    private static final Set<String> TIME = Set.of("second", "minute", "hour", "day", "week", "month", "year",
            "decade", "century", "centurie", "fortnight", "night", "morning", "evening", "afternoon", "weekend",
            "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "hr", "min", "sec", "yr");

    /** Nouns counted in argument rather than in fact: "two ways", "three times", "five reasons". */
    private static final Set<String> ABSTRACT = Set.of("way", "time", "reason", "thing", "step", "option", "aspect",
            "point", "question", "side", "issue", "factor", "kind", "type", "sort", "example", "word", "occasion",
            "stage", "phase", "term", "round of talk", "percent", "per", "cent", "percentage", "fold", "half",
            "quarter", "third");

    /** A definite determiner or possessive before a number refers back to things already counted. */
    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "this", "its", "their",
            "his", "her", "our", "your", "my", "both", "each", "every", "first", "last", "next", "top");

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "nor", "neither", "without");

    private static final Set<String> HEDGES = Set.of("could", "may", "might", "possibly", "reportedly", "allegedly",
            "likely", "perhaps", "probably", "believed", "expected", "would", "suspected", "unconfirmed", "unverified",
            "purportedly", "potentially");

    private static final Set<String> CURRENCIES = Set.of("$", "€", "£", "us$");

    private QuantityGrammar() {
    }

    /** The quantities stated in one sentence, in order. */
    public static List<Mention> find(List<Token> sentence) {
        List<String> words = sentence.stream().map(Token::lower).toList();
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            Optional<Mention> mention = at(sentence, words, i);
            if (mention.isPresent()) {
                found.add(mention.get());
                i = Math.max(i + 1, indexAfter(sentence, mention.get().end()));
            } else {
                i++;
            }
        }
        return found;
    }

    private static int indexAfter(List<Token> sentence, int offset) {
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.get(i).start() >= offset) {
                return i;
            }
        }
        return sentence.size();
    }

    /** The quantity whose number starts at token {@code i}, if that is one and it is a claim. */
    static Optional<Mention> at(List<Token> sentence, List<String> words, int i) {
        BigDecimal value;
        BigDecimal upper = null;
        int next;
        boolean vague = false;
        boolean inWords;
        Qualifier qualifier = null;
        Optional<Numbers.Reading> reading = Numbers.read(words, i);
        if (reading.isPresent()) {
            value = reading.get().value();
            next = reading.get().end();
            inWords = reading.get().inWords();
            if (inWords && words.get(i).equals("one") && !reading.get().scaled()) {
                return Optional.empty();
            }
            if (!inWords && !reading.get().scaled() && yearLike(words.get(i)) && !pluralNounAt(sentence, next)) {
                return Optional.empty();
            }
        } else {
            Optional<Multiple> multiple = multiple(words, i);
            if (multiple.isEmpty()) {
                return Optional.empty();
            }
            value = multiple.get().least();
            next = multiple.get().end();
            vague = true;
            inWords = true;
            qualifier = Qualifier.AT_LEAST;
        }
        if (identifier(sentence, i) || dateOrTime(sentence, words, i, next)) {
            return Optional.empty();
        }
        // A currency sign stands before the number and after its qualifier: "up to €2 billion".
        boolean currency = i > 0 && CURRENCIES.contains(words.get(i - 1));
        int lead = currency ? i - 1 : i;
        // A range: "1,000-2,000", "1,000 to 2,000", "two or three", "between 1,000 and 2,000".
        int qualifierStart = lead;
        Qualifier before = vague ? null : qualifierBefore(words, lead);
        int qualifierLength = before == null ? 0 : qualifierLength(words, lead);
        boolean between = lead > 0 && (words.get(lead - 1).equals("between") || words.get(lead - 1).equals("from"));
        if (!vague && next + 1 < words.size() && Set.of("-", "–", "—", "to", "or", "and").contains(words.get(next))
                && (!words.get(next).equals("and") || between)) {
            Optional<Numbers.Reading> second = Numbers.read(words, next + 1);
            if (second.isPresent()) {
                BigDecimal high = second.get().value();
                BigDecimal low = value;
                // "10 to 12 million": the scale of the upper bound belongs to the lower too.
                if (second.get().scaled() && !reading.get().scaled()) {
                    BigDecimal scale = scaleOf(words, second.get());
                    if (low.multiply(scale).compareTo(high) <= 0) {
                        low = low.multiply(scale);
                    }
                }
                if (low.compareTo(high) < 0) {
                    value = low;
                    upper = high;
                    qualifier = Qualifier.RANGE;
                    next = second.get().end();
                    if (between) {
                        qualifierStart = lead - 1;
                    }
                }
            }
        }
        if (qualifier == null) {
            qualifier = before == null ? Qualifier.EXACT : before;
            qualifierStart = lead - qualifierLength;
            if (next + 1 < words.size() && words.get(next).equals("or")
                    && (words.get(next + 1).equals("more") || words.get(next + 1).equals("so"))) {
                qualifier = words.get(next + 1).equals("more") ? Qualifier.AT_LEAST : Qualifier.APPROXIMATELY;
                next += 2;
            } else if (next < words.size() && words.get(next).equals("+")) {
                qualifier = Qualifier.AT_LEAST;
                next++;
            }
        }
        if (qualifierStart > 0 && DEFINITE.contains(words.get(qualifierStart - 1))) {
            return Optional.empty();
        }
        if (qualifierStart > 0 && LABELS.contains(words.get(qualifierStart - 1))) {
            return Optional.empty();
        }
        if (negated(sentence, words, qualifierStart)) {
            return Optional.empty();
        }
        Optional<NounPhrase> noun = NounPhrase.after(sentence, next);
        String unit;
        String counted;
        int end;
        if (currency) {
            unit = currencyName(words.get(i - 1));
            counted = unit;
            end = sentence.get(next - 1).end();
        } else if (noun.isPresent()) {
            unit = noun.get().unit();
            counted = noun.get().counted();
            end = noun.get().end();
        } else {
            Optional<NounPhrase> named = numberOf(sentence, words, qualifierStart);
            if (named.isEmpty()) {
                return Optional.empty();
            }
            unit = named.get().unit();
            counted = named.get().counted();
            end = sentence.get(next - 1).end();
        }
        String head = Units.singular(lastWord(unit));
        if (TIME.contains(head) || ABSTRACT.contains(head) || percent(words, next)) {
            return Optional.empty();
        }
        return Optional.of(new Mention(i, sentence.get(qualifierStart).start(), end, value, upper, qualifier, unit,
                counted, hedged(words, qualifierStart), vague));
    }

    /**
     * What a number with no noun after it counts when the clause named it before: "put the number of displaced
     * people at nearly 40,000", "the total of casualties rose to 70".
     */
    private static Optional<NounPhrase> numberOf(List<Token> sentence, List<String> words, int from) {
        if (from == 0 || !Set.of("at", "to").contains(words.get(from - 1))) {
            return Optional.empty();
        }
        for (int j = from - 2; j >= 1 && j >= from - 12; j--) {
            if (words.get(j).equals("of") && Set.of("number", "total", "count", "tally").contains(words.get(j - 1))) {
                return NounPhrase.after(sentence, j + 1);
            }
        }
        return Optional.empty();
    }

    /** "dozens of", "hundreds of thousands of": the least the plural allows (two of the multiple). */
    private record Multiple(BigDecimal least, int end) {
    }

    private static Optional<Multiple> multiple(List<String> words, int i) {
        BigDecimal unit = MULTIPLES.get(words.get(i));
        if (unit == null || i + 1 >= words.size() || !words.get(i + 1).equals("of")) {
            return Optional.empty();
        }
        int next = i + 2;
        while (next + 1 < words.size() && MULTIPLES.containsKey(words.get(next)) && words.get(next + 1).equals("of")) {
            unit = unit.multiply(MULTIPLES.get(words.get(next)));
            next += 2;
        }
        return Optional.of(new Multiple(unit.multiply(BigDecimal.valueOf(2)), next));
    }

    private static BigDecimal scaleOf(List<String> words, Numbers.Reading reading) {
        BigDecimal scale = BigDecimal.ONE;
        for (int j = reading.end() - 1; j >= 0 && Numbers.isScale(words.get(j)); j--) {
            scale = scale.multiply(Numbers.read(List.of("a", words.get(j)), 0).orElseThrow().value());
        }
        return scale;
    }

    static Qualifier qualifierBefore(List<String> words, int i) {
        for (Map.Entry<List<String>, Qualifier> phrase : BEFORE) {
            if (endsAt(words, i, phrase.getKey())) {
                return phrase.getValue();
            }
        }
        return null;
    }

    private static int qualifierLength(List<String> words, int i) {
        for (Map.Entry<List<String>, Qualifier> phrase : BEFORE) {
            if (endsAt(words, i, phrase.getKey())) {
                return phrase.getKey().size();
            }
        }
        return 0;
    }

    /** Whether {@code phrase} ends right before token {@code i}. */
    private static boolean endsAt(List<String> words, int i, List<String> phrase) {
        int from = i - phrase.size();
        if (from < 0) {
            return false;
        }
        return words.subList(from, i).equals(phrase);
    }

    private static boolean yearLike(String word) {
        if (word.length() != 4 || !word.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = Integer.parseInt(word);
        return year >= 1800 && year <= 2100;
    }

    private static boolean pluralNounAt(List<Token> sentence, int i) {
        return i < sentence.size() && sentence.get(i).is("NOUN") && sentence.get(i).lower().endsWith("s");
    }

    /** A number joined to letters without a space: "F-16", "Su-27", "G7". */
    private static boolean identifier(List<Token> sentence, int i) {
        if (i == 0) {
            return false;
        }
        Token previous = sentence.get(i - 1);
        if (previous.end() != sentence.get(i).start()) {
            return false;
        }
        if (Character.isLetter(previous.text().charAt(previous.text().length() - 1))) {
            return true;
        }
        return previous.text().equals("-") && i >= 2 && sentence.get(i - 2).end() == previous.start()
                && Character.isLetter(sentence.get(i - 2).text().charAt(sentence.get(i - 2).text().length() - 1));
    }

    private static boolean dateOrTime(List<Token> sentence, List<String> words, int i, int next) {
        boolean monthBefore = i > 0 && MONTHS.contains(stripDot(words.get(i - 1)));
        boolean monthAfter = next < words.size() && MONTHS.contains(stripDot(words.get(next)))
                && sentence.get(next).is("PROPN");
        boolean clock = next < words.size() && words.get(next).equals(":");
        return monthBefore || monthAfter || clock;
    }

    private static String stripDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean percent(List<String> words, int next) {
        return next < words.size() && (words.get(next).equals("%") || words.get(next).equals("percent")
                || words.get(next).equals("per") || words.get(next).equals("pc"));
    }

    /** A negation in the same clause shortly before the number: the source does not assert it. */
    private static boolean negated(List<Token> sentence, List<String> words, int from) {
        for (int j = from - 1; j >= 0 && j >= from - 6; j--) {
            if (sentence.get(j).is("PUNCT") || words.get(j).equals("that") || words.get(j).equals("but")) {
                return false;
            }
            if (NEGATIONS.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause before the number hedges it: "could supply", "reportedly sent". */
    private static boolean hedged(List<String> words, int from) {
        for (int j = from - 1; j >= 0 && j >= from - 8; j--) {
            if (HEDGES.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static String currencyName(String symbol) {
        return switch (symbol) {
            case "€" -> "euros";
            case "£" -> "pounds";
            default -> "US dollars";
        };
    }

    private static String lastWord(String unit) {
        int space = unit.lastIndexOf(' ');
        return unit.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
