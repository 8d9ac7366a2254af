package org.claimtrail.extraction.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimtrail.api.claim.Limits;

import java.time.LocalDate;

/** The body of {@code POST /api/v1/extractions}: an article's text and, optionally, where it appeared. */
record ExtractionRequest(
        @NotBlank @Size(max = ExtractionRequest.MAX_TEXT) String text,
        @Size(max = Limits.URL) @Pattern(regexp = Limits.URL_PATTERN, message = "must be an http or https URL") String url,
        @Size(max = Limits.TITLE) String title,
        @Size(max = Limits.NAME) String publisher,
        LocalDate publishedAt) {

    /** About 15,000 words, a long report; the 1 MiB body limit would allow more than reading should take. */
    static final int MAX_TEXT = 100_000;
}
