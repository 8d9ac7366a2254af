package org.claimtrail.extraction.candidate;

import org.claimtrail.api.claim.Limits;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.extraction.attribution.Attributions;
import org.claimtrail.extraction.attribution.Attributions.Attribution;
import org.claimtrail.extraction.quantity.Mention;
import org.claimtrail.extraction.quantity.QuantityGrammar;
import org.claimtrail.extraction.reading.ArticleReader;
import org.claimtrail.extraction.reading.Sentence;

import java.util.ArrayList;
import java.util.List;

/** Finds the quantity claims of an English article, sentence by sentence. */
public class CandidateFinder {

    private static final int MAX_SYNONYM_WORDS = 3;

    private final ArticleReader reader;
    private final UnitNormalizer units;

    public CandidateFinder(ArticleReader reader, UnitNormalizer units) {
        this.reader = reader;
        this.units = units;
    }

    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        String lastSource = null;
        for (Sentence sentence : reader.read(text)) {
            List<Attribution> attributions = Attributions.find(sentence.tokens(), lastSource);
            for (Mention mention : QuantityGrammar.find(sentence.tokens())) {
                String attributedTo = Attributions.nearest(attributions, mention.anchor());
                found.add(candidate(sentence, mention, attributedTo));
            }
            for (Attribution attribution : attributions) {
                if (attribution.name() != null) {
                    lastSource = attribution.name();
                }
            }
        }
        return found;
    }

    private Found candidate(Sentence sentence, Mention mention, String attributedTo) {
        String unit = units.display(writtenUnit(mention), mention.value());
        Quantity quantity = mention.quantity(unit);
        String quote = sentence.text().strip();
        int start = sentence.start() + sentence.text().indexOf(quote);
        int end = start + quote.length();
        if (quote.length() > Limits.QUOTE) {
            // A quote is one sentence of at most 1,000 characters: keep the part around the number.
            start = Math.max(start, Math.min(mention.start() - Limits.QUOTE / 2, end - Limits.QUOTE));
            end = start + Limits.QUOTE;
            quote = sentence.text().substring(start - sentence.start(), end - sentence.start());
        }
        return new Found(quote, start, end, quantity, mention.counted(), attributedTo,
                confidence(mention, attributedTo));
    }

    /**
     * The unit as written, widened to a known synonym the counted phrase ends with: "military personnel" is a
     * synonym of "soldiers", while its head noun alone ("personnel") is not.
     */
    private String writtenUnit(Mention mention) {
        String[] words = mention.counted().split("\\s+");
        for (int n = Math.min(MAX_SYNONYM_WORDS, words.length); n > 1; n--) {
            String suffix = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            if (units.normalize(suffix).split(" ").length < n) {
                return suffix;
            }
        }
        return mention.unit();
    }

    /**
     * How far a reader may rely on the candidate: a plain number with a named source is the surest; a hedged
     * number ("could supply"), a vague multiple ("dozens of") and a missing source each make it less so.
     */
    static double confidence(Mention mention, String attributedTo) {
        double confidence = 0.9;
        if (mention.hedged()) {
            confidence -= 0.2;
        }
        if (mention.vague()) {
            confidence -= 0.15;
        }
        if (attributedTo == null) {
            confidence -= 0.1;
        }
        return Math.round(confidence * 100) / 100.0;
    }
}
