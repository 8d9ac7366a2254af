package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records on {@code claimId} that a side of its proposition that disagrees with it stands. A conflict with the sides
 * that is already open changes nothing.
 */
public record LinkSidesConflict(@TargetAggregateIdentifier ClaimId claimId, String proposition, String reason) {
}
