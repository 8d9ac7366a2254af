package org.claimtrail.extraction.quantity;

import org.claimtrail.api.quantity.UnitNormalizer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The unit a candidate states: the written unit in its normal form, read the way a person writes it. */
public final class Units {

    private static final UnitNormalizer PLAIN = new UnitNormalizer(Map.of());

    /** Nouns whose plural is the word itself, or that have none. */
    private static final Set<String> INVARIANT = Set.of("people", "personnel", "aircraft", "equipment",
            "ammunition", "artillery", "police", "staff", "livestock", "cattle", "sheep", "fish", "deer", "series",
            "species", "news", "headquarters", "barracks", "arms", "munitions", "weaponry", "hardware", "materiel");

    private static final Map<String, String> IRREGULAR = Map.of("man", "men", "woman", "women", "child", "children",
            "person", "people", "serviceman", "servicemen", "servicewoman", "servicewomen");

    private Units() {
    }

    /** A word's singular by the same rules as unit comparison: "hours" is "hour", "casualties" "casualty". */
    public static String singular(String word) {
        return PLAIN.normalize(word);
    }

    /**
     * The normal form of {@code written} through the configured synonyms, in the plural when the value is not
     * one: "troops" and "Soldiers" are both "soldiers", "military personnel" is "soldiers". Stays the normal
     * form when the plural would not normalise back to it, so the unit always compares as the written one does.
     */
    public static String display(UnitNormalizer normalizer, String written, BigDecimal value) {
        String normal = normalizer.normalize(written);
        if (value != null && value.compareTo(BigDecimal.ONE) == 0) {
            return normal;
        }
        int space = normal.lastIndexOf(' ');
        String last = normal.substring(space + 1);
        String plural = normal.substring(0, space + 1) + plural(last);
        return normalizer.normalize(plural).equals(normal) ? plural : normal;
    }

    static String plural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (INVARIANT.contains(lower)) {
            return word;
        }
        if (IRREGULAR.containsKey(lower)) {
            return IRREGULAR.get(lower);
        }
        if (lower.endsWith("y") && lower.length() > 2 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }
}
