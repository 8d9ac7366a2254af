package org.claimtrail.extraction.candidate;

import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.extraction.reading.ArticleReader;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints how long reading one article takes once the models are loaded and the JIT has warmed up: language,
 * sentences, tokens, parts of speech and the quantity grammar, without storage. Not a test: a measurement, run by
 * hand with the article as argument (default: the longest corpus report, about 1,600 words).
 */
public final class ExtractionLatency {

    private ExtractionLatency() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args.length > 0 ? args[0] : "../../../shared/corpus/003_b8441e6d0dfee939.txt"));
        ArticleReader reader = new ArticleReader();
        CandidateFinder finder = new CandidateFinder(reader, UnitNormalizer.withDefaults());
        for (int i = 0; i < 200; i++) {
            reader.language(text);
            finder.find(text);
        }
        int runs = 100;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            reader.language(text);
            finder.find(text);
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("%d words: %.1f ms per article after warm-up%n", text.split("\\s+").length, millis);
    }
}
