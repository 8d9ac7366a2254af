package org.claimtrail.api.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * One appearance of a claim in a source: who published it, where, and the sentence that makes it.
 * The same record is the request body's form, the event's field and the claim view's entry.
 */
public record Source(
        @NotBlank @Size(max = Limits.NAME) String publisher,
        @NotBlank @Size(max = Limits.URL) @Pattern(regexp = Limits.URL_PATTERN, message = "must be an http or https URL") String url,
        @Size(max = Limits.TITLE) String title,
        @NotBlank @Size(max = Limits.QUOTE) String quote,
        LocalDate publishedAt,
        @NotNull Stance stance) {
}
