package org.claimtrail.projection.claim;

import org.claimtrail.api.quantity.UnitNormalizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a search for a text also looks for: the text with each word that is a unit synonym ("troops") replaced by the
 * others ("soldiers", "servicemen"…). Done in the query rather than in a PostgreSQL synonym dictionary, whose file
 * would have to be installed in the server's share directory, which a managed PostgreSQL does not let one write.
 */
final class SearchText {

    /** Enough for a few synonym words in one query; each variant is one more tsquery. */
    static final int MAX_VARIANTS = 12;

    private static final Map<String, List<String>> SYNONYMS = UnitNormalizer.DEFAULT_SYNONYMS;

    private SearchText() {
    }

    static List<String> variants(String text) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(text);
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length && variants.size() < MAX_VARIANTS; i++) {
            for (String synonym : group(words[i])) {
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

    /** The unit and its synonyms that {@code word} belongs to, or none. */
    private static List<String> group(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> entry : SYNONYMS.entrySet()) {
            List<String> group = new ArrayList<>(List.of(entry.getKey()));
            group.addAll(entry.getValue());
            if (group.stream().anyMatch(unit -> unit.equals(lower) || (unit + "s").equals(lower)
                    || unit.equals(lower + "s"))) {
                return group.stream().filter(unit -> !unit.equals(lower)).toList();
            }
        }
        return List.of();
    }
}
