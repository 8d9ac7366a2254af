package org.claimtrail.extraction.candidate;

import org.claimtrail.api.claim.Quantity;

/**
 * A quantity claim found in an article: the sentence that states it ({@code quote}, at {@code start} to
 * {@code end} in the article), the quantity with its normalised unit, what is counted, who stated it (null when
 * the text does not say) and how sure the reading is, from 0 to 1.
 */
public record Found(String quote, int start, int end, Quantity quantity, String counted, String attributedTo,
                   double confidence) {
}
