package org.claimtrail.api.proposition;

import org.claimtrail.api.claim.ClaimId;

/** A claim of the proposition was denied: its side holds one claim fewer that others must answer to. */
public record SideClaimDenied(PropositionKey key, ClaimId claimId) {
}
