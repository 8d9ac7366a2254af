package org.claimtrail.api.proposition;

import org.claimtrail.api.claim.ClaimId;

/** No side that disagrees with the claim's side stands any more since {@code deniedClaimId}'s denial. */
public record SidesConflictSettled(PropositionKey key, ClaimId claimId, ClaimId deniedClaimId) {
}
