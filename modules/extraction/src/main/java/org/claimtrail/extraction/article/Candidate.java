package org.claimtrail.extraction.article;

import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Quantity;

import java.util.List;

/**
 * A claim the machine proposes from an article: the sentence ({@code quote}, at {@code start} to {@code end} in
 * the text), its quantity, what is counted, who stated it, the proposition it most likely answers, how sure the
 * reading is, and the claims on record it repeats or contradicts.
 */
record Candidate(int id, String quote, int start, int end, Quantity quantity, String counted, String attributedTo,
                 String proposition, double confidence, List<ClaimId> duplicates, List<ClaimId> conflicts) {
}
