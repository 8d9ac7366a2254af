package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the claim's conflict with the sides of its proposition: none of them stands since {@code deniedClaimId}'s denial. */
public record CloseSidesConflict(@TargetAggregateIdentifier ClaimId claimId, String proposition,
                                 ClaimId deniedClaimId) {
}
