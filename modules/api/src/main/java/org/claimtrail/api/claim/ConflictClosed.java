package org.claimtrail.api.claim;

/** The conflict with {@code withClaimId} closed because {@code deniedClaimId}, one of the two, was denied. */
public record ConflictClosed(ClaimId claimId, ClaimId withClaimId, ClaimId deniedClaimId, ClaimState state)
        implements ClaimEvent {
}
