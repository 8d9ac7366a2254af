package org.claimtrail.api.proposition;

import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Quantity;

/**
 * {@code unit} is the quantity's unit as normalised for comparison, and {@code side} the number of the side the claim
 * joined; both null when the claim states no number.
 */
public record ClaimRegistered(PropositionKey key, ClaimId claimId, Quantity quantity, String unit, Integer side) {
}
