package org.claimtrail.api.claim;

import org.claimtrail.api.proposition.PropositionSide;

/**
 * The conflict with {@code withClaimId} or {@code withSide} closed because {@code deniedClaimId} was denied: the claim
 * itself, the other claim, or the last claim of the side that was not.
 */
public record ConflictClosed(ClaimId claimId, ClaimId withClaimId, PropositionSide withSide, ClaimId deniedClaimId,
                             ClaimState state) implements ClaimEvent {
}
