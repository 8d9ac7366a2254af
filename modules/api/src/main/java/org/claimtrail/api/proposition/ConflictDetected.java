package org.claimtrail.api.proposition;

import org.claimtrail.api.claim.ClaimId;

/** Two claims on the proposition state quantities in comparable units whose intervals do not overlap. */
public record ConflictDetected(PropositionKey key, ClaimId claimId, ClaimId withClaimId, String reason) {
}
