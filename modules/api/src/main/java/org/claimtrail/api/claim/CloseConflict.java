package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.claimtrail.api.proposition.PropositionSide;

/** Closes the claim's conflict with {@code withClaimId} or {@code withSide} because {@code deniedClaimId} was denied. */
public record CloseConflict(@TargetAggregateIdentifier ClaimId claimId, ClaimId withClaimId, PropositionSide withSide,
                            ClaimId deniedClaimId) {
}
