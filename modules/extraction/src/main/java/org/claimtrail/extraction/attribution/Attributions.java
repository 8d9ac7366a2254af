package org.claimtrail.extraction.attribution;

import org.claimtrail.extraction.quantity.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who a sentence says stated something: "according to X", "X said", "X estimated", "said X". A pronoun ("he
 * said", "according to him") stands for the last source the article named before, which is how the neighbouring
 * sentence lends its attribution.
 */
public final class Attributions {

    /** Verbs of saying and estimating, as news reports use them for their sources. */
    private static final Set<String> VERBS = Set.of("said", "says", "say", "stated", "states", "claimed", "claims",
            "claim", "estimated", "estimates", "estimate", "alleged", "alleges", "reported", "reports", "told",
            "added", "adds", "believes", "noted", "notes", "asserted", "announced", "announces", "confirmed",
            "confirms", "warned", "warns", "explained", "wrote", "writes", "assessed", "assesses", "counted",
            "counts", "insisted", "stressed", "emphasized", "emphasised", "argued", "suggested", "suggests",
            "calculated", "believe", "calculates", "put", "puts", "revealed", "disclosed", "acknowledged", "admitted",
            "testified", "briefed", "tallied", "recorded", "registered", "documented", "indicated", "indicates");

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "him", "her", "them", "we", "i");

    /** Words that may stand in a source's name: "South Korea's intelligence agency", "the NIS". */
    private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN", "ADJ");
    private static final int MAX_NAME = 10;

    private Attributions() {
    }

    /**
     * A source named in a sentence: {@code name} as written, or null for a pronoun whose source is not known;
     * {@code at} the index of the verb or "according" that marks it.
     */
    public record Attribution(String name, int at) {
    }

    /**
     * The sources named in one sentence, in order. {@code previous} is the last source named before the sentence
     * (null if none), which a pronoun refers to.
     */
    public static List<Attribution> find(List<Token> sentence, String previous) {
        List<Attribution> found = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.get(i).lower();
            Optional<Name> name = Optional.empty();
            if (word.equals("according") && i + 1 < sentence.size() && sentence.get(i + 1).lower().equals("to")) {
                name = nameAfter(sentence, i + 2);
            } else if (VERBS.contains(word) && (sentence.get(i).is("VERB") || word.equals("said"))) {
                name = nameBefore(sentence, i);
                if (name.isEmpty() && i > 0 && isBreak(sentence.get(i - 1))) {
                    name = nameAfter(sentence, i + 1);
                }
            }
            if (name.isPresent()) {
                String text = name.get().pronoun() ? previous : name.get().text();
                found.add(new Attribution(text, i));
            }
        }
        return found;
    }

    /** The source closest to the token {@code at}: the nearest before it, or else the nearest after it. */
    public static String nearest(List<Attribution> attributions, int at) {
        Attribution before = null;
        Attribution after = null;
        for (Attribution attribution : attributions) {
            if (attribution.name() == null) {
                continue;
            }
            if (attribution.at() < at) {
                before = attribution;
            } else if (after == null) {
                after = attribution;
            }
        }
        return before != null ? before.name() : after != null ? after.name() : null;
    }

    private record Name(String text, boolean pronoun) {
    }

    /** The subject right before a verb of saying: a run of nouns, names and adjectives ("US officials"). */
    private static Optional<Name> nameBefore(List<Token> sentence, int verb) {
        int end = verb - 1;
        // "X has said", "X had estimated", "X also said"
        while (end >= 0 && (sentence.get(end).is("AUX") || sentence.get(end).is("ADV"))) {
            end--;
        }
        if (end < 0) {
            return Optional.empty();
        }
        // An appositive between commas names the source again, usually by its short name: "…, the NIS, alleged".
        boolean appositive = sentence.get(end).text().equals(",");
        if (appositive) {
            end--;
        }
        if (end < 0) {
            return Optional.empty();
        }
        if (PRONOUNS.contains(sentence.get(end).lower()) && sentence.get(end).is("PRON")) {
            return Optional.of(new Name(null, true));
        }
        int start = end;
        while (start >= 0 && end - start < MAX_NAME && partOfName(sentence, start)) {
            start--;
        }
        start++;
        if (appositive && (start == 0 || !sentence.get(start - 1).text().equals(","))) {
            return Optional.empty();
        }
        return name(sentence, start, end);
    }

    /** The source after "according to" or after an inverted verb ("…, said Chinese analysts"). */
    private static Optional<Name> nameAfter(List<Token> sentence, int from) {
        if (from >= sentence.size()) {
            return Optional.empty();
        }
        if (PRONOUNS.contains(sentence.get(from).lower())) {
            return Optional.of(new Name(null, true));
        }
        int start = from;
        if (sentence.get(start).is("DET")) {
            start++;
        }
        int end = start;
        while (end < sentence.size() && end - start < MAX_NAME && partOfName(sentence, end)) {
            end++;
        }
        return name(sentence, from, end - 1);
    }

    private static Optional<Name> name(List<Token> sentence, int start, int end) {
        while (start <= end && (sentence.get(start).is("DET") || sentence.get(start).is("PUNCT"))) {
            start++;
        }
        while (end >= start && (sentence.get(end).is("PUNCT") || sentence.get(end).is("PART"))) {
            end--;
        }
        boolean hasNoun = false;
        for (int i = start; i <= end; i++) {
            // "the official added": the tagger may read a noun used alone as an adjective
            hasNoun |= sentence.get(i).is("PROPN") || sentence.get(i).is("NOUN") || sentence.get(i).is("ADJ");
        }
        if (!hasNoun) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (int i = start; i <= end; i++) {
            if (i > start && sentence.get(i - 1).end() < sentence.get(i).start()) {
                text.append(' ');
            }
            text.append(sentence.get(i).text());
        }
        return Optional.of(new Name(text.toString(), false));
    }

    /** A word of a name: a noun, name or adjective, a possessive, a "the", or a hyphen inside a name ("Won-sik"). */
    private static boolean partOfName(List<Token> sentence, int i) {
        Token token = sentence.get(i);
        if (NAME_TAGS.contains(token.tag()) || token.is("PART") && token.lower().startsWith("'")
                || token.is("PART") && token.lower().startsWith("’")) {
            return !token.lower().equals("that");
        }
        if (token.lower().equals("the") || token.lower().equals("of") && i > 0 && sentence.get(i - 1).is("PROPN")
                && i + 1 < sentence.size() && sentence.get(i + 1).is("PROPN")) {
            return true;
        }
        return token.text().equals("-") && i > 0 && i + 1 < sentence.size()
                && sentence.get(i - 1).end() == token.start() && token.end() == sentence.get(i + 1).start();
    }

    private static boolean isBreak(Token token) {
        return token.is("PUNCT") || token.lower().toLowerCase(Locale.ROOT).matches("[\"“”'‘’]");
    }
}
