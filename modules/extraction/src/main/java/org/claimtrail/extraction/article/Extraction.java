package org.claimtrail.extraction.article;

import java.util.List;
import java.util.UUID;

/** The answer of {@code POST /api/v1/extractions}. */
record Extraction(UUID id, String language, List<Candidate> candidates) {
}
