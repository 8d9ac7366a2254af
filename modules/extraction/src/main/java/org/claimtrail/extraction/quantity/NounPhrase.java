package org.claimtrail.extraction.quantity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a number counts: the noun phrase after it. The unit is the run of common nouns that ends the phrase, with
 * the lower-case adjectives right before them that say which kind ("ballistic missiles", "artillery shells",
 * "soldiers"); what is counted is the whole phrase with its names and other modifiers ("North Korean soldiers").
 * Capitalised words (nationalities, names) and words of amount or novelty ("new", "more") are not part of the
 * unit, so that "3,000 North Korean soldiers" and "1,500 troops" compare.
 */
record NounPhrase(String unit, String counted, int end) {

    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’", "«", "»");
    private static final Set<String> NOT_A_KIND = Set.of("more", "additional", "other", "new", "extra", "fresh",
            "further", "total", "several", "many", "few", "small", "large", "big", "major", "possible", "alleged",
            "reported", "suspected", "recent", "current", "former", "estimated", "so-called", "same", "different",
            "various", "own", "remaining", "last", "first");
    private static final int MAX_MODIFIERS = 5;

    static Optional<NounPhrase> after(List<Token> sentence, int from) {
        int i = from;
        while (i < sentence.size() && QUOTES.contains(sentence.get(i).text())) {
            i++;
        }
        int first = i;
        int modifiers = 0;
        int lastProper = -1;
        int kindStart = -1;
        while (i < sentence.size() && modifiers <= MAX_MODIFIERS) {
            Token token = sentence.get(i);
            if (token.is("NOUN")) {
                break;
            }
            // The tagger sometimes misreads a participle ("armoured"), so any "-ed" word may modify the noun.
            boolean adjective = token.is("ADJ") || token.lower().endsWith("ed") && Character.isLowerCase(token.text().charAt(0));
            boolean modifier = adjective || token.is("PROPN") || QUOTES.contains(token.text())
                    || NOT_A_KIND.contains(token.lower())
                    || token.text().equals("-") && i > first;
            if (!modifier) {
                break;
            }
            boolean kind = adjective && Character.isLowerCase(token.text().charAt(0))
                    && !NOT_A_KIND.contains(token.lower());
            if (kind && kindStart < 0) {
                kindStart = i;
            } else if (!kind) {
                kindStart = -1;
            }
            if (token.is("PROPN")) {
                lastProper = i;
            }
            modifiers++;
            i++;
        }
        if (i < sentence.size() && sentence.get(i).is("NOUN")) {
            int head = i;
            while (head + 1 < sentence.size() && (sentence.get(head + 1).is("NOUN")
                    || sentence.get(head + 1).text().equals("-") && head + 2 < sentence.size()
                    && sentence.get(head + 2).is("NOUN") && sentence.get(head + 1).start() == sentence.get(head).end())) {
                head++;
            }
            int unitStart = kindStart >= 0 ? kindStart : i;
            return Optional.of(new NounPhrase(text(sentence, unitStart, head), text(sentence, first, head),
                    sentence.get(head).end()));
        }
        // "1,500 North Koreans": a plural proper noun is what is counted.
        if (lastProper >= 0 && lastProper == i - 1 && sentence.get(lastProper).lower().endsWith("s")) {
            return Optional.of(new NounPhrase(sentence.get(lastProper).text(), text(sentence, first, lastProper),
                    sentence.get(lastProper).end()));
        }
        return Optional.empty();
    }

    /** The tokens' text as the article writes it: a space wherever the article has whitespace between them. */
    static String text(List<Token> sentence, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            Token token = sentence.get(i);
            if (i > from && sentence.get(i - 1).end() < token.start()) {
                text.append(' ');
            }
            text.append(token.text());
        }
        return text.toString().replaceAll("^[\"“”'‘’«»]+|[\"“”'‘’«»]+$", "");
    }
}
