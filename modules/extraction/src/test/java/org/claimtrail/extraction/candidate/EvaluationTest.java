package org.claimtrail.extraction.candidate;

import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.extraction.reading.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures extraction on the labelled evaluation set: the claims a person read from the five corpus reports
 * (beside the repository's clone, docs/extraction.md) and sentences written for the tests. A found claim counts for
 * quantities when it overlaps a labelled claim's sentence with the same interval and qualifier; for units when it
 * also counts a comparable unit; for attribution when it also names the same source.
 */
class EvaluationTest {

    private static final Path CORPUS = Path.of("../../../shared/corpus");
    private static final UnitNormalizer UNITS = UnitNormalizer.withDefaults();
    private static CandidateFinder finder;

    @BeforeAll
    static void loadModels() {
        finder = new CandidateFinder(new ArticleReader(), UNITS);
    }

    /** Counts for precision and recall of one aspect. */
    private static final class Score {
        int hits;
        int found;
        int labelled;

        double precision() {
            return found == 0 ? 1 : (double) hits / found;
        }

        double recall() {
            return labelled == 0 ? 1 : (double) hits / labelled;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "precision %.3f (%d/%d)  recall %.3f (%d/%d)",
                    precision(), hits, found, recall(), hits, labelled);
        }
    }

    private final Score quantities = new Score();
    private final Score units = new Score();
    private final Score attribution = new Score();
    private final List<String> misses = new ArrayList<>();

    @Test
    void extractionMeetsPrecisionAndRecall() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (JsonNode document : read(json, "/evaluation/corpus.json").get("documents")) {
            Path file = CORPUS.resolve(document.get("file").asString());
            assertThat(file).as("the corpus beside the repository").exists();
            evaluate(Files.readString(file), document.get("claims"));
        }
        for (JsonNode document : read(json, "/evaluation/written.json").get("documents")) {
            evaluate(document.get("text").asString(), document.get("claims"));
        }
        misses.forEach(System.out::println);
        System.out.println("quantities   " + quantities);
        System.out.println("units        " + units);
        System.out.println("attribution  " + attribution);
        for (Score score : List.of(quantities, units, attribution)) {
            assertThat(score.recall()).isGreaterThanOrEqualTo(0.90);
            assertThat(score.precision()).isGreaterThanOrEqualTo(0.85);
        }
    }

    private void evaluate(String text, JsonNode labels) {
        List<Found> found = finder.find(text);
        List<JsonNode> open = new ArrayList<>();
        labels.forEach(open::add);
        quantities.labelled += open.size();
        units.labelled += open.size();
        for (JsonNode label : open) {
            if (!label.get("attributedTo").isEmpty()) {
                attribution.labelled++;
            }
        }
        quantities.found += found.size();
        units.found += found.size();
        for (Found candidate : found) {
            if (candidate.attributedTo() != null) {
                attribution.found++;
            }
            JsonNode label = open.stream().filter(l -> sameQuantity(candidate, l)).findFirst().orElse(null);
            if (label == null) {
                misses.add("NOT LABELLED  " + describe(candidate));
                continue;
            }
            open.remove(label);
            quantities.hits++;
            if (UNITS.comparable(candidate.quantity().unit(), label.get("unit").asString())) {
                units.hits++;
            } else {
                misses.add("UNIT  " + candidate.quantity().unit() + " for " + label.get("unit").asString()
                        + "  in  " + candidate.quote());
            }
            if (candidate.attributedTo() != null && sameSource(candidate.attributedTo(), label.get("attributedTo"))) {
                attribution.hits++;
            } else if (candidate.attributedTo() != null || !label.get("attributedTo").isEmpty()) {
                misses.add("SOURCE  " + candidate.attributedTo() + " for " + label.get("attributedTo")
                        + "  in  " + candidate.quote());
            }
        }
        open.forEach(label -> misses.add("MISSED  " + label.get("lower") + ".." + label.get("upper") + " "
                + label.get("unit").asString() + "  in  " + label.get("quote").asString()));
    }

    private static boolean sameQuantity(Found candidate, JsonNode label) {
        Quantity q = candidate.quantity();
        return candidate.start() < label.get("end").asInt() && label.get("start").asInt() < candidate.end()
                && q.qualifier().name().equals(label.get("qualifier").asString())
                && same(q.lower(), label.get("lower")) && same(q.upper(), label.get("upper"));
    }

    private static boolean same(BigDecimal bound, JsonNode label) {
        if (label == null || label.isNull()) {
            return bound == null;
        }
        return bound != null && bound.compareTo(label.decimalValue()) == 0;
    }

    /** The same source, named more or less fully: "the regional governor" is "regional governor". */
    static boolean sameSource(String found, JsonNode labelled) {
        String f = plain(found);
        for (JsonNode name : labelled) {
            String l = plain(name.asString());
            if (f.equals(l) || (" " + f + " ").contains(" " + l + " ") || (" " + l + " ").contains(" " + f + " ")) {
                return true;
            }
        }
        return false;
    }

    private static String plain(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("^(the|a|an) ", "").strip();
    }

    private static String describe(Found candidate) {
        Quantity q = candidate.quantity();
        return q.qualifier() + " " + q.lower() + ".." + q.upper() + " " + q.unit() + " (" + candidate.attributedTo()
                + ")  in  " + candidate.quote();
    }

    private static JsonNode read(JsonMapper json, String resource) throws IOException {
        try (InputStream in = EvaluationTest.class.getResourceAsStream(resource)) {
            return json.readTree(in);
        }
    }
}
