package org.claimtrail.projection.claim;

import org.claimtrail.api.quantity.UnitNormalizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a search for a text also looks for: the text with each word that is a unit synonym ("troops") replaced by the
 * others ("soldiers", "servicemen"…), by the one synonym table every role uses (the {@link UnitNormalizer} bean,
 * with {@code claimtrail.units.synonyms}). Done in the query rather than in a PostgreSQL synonym dictionary, whose file
 * would have to be installed in the server's share directory, which a managed PostgreSQL does not let one write.
 */
final class SearchText {

    /** Enough for a few synonym words in one query; each variant is one more tsquery. */
    static final int MAX_VARIANTS = 12;

    private final UnitNormalizer units;

    SearchText(UnitNormalizer units) {
        this.units = units;
    }

    List<String> variants(String text) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(text);
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length && variants.size() < MAX_VARIANTS; i++) {
            for (String synonym : units.synonymsOf(words[i])) {
                String[] replaced = words.clone();
                replaced[i] = synonym;
                variants.add(String.join(" ", replaced));
                if (variants.size() == MAX_VARIANTS) {
                    break;
                }
            }
        }
        return new ArrayList<>(variants);
    }
}
