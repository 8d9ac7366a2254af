package org.claimtrail.extraction.quantity;

import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.quantity.Numbers;
import org.claimtrail.api.quantity.QualifierPhrases;
import org.claimtrail.api.quantity.UnitNormalizer;

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
            Optional<Numbers.Reading> multiple = Numbers.multiple(words, i);
            if (multiple.isEmpty()) {
                return Optional.empty();
            }
            value = multiple.get().value();
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
        Optional<QualifierPhrases.Phrase> before = vague ? Optional.empty() : QualifierPhrases.before(words, lead);
        boolean between = lead > 0 && (words.get(lead - 1).equals("between") || words.get(lead - 1).equals("from"));
        Optional<Numbers.Range> range = vague ? Optional.empty()
                : Numbers.range(words, reading.get(), between).filter(Numbers.Range::ascending);
        if (range.isPresent()) {
            value = range.get().first();
            upper = range.get().second();
            qualifier = Qualifier.RANGE;
            next = range.get().end();
            if (between) {
                qualifierStart = lead - 1;
            }
        }
        if (qualifier == null) {
            qualifier = before.map(QualifierPhrases.Phrase::qualifier).orElse(Qualifier.EXACT);
            qualifierStart = lead - before.map(QualifierPhrases.Phrase::length).orElse(0);
            Optional<QualifierPhrases.Phrase> after = QualifierPhrases.after(words, next);
            if (after.isPresent()) {
                qualifier = after.get().qualifier();
                next += after.get().length();
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
        String head = UnitNormalizer.singular(lastWord(unit));
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
