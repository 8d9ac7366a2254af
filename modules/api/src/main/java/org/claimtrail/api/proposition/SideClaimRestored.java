package org.claimtrail.api.proposition;

import org.claimtrail.api.claim.ClaimId;

/** A denied claim of the proposition is no longer denied. */
public record SideClaimRestored(PropositionKey key, ClaimId claimId) {
}
