package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the claim's conflict with {@code withClaimId} because {@code deniedClaimId} was denied. */
public record CloseConflict(@TargetAggregateIdentifier ClaimId claimId, ClaimId withClaimId, ClaimId deniedClaimId) {
}
