package org.claimtrail.api.claim;

public record ConflictLinked(ClaimId claimId, ClaimId withClaimId, String reason, ClaimState state)
        implements ClaimEvent {
}
