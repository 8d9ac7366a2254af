package org.claimtrail.api.claim;

/**
 * The claim's conflict with the disagreeing sides of its proposition closed because {@code deniedClaimId} was denied:
 * the claim itself, or the last claim standing on the last of those sides. It closes every side conflict the claim
 * holds on the proposition, those linked one side at a time before sides were taken as one included.
 */
public record SidesConflictClosed(ClaimId claimId, String proposition, ClaimId deniedClaimId, ClaimState state)
        implements ClaimEvent {
}
