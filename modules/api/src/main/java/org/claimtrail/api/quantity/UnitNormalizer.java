package org.claimtrail.api.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether two quantities count the same thing, so that their numbers may be compared at all: "3,000
 * soldiers" and "1,500 troops" can conflict, "3,000 soldiers" and "1,500 missiles" cannot.
 *
 * <p>A unit is normalised by lower-casing it, collapsing its whitespace, singularising each word with a few
 * English rules, and mapping a known synonym to its canonical unit. These English rules (singular and plural) live
 * here only; every module that compares, displays or searches units uses this class, as one bean built from
 * {@code claimtrail.units.synonyms}. The rules are deliberately small: a word they
 * get wrong only makes two units look different, which costs an automatic conflict a reviewer can still link by
 * hand, whereas a too-eager rule would raise conflicts between claims that count different things.
 */
public final class UnitNormalizer {

    /**
     * Units that news on troops and weapons uses interchangeably, canonical unit first. Only true synonyms belong
     * here: "ballistic missiles" are some of the "missiles", and "projectiles" also covers rockets, so neither is
     * a synonym of a broader or narrower unit. A bare "rounds" is left out because it also counts small-arms
     * ammunition.
     */
    public static final Map<String, List<String>> DEFAULT_SYNONYMS = Map.of(
            "soldiers", List.of("troops", "servicemen", "service members", "military personnel"),
            "artillery shells", List.of("shells", "artillery rounds"),
            "people", List.of("persons", "individuals"),
            "deaths", List.of("fatalities"),
            "drones", List.of("unmanned aerial vehicles", "uavs"));

    /** Words that end in "s" in the singular too, or have no singular of their own. */
    private static final Set<String> INVARIANT = Set.of(
            "news", "series", "species", "means", "headquarters", "barracks", "arms");

    /** Plurals the suffix rules below would get wrong. */
    private static final Map<String, String> IRREGULAR = Map.of(
            "men", "man", "women", "woman", "children", "child", "buses", "bus", "gases", "gas");

    /** Nouns whose plural is the word itself, or that have none. */
    private static final Set<String> SAME_IN_PLURAL = Set.of("people", "personnel", "aircraft", "equipment",
            "ammunition", "artillery", "police", "staff", "livestock", "cattle", "sheep", "fish", "deer", "series",
            "species", "news", "headquarters", "barracks", "arms", "munitions", "weaponry", "hardware", "materiel");

    /** Singulars the suffix rules of {@link #plural} would get wrong. */
    private static final Map<String, String> IRREGULAR_PLURALS = Map.of("man", "men", "woman", "women", "child",
            "children", "person", "people", "serviceman", "servicemen", "servicewoman", "servicewomen");

    private final Map<String, String> canonicalBySynonym;
    /** Every unit as the table writes it, by its normal form, so that a search can name them all. */
    private final Map<String, List<String>> writtenByNormal;

    /**
     * @param synonyms canonical unit to its synonyms; keys and values are normalised the same way as the units
     *                 compared later, so "Troops" and "troop" are one entry
     * @throws IllegalArgumentException when a synonym would map to two canonical units, or is itself a canonical
     *                                  unit, since either would make {@link #normalize} depend on table order or
     *                                  stop being idempotent
     */
    public UnitNormalizer(Map<String, List<String>> synonyms) {
        Objects.requireNonNull(synonyms, "synonyms");
        Map<String, String> table = new HashMap<>();
        List<String> canonicals = new ArrayList<>();
        synonyms.forEach((canonical, alternatives) -> {
            String target = words(canonical);
            canonicals.add(target);
            for (String alternative : alternatives) {
                String synonym = words(alternative);
                if (synonym.equals(target)) {
                    continue;
                }
                String previous = table.putIfAbsent(synonym, target);
                if (previous != null && !previous.equals(target)) {
                    throw new IllegalArgumentException(
                            "'" + alternative + "' is a synonym of both '" + previous + "' and '" + target + "'");
                }
            }
        });
        for (String canonical : canonicals) {
            if (table.containsKey(canonical)) {
                throw new IllegalArgumentException(
                        "'" + canonical + "' is a canonical unit and a synonym of '" + table.get(canonical) + "'");
            }
        }
        this.canonicalBySynonym = Map.copyOf(table);
        Map<String, List<String>> written = new HashMap<>();
        synonyms.forEach((canonical, alternatives) -> {
            List<String> forms = written.computeIfAbsent(words(canonical), unit -> new ArrayList<>());
            forms.add(canonical.strip());
            alternatives.forEach(alternative -> forms.add(alternative.strip()));
        });
        this.writtenByNormal = Map.copyOf(written);
    }

    /** A normaliser with {@link #DEFAULT_SYNONYMS}. */
    public static UnitNormalizer withDefaults() {
        return new UnitNormalizer(DEFAULT_SYNONYMS);
    }

    /**
     * A normaliser with {@link #DEFAULT_SYNONYMS} and {@code configured} added to them, as
     * {@code claimtrail.units.synonyms.<unit>=<synonym>,...} gives them: a configured unit that is already a
     * canonical one gets more synonyms.
     */
    public static UnitNormalizer withDefaultsAnd(Map<String, List<String>> configured) {
        Map<String, List<String>> synonyms = new HashMap<>(DEFAULT_SYNONYMS);
        configured.forEach((unit, more) -> synonyms.merge(unit, more, (a, b) -> {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }));
        return new UnitNormalizer(synonyms);
    }

    /**
     * The unit's normal form: "  Military   Personnel " and "soldiers" both become "soldier". Blank input gives
     * "". Applying it twice gives the same result as applying it once.
     */
    public String normalize(String unit) {
        String normal = words(unit);
        return canonicalBySynonym.getOrDefault(normal, normal);
    }

    /** Whether two units count the same thing, so that their quantities may be compared. */
    public boolean comparable(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    /**
     * The units of the synonym table that count the same thing as {@code unit}, as the table writes them, the unit
     * itself left out: for "troop", "soldiers", "troops", "servicemen"…; none when the unit has no synonyms.
     */
    public List<String> synonymsOf(String unit) {
        String normal = normalize(unit);
        return writtenByNormal.getOrDefault(normal, List.of()).stream()
                .filter(written -> !written.equalsIgnoreCase(unit.strip()))
                .toList();
    }

    /**
     * The normal form of {@code written}, in the plural when the value is not one: "troops" and "Soldiers" are
     * both "soldiers", "military personnel" is "soldiers". Stays the normal form when the plural would not
     * normalise back to it, so the unit always compares as the written one does.
     */
    public String display(String written, BigDecimal value) {
        String normal = normalize(written);
        if (value != null && value.compareTo(BigDecimal.ONE) == 0) {
            return normal;
        }
        int space = normal.lastIndexOf(' ');
        String plural = normal.substring(0, space + 1) + plural(normal.substring(space + 1));
        return normalize(plural).equals(normal) ? plural : normal;
    }

    /** Lower-cases the unit, splits it into words at any whitespace and joins their singulars with one space. */
    private static String words(String unit) {
        Objects.requireNonNull(unit, "unit");
        String lower = unit.toLowerCase(Locale.ROOT);
        StringBuilder normal = new StringBuilder(lower.length());
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            // Character.isWhitespace leaves out no-break spaces, which pasted text brings along.
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!word.isEmpty()) {
                    if (!normal.isEmpty()) {
                        normal.append(' ');
                    }
                    normal.append(singular(word.toString()));
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        return normal.toString();
    }

    /**
     * The singular of a lower-case English word by a few suffix rules: "casualties" to "casualty", "boxes" to
     * "box", "missiles" to "missile". Short words ("gas", "us") and words ending in "ss", "us" or "is" ("mass",
     * "status", "analysis") are left alone. A singular is its own singular, which keeps {@link #normalize}
     * idempotent.
     */
    public static String singular(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        if (word.length() <= 3 || INVARIANT.contains(word) || !word.endsWith("s")
                || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")
                || word.endsWith("zzes")) {
            return word.substring(0, word.length() - 2);
        }
        String stem = word.substring(0, word.length() - 1);
        // "mens" would otherwise stop at "men", which a second pass turns into "man".
        return IRREGULAR.getOrDefault(stem, stem);
    }

    /**
     * The plural of an English word by a few suffix rules: "casualty" to "casualties", "box" to "boxes", nouns
     * such as "personnel" and "aircraft" unchanged. Keeps the word's case.
     */
    static String plural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (SAME_IN_PLURAL.contains(lower)) {
            return word;
        }
        if (IRREGULAR_PLURALS.containsKey(lower)) {
            return IRREGULAR_PLURALS.get(lower);
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
