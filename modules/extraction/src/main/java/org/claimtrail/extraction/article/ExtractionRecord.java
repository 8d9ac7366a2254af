package org.claimtrail.extraction.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An extraction for the record: the article, who submitted it and when, what the machine proposed, and what
 * people accepted of it (as they corrected it) with the claims that came of it.
 */
record ExtractionRecord(UUID id, String url, String title, String publisher, LocalDate publishedAt, String language,
                        String text, String createdBy, Instant createdAt, List<Candidate> candidates,
                        List<ExtractionStore.Acceptance> accepted) {

    ExtractionRecord(ExtractionStore.Stored stored, List<ExtractionStore.Acceptance> accepted) {
        this(stored.id(), stored.url(), stored.title(), stored.publisher(), stored.publishedAt(), stored.language(),
                stored.text(), stored.createdBy(), stored.createdAt(), stored.candidates(), accepted);
    }
}
